package org.diffusioncourse.simulation;

import java.util.Arrays;
import java.util.List;

/**
 * Where in the run the structure proxy crosses below its threshold for good: t* / T below 1/3
 * is early, below 2/3 middle, otherwise late.
 */
public enum CrossingBand {

    EARLY("early"),
    MIDDLE("middle"),
    LATE("late");

    private static final List<String> IDS = Arrays.stream(values()).map(CrossingBand::id).toList();

    private final String id;

    CrossingBand(String id) {
        this.id = id;
    }

    /** {@code "early"}, {@code "middle"} or {@code "late"}. */
    public String id() {
        return id;
    }

    /** All ids in order. */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Looks a band up by id.
     *
     * @throws IllegalArgumentException listing the allowed ids
     */
    public static CrossingBand byId(String id) {
        for (CrossingBand b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("band must be one of " + String.join(", ", IDS) + "; was \"" + id + "\"");
    }

    /**
     * The band of crossing step {@code t} in a run of {@code steps} steps.
     *
     * @throws IllegalArgumentException unless 0 &lt;= t &lt;= steps
     */
    public static CrossingBand of(int t, int steps) {
        if (t < 0 || t > steps) {
            throw new IllegalArgumentException("t must be between 0 and " + steps + ", was " + t);
        }
        // Integer comparisons: t/T < 1/3  <=>  3t < T, with no rounding at the borders.
        long three = 3L * t;
        if (three < steps) {
            return EARLY;
        }
        return three < 2L * steps ? MIDDLE : LATE;
    }
}
