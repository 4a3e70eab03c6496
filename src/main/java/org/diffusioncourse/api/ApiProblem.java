package org.diffusioncourse.api;

import java.util.List;

/**
 * A request the API refuses, with the field at fault and, where there is a fixed set, the
 * values that field accepts. Answered as 400 {@code {"error", "field", "allowed"}}.
 */
public final class ApiProblem extends RuntimeException {

    private final String field;
    private final List<String> allowed;

    public ApiProblem(String field, String message, List<String> allowed) {
        super(message);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }
}
