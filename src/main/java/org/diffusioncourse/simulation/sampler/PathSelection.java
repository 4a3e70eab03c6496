package org.diffusioncourse.simulation.sampler;

import java.util.Arrays;

/** Which particles of a run to record, by index; immutable. */
public final class PathSelection {

    /** Most particles that may be recorded. */
    public static final int MAX_PATHS = 64;

    private static final PathSelection NONE = new PathSelection(new int[0]);

    private final int[] particles;

    private PathSelection(int[] particles) {
        this.particles = particles;
    }

    /** Record nothing. */
    public static PathSelection none() {
        return NONE;
    }

    /**
     * Record these particles.
     *
     * @throws IllegalArgumentException for more than 64 indices or a negative one
     */
    public static PathSelection of(int... particles) {
        if (particles.length > MAX_PATHS) {
            throw new IllegalArgumentException("particles must list at most " + MAX_PATHS + " indices, had " + particles.length);
        }
        for (int i = 0; i < particles.length; i++) {
            if (particles[i] < 0) {
                throw new IllegalArgumentException("particles[" + i + "] must be >= 0, was " + particles[i]);
            }
        }
        return new PathSelection(particles.clone());
    }

    /** A copy of the indices. */
    public int[] particles() {
        return particles.clone();
    }

    int size() {
        return particles.length;
    }

    int particle(int i) {
        return particles[i];
    }

    @Override
    public String toString() {
        return "PathSelection" + Arrays.toString(particles);
    }
}
