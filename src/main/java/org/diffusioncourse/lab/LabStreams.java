package org.diffusioncourse.lab;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;

/**
 * Where the lab's random numbers come from: four non-overlapping streams of the run's seed
 * ({@link Seeds#stream}), one per use, so no number serves twice. The start cloud is stream 0
 * (the seed's own generator), every sampler's step noise stream 1 (a fresh copy per sampler, so
 * two columns see the same noise), the metrics' fresh target draws stream 2, and the target's
 * own mean log-density stream 3.
 */
final class LabStreams {

    private static final int START = 0;
    private static final int STEP_NOISE = 1;
    private static final int METRICS = 2;
    private static final int TARGET_DRAWS = 3;

    private LabStreams() {
    }

    /** n draws of N(0, I), the start every sampler scales by its prior std. */
    static PointCloud start(long seed, int n) {
        return PointCloud.standardNormal(n, Seeds.stream(seed, START));
    }

    /** A fresh generator for a sampler's own noise. */
    static UniformRandomProvider stepNoise(long seed) {
        return Seeds.stream(seed, STEP_NOISE);
    }

    /** The generator of the metrics' fresh target draws. */
    static UniformRandomProvider metrics(long seed) {
        return Seeds.stream(seed, METRICS);
    }

    /** The generator of the draws that measure the target's own mean log-density. */
    static UniformRandomProvider targetDraws(long seed) {
        return Seeds.stream(seed, TARGET_DRAWS);
    }
}
