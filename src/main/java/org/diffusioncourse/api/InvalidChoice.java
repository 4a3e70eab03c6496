package org.diffusioncourse.api;

import java.util.List;
import java.util.Set;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * A refused request: the field at fault as a JSON path ({@code points[3][1]},
 * {@code guidance.scale}), a sentence naming the value, and what is accepted. Answered with
 * status 400 and an {@link ApiError} by {@link ApiErrorHandler}.
 */
final class InvalidChoice extends IllegalArgumentException {

    private final String field;
    private final List<String> allowed;

    InvalidChoice(String field, String message, List<String> allowed) {
        super(message);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    /**
     * The engine's refusal of a parameter that is also a field of this request: the engine names
     * its parameters as the API documents its fields ({@code steps}, {@code eta}, {@code process},
     * {@code guidance.scale}, ...), so the parameter is the field, and its message and allowed
     * values are passed on as they are. A parameter that is no field of the request is not the
     * client's fault (the request's own values were checked first), so that refusal is rethrown.
     *
     * @param fields the fields of the request the engine's parameters may name
     */
    static InvalidChoice of(InvalidParameter refusal, Set<String> fields) {
        if (!fields.contains(refusal.parameter())) {
            throw refusal;
        }
        return new InvalidChoice(refusal.parameter(), refusal.getMessage(), refusal.allowed());
    }

    /** The request field at fault, e.g. {@code "guidance.scale"}. */
    String field() {
        return field;
    }

    /** The accepted values or ranges, e.g. {@code ["0..20"]}. */
    List<String> allowed() {
        return allowed;
    }
}
