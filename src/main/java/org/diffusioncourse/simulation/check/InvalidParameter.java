package org.diffusioncourse.simulation.check;

import java.util.List;

/**
 * A parameter of the engine outside its range. It names the parameter as the engine calls it
 * ({@code steps}, {@code eta}, {@code sigma}, {@code stepSize}, {@code process}, ...) and the
 * values or ranges it accepts, so a caller at the boundary (the JSON API, the sampler lab, a
 * lesson file) can point at its own field without reading the message.
 *
 * <p>Subtypes say what kind of refusal it is: {@link UnknownId} for a name that is not in a
 * registry, {@code simulation.sampler.MismatchedPair} for a sampler and a process that do not fit.
 */
public class InvalidParameter extends IllegalArgumentException {

    private final String parameter;
    private final List<String> allowed;

    /**
     * @param parameter the parameter's name, e.g. {@code "stepSize"}
     * @param allowed   the accepted values or ranges, e.g. {@code ["1..5000"]}; empty when no
     *                  list can say it
     * @param message   a sentence naming the parameter, the value and what is accepted
     */
    public InvalidParameter(String parameter, List<String> allowed, String message) {
        super(message);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    /** The parameter's name, e.g. {@code "stepSize"}. */
    public String parameter() {
        return parameter;
    }

    /** The accepted values or ranges, e.g. {@code ["1..5000"]} or {@code ["(0, 1]"]}. */
    public List<String> allowed() {
        return allowed;
    }
}
