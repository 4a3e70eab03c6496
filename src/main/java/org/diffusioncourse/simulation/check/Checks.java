package org.diffusioncourse.simulation.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the engine's factories. Each refusal is an {@link InvalidParameter}
 * whose message names the parameter, its value and the allowed range.
 */
public final class Checks {

    private Checks() {
    }

    /** {@code min <= value <= max}. */
    public static void requireRange(String name, long value, long min, long max) {
        InvalidParameter refusal = rangeRefusal(name, value, min, max);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** The refusal {@link #requireRange} would throw, or null when {@code min <= value <= max}. */
    public static @Nullable InvalidParameter rangeRefusal(String name, long value, long min, long max) {
        return value >= min && value <= max ? null : new InvalidParameter(name, List.of(min + ".." + max),
                name + " must be between " + min + " and " + max + ", was " + value);
    }

    /** {@code min <= value <= max}; NaN is refused. */
    public static void requireBetween(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidParameter(name, List.of(min + ".." + max),
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** {@code 0 < value <= max}; NaN is refused. */
    public static void requirePositiveAtMost(String name, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidParameter(name, List.of("(0, " + max + "]"),
                    name + " must be in (0, " + max + "], was " + value);
        }
    }
}
