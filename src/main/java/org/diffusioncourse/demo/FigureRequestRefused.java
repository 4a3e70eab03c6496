package org.diffusioncourse.demo;

import java.util.List;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * A figure request that cannot be drawn: an unknown figure, an unknown key or a value out of
 * range. It names the parameter at fault ({@link #parameter()}, the query key) and what is
 * accepted, so the HTTP answer can point at it.
 */
public final class FigureRequestRefused extends InvalidParameter {

    public FigureRequestRefused(String field, String message, List<String> allowed) {
        super(field, allowed, message);
    }
}
