package org.diffusioncourse.simulation;

/**
 * A parameter of the engine outside its range. It names the parameter as the engine calls it
 * ({@code steps}, {@code eta}, {@code sigma}, {@code stepSize}, ...) and the range it accepts,
 * so a caller at the boundary (the JSON API, the sampler lab, a lesson file) can point at its
 * own field without reading the message.
 */
public final class InvalidParameter extends IllegalArgumentException {

    private final String parameter;
    private final String allowed;

    public InvalidParameter(String parameter, String allowed, String message) {
        super(message);
        this.parameter = parameter;
        this.allowed = allowed;
    }

    /** The parameter's name, e.g. {@code "stepSize"}. */
    public String parameter() {
        return parameter;
    }

    /** The accepted range or values, e.g. {@code "1..5000"} or {@code "(0, 1]"}. */
    public String allowed() {
        return allowed;
    }
}
