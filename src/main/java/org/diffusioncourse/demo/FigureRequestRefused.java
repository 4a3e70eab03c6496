package org.diffusioncourse.demo;

import java.util.List;

/**
 * A figure request that cannot be drawn: an unknown figure, an unknown key or a value out of
 * range. It names the parameter at fault, so the HTTP answer can point at it.
 */
public final class FigureRequestRefused extends RuntimeException {

    private final String field;
    private final List<String> allowed;

    public FigureRequestRefused(String field, String message, List<String> allowed) {
        super(message);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    /** The parameter at fault, e.g. {@code "t"}. */
    public String field() {
        return field;
    }

    /** What is accepted, e.g. the known figure names. */
    public List<String> allowed() {
        return allowed;
    }
}
