package org.diffusioncourse.simulation.sampler;

import java.util.List;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * The interval a real-valued sampler option accepts, [min, max] or (min, max], and the one
 * wording of its refusal. NaN is never inside.
 *
 * @param parameter   the option's name in messages, e.g. {@code "eta"}
 * @param minIncluded whether min itself is accepted
 */
public record Range(String parameter, double min, double max, boolean minIncluded) {

    /** [min, max]. */
    static Range closed(String parameter, double min, double max) {
        return new Range(parameter, min, max, true);
    }

    /** (min, max]: a step size, which must move. */
    static Range aboveUpTo(String parameter, double min, double max) {
        return new Range(parameter, min, max, false);
    }

    /** Whether {@code value} is accepted. */
    public boolean contains(double value) {
        return (minIncluded ? value >= min : value > min) && value <= max;
    }

    /**
     * The accepted values in the words of a message: {@code "between 0.0 and 1.0"} or
     * {@code "in (0, 1]"}, as the JSON API has always worded them.
     */
    public String span() {
        return minIncluded ? "between " + min + " and " + max : "in " + interval();
    }

    /** The accepted values as the {@code allowed} list of a refusal: {@code ["0.0..1.0"]} or {@code ["(0, 1]"]}. */
    public List<String> allowed() {
        return List.of(minIncluded ? min + ".." + max : interval());
    }

    /** {@code value} if accepted. */
    public double require(double value) {
        return require(parameter, value);
    }

    /**
     * {@code value} if accepted; the refusal names the parameter {@code name} (an engine factory
     * whose own name for the option differs, such as annealed Langevin's epsilon).
     */
    public double require(String name, double value) {
        if (!contains(value)) {
            throw new InvalidParameter(name, allowed(), name + " must be " + span() + ", was " + value);
        }
        return value;
    }

    private String interval() {
        return "(" + compact(min) + ", " + compact(max) + "]";
    }

    private static String compact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
