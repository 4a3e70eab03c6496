package org.diffusioncourse.demo.landscape;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.ProbabilityFlowSampler;
import org.diffusioncourse.simulation.sampler.ReferenceOdeSampler;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.diffusioncourse.simulation.sampler.TimeGrid;

/**
 * The ideal consistency function of a toy target ({@code song-2023-consistency}): the map that
 * sends a point x_t at time t of the probability-flow ODE ({@code song-2021-score-sde}) to where
 * that ODE carries it at the end time eps,
 *
 * <pre>
 *   f(x_t, t) = x_t + int_t^eps u_s(x_s) ds,     u_s(x) = a'(s) D(x) - s'(s) s(s) grad log p_s(x),
 *   f(x, eps) = x                                (boundary condition)
 *   f(x_t, t) = f(x_t', t')  for any two points of one ODE trajectory (self-consistency).
 * </pre>
 *
 * A trained consistency model learns f with a network; here the exact fields of the mixture
 * ({@link NoisedMixture}) and the engine's Dormand-Prince reference solver compute it, so the
 * ideal map can be compared with what a few cheap Euler steps give. The path is the VP-SDE with
 * beta from 0.1 to 20: t = 1 is (almost) pure noise and t = eps = 1e-3 is (almost) data.
 * Immutable and thread-safe.
 */
public final class ConsistencyMap {

    /** The end time eps of the map, where f is the identity (the reverse samplers' end time). */
    public static final double END = TimeGrid.END;

    /** Absolute and relative tolerance of the reference solver. */
    public static final double TOLERANCE = 1e-10;

    private final VpSde path = VpSde.standard();
    private final NoisedMixture field;

    private ConsistencyMap(GaussianMixture2D target) {
        this.field = NoisedMixture.of(target);
    }

    /** The consistency map of {@code target} on the standard VP-SDE. */
    public static ConsistencyMap of(GaussianMixture2D target) {
        return new ConsistencyMap(target);
    }

    /** The path the map follows (signal scale a(t), noise std s(t)). */
    public VpSde path() {
        return path;
    }

    /** The exact noised target p_t, for densities and scores. */
    public NoisedMixture field() {
        return field;
    }

    // region consistency-map
    /**
     * f(x, t) for every point of {@code x}: the probability-flow ODE solved from t down to eps
     * by adaptive Dormand-Prince 8(5,3) at tolerance 1e-10, the whole cloud as one system.
     */
    public PointCloud exact(PointCloud x, double t) {
        requireTime(t);
        if (t == END) {
            return x; // the boundary condition f(x, eps) = x: nothing to integrate
        }
        Sampler solver = new ReferenceOdeSampler(path, TOLERANCE, t, END);
        return solver.runFrom(field, x, unused(), PathSelection.none()).samples();
    }

    /** The same map by {@code steps} Euler steps of equal length in t: cheap, and only approximate. */
    public PointCloud euler(PointCloud x, double t, int steps) {
        requireTime(t);
        Checks.requireRange("steps", steps, 1, Samplers.MAX_STEPS);
        if (t == END) {
            return x;
        }
        Sampler solver = new ProbabilityFlowSampler(path, steps, false, t, END);
        return solver.runFrom(field, x, unused(), PathSelection.none()).samples();
    }
    // endregion consistency-map

    /**
     * The ODE trajectory of {@code start} (given at {@code times[0]}) at each of the decreasing
     * {@code times}, in one reference solve read off at each time; element 0 is the start.
     */
    public PointCloud[] trajectory(PointCloud start, double[] times) {
        for (int j = 0; j < times.length; j++) {
            requireTime(times[j]);
            if (j > 0 && !(times[j] < times[j - 1])) {
                throw new IllegalArgumentException("times must decrease, but times[" + j + "] = " + times[j]
                        + " follows " + times[j - 1]);
            }
        }
        if (times.length < 2) {
            throw new IllegalArgumentException("times must hold at least 2 times, had " + times.length);
        }
        return new ReferenceOdeSampler(path, TOLERANCE, times[0], times[times.length - 1]).states(field, start, times);
    }

    /** The ODE solvers draw no random numbers, but a run wants a generator. */
    private static UniformRandomProvider unused() {
        return Seeds.generator(0);
    }

    private static void requireTime(double t) {
        if (!(t >= END && t <= 1.0)) {
            throw new IllegalArgumentException("t must be between " + END + " and 1, was " + t);
        }
    }
}
