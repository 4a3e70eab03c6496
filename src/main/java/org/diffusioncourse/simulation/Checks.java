package org.diffusioncourse.simulation;

/**
 * The argument checks of the engine's factories. Each refusal is an {@link InvalidParameter}
 * whose message names the parameter, its value and the allowed range.
 */
public final class Checks {

    private Checks() {
    }

    /** {@code min <= value <= max}. */
    public static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidParameter(name, min + ".." + max,
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** {@code min <= value <= max}; NaN is refused. */
    public static void requireBetween(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidParameter(name, min + ".." + max,
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** {@code 0 < value <= max}; NaN is refused. */
    public static void requirePositiveAtMost(String name, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidParameter(name, "(0, " + max + "]", name + " must be in (0, " + max + "], was " + value);
        }
    }
}
