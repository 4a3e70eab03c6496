package org.diffusioncourse.demo.forward;

import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The validated inputs of the forward-noising demo.
 *
 * @param dataset  the toy data set
 * @param schedule a schedule name accepted by {@link NoiseSchedule#named(String, int)}
 * @param t        the step shown, 0 .. {@link #STEPS}
 * @param seed     the random seed, &gt;= 0
 * @param n        the number of points, {@link #MIN_POINTS} .. {@link #MAX_POINTS}
 */
public record ForwardDemoParams(ToyDataset dataset, String schedule, int t, long seed, int n) {

    /** T, the number of steps of every demo schedule. */
    public static final int STEPS = 1000;

    /** Fewest points: below this the proxy threshold is too loose to mean anything. */
    public static final int MIN_POINTS = 10;

    /** Most points: keeps one figure under about 200 KB and one scene under 60 ms. */
    public static final int MAX_POINTS = 5000;

    /** Validates every field; see {@link #of}. */
    public ForwardDemoParams {
        if (dataset == null) {
            throw new IllegalArgumentException("dataset must be one of " + String.join(", ", ToyDataset.ids()) + "; was null");
        }
        if (!NoiseSchedule.names().contains(schedule)) {
            throw new IllegalArgumentException("schedule must be one of "
                    + String.join(", ", NoiseSchedule.names()) + "; was \"" + schedule + "\"");
        }
        if (t < 0 || t > STEPS) {
            throw new IllegalArgumentException("t must be between 0 and " + STEPS + ", was " + t);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, was " + seed);
        }
        if (n < MIN_POINTS || n > MAX_POINTS) {
            throw new IllegalArgumentException("n must be between " + MIN_POINTS + " and " + MAX_POINTS + ", was " + n);
        }
    }

    /**
     * Parses and validates the demo inputs.
     *
     * @param dataset  a {@link ToyDataset#id()}, e.g. {@code "two-moons"}
     * @param schedule {@code "linear"} or {@code "cosine"}
     * @throws IllegalArgumentException naming the parameter, the bad value and what is allowed
     */
    public static ForwardDemoParams of(String dataset, String schedule, int t, long seed, int n) {
        // The demo offers only the forward-demo data sets, even though byId knows them all.
        if (!ToyDataset.ids().contains(dataset)) {
            throw new IllegalArgumentException(
                    "dataset must be one of " + String.join(", ", ToyDataset.ids()) + "; was \"" + dataset + "\"");
        }
        return new ForwardDemoParams(ToyDataset.byId(dataset), schedule, t, seed, n);
    }

    /** The schedule, built with T = {@link #STEPS}. */
    public NoiseSchedule noiseSchedule() {
        return NoiseSchedule.named(schedule, STEPS);
    }

    /** The same inputs at another step. */
    public ForwardDemoParams withT(int newT) {
        return new ForwardDemoParams(dataset, schedule, newT, seed, n);
    }
}
