package org.diffusioncourse.demo.coupled;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.ParticlePath;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;

/**
 * Several samplers started from the <em>same</em> noise cloud and driven by the same seeded
 * generator, with every particle recorded at every step, so that a figure can scrub along the
 * runs and compare them particle by particle. This is the coupling behind the SDE and
 * flow-matching demos: the reverse SDE and the probability-flow ODE of one process
 * ({@code song-2021-score-sde}), or the flow ODE and its SDE extensions at several sigma
 * ({@code lipman-2022-flow-matching}), share x at the noise end and differ only in the dynamics.
 *
 * <p>Each run is also scored against the target ({@link SampleMetrics}), next to a fresh exact
 * sample of the same size scored the same way: that baseline is what "the same distribution"
 * looks like at this n, Monte Carlo error included. Immutable.
 */
public final class CoupledRuns {

    /** Most particles per run: every one is stored at every step. */
    public static final int MAX_PARTICLES = 2000;

    /** Relative difference under which two prior stds count as the same. */
    static final double PRIOR_TOLERANCE = 1e-9;

    /**
     * One sampler's recorded run.
     *
     * @param sampler the sampler's id, e.g. {@code reverse-sde}
     * @param times   the sampler's own time at each recorded step (element 0 is the start)
     * @param metrics the end cloud scored against the target
     */
    public record Run(String sampler, double[] times, float[] xs, float[] ys, PointCloud end, SampleMetrics metrics) {
    }

    private final int n;
    private final PointCloud start;
    private final List<Run> runs;
    private final SampleMetrics exactBaseline;

    private CoupledRuns(int n, PointCloud start, List<Run> runs, SampleMetrics exactBaseline) {
        this.n = n;
        this.start = start;
        this.runs = runs;
        this.exactBaseline = exactBaseline;
    }

    /**
     * Runs every sampler from one start cloud of n draws of the samplers' common prior
     * N(0, std^2 I): N(0, I) for VP and the flow paths, N(0, (1 + sigma_max^2) I) for VE. A prior
     * std within {@value #PRIOR_TOLERANCE} of 1 counts as exactly 1 (VP's a(1)^2 + s(1)^2 is 1 up to
     * rounding), so those starts are the standard draws themselves, bit for bit.
     *
     * <p>Generators, all from {@link Seeds}: {@code seed} draws the start, {@code seed + 1} drives
     * each sampler's own noise (a fresh generator per sampler, so the SDE noise does not depend on
     * which other samplers ran), {@code seed + 2} draws the reference sample for every metric and
     * {@code seed + 3} the exact baseline.
     *
     * @throws IllegalArgumentException unless 2 &lt;= n &lt;= {@value #MAX_PARTICLES}, at least one
     *                                  sampler is given and every sampler starts from the same prior
     */
    public static CoupledRuns of(GaussianMixture2D target, List<Sampler> samplers, int n, long seed) {
        Checks.requireRange("n", n, 2, MAX_PARTICLES);
        if (samplers.isEmpty()) {
            throw new IllegalArgumentException("samplers must list at least 1 sampler, had 0");
        }
        double std = samplers.getFirst().priorStd();
        for (Sampler s : samplers) {
            if (Math.abs(s.priorStd() - std) > PRIOR_TOLERANCE * std) {
                throw new IllegalArgumentException("samplers must start from the same prior; " + samplers.getFirst().id()
                        + " starts with std " + std + ", " + s.id() + " with std " + s.priorStd());
            }
        }
        NoisedMixture field = NoisedMixture.of(target);
        PointCloud start = prior(n, std, seed);
        List<Run> runs = new ArrayList<>();
        for (Sampler sampler : samplers) {
            runs.add(record(sampler, field, target, start, seed));
        }
        PointCloud exact = target.sample(n, Seeds.generator(seed + 3));
        SampleMetrics baseline = SampleMetrics.of(target, exact, 0, Seeds.generator(seed + 2));
        return new CoupledRuns(n, start, List.copyOf(runs), baseline);
    }

    /** n draws of N(0, std^2 I) from the generator of {@code seed}: the standard draws scaled by std. */
    private static PointCloud prior(int n, double std, long seed) {
        PointCloud eps = PointCloud.standardNormal(n, Seeds.generator(seed));
        if (Math.abs(std - 1) <= PRIOR_TOLERANCE) {
            return eps;
        }
        double[] xs = eps.xs();
        double[] ys = eps.ys();
        for (int i = 0; i < n; i++) {
            xs[i] *= std;
            ys[i] *= std;
        }
        return PointCloud.wrap(xs, ys);
    }

    // region coupled-runs
    /**
     * One sampler, every particle recorded. A run records at most 64 particle paths, so the same
     * run is repeated for each block of 64: it is deterministic given its start and its generator,
     * so every repeat retraces exactly the same trajectories.
     */
    private static Run record(Sampler sampler, NoisedMixture field, GaussianMixture2D target,
            PointCloud start, long seed) {
        int n = start.size();
        float[] xs = null;
        float[] ys = null;
        double[] times = null;
        PointCloud end = null;
        long nfe = 0;
        for (int from = 0; from < n; from += PathSelection.MAX_PATHS) {
            int[] block = new int[Math.min(PathSelection.MAX_PATHS, n - from)];
            for (int j = 0; j < block.length; j++) {
                block[j] = from + j;
            }
            SampleRun run = sampler.runFrom(field, start, Seeds.generator(seed + 1), PathSelection.of(block));
            if (xs == null) {
                times = run.paths().getFirst().times();
                xs = new float[times.length * n];
                ys = new float[times.length * n];
                end = run.samples();
                nfe = run.nfe();
            }
            for (ParticlePath path : run.paths()) {
                for (int k = 0; k < times.length; k++) {
                    xs[k * n + path.particle()] = (float) path.xs()[k];
                    ys[k * n + path.particle()] = (float) path.ys()[k];
                }
            }
        }
        UniformRandomProvider reference = Seeds.generator(seed + 2);
        return new Run(sampler.id(), times, xs, ys, end, SampleMetrics.of(target, end, nfe, reference));
    }
    // endregion coupled-runs

    /** Particles per run. */
    public int particles() {
        return n;
    }

    /** The shared start cloud. */
    public PointCloud start() {
        return start;
    }

    /** Number of runs, in the order the samplers were given. */
    public int runCount() {
        return runs.size();
    }

    public Run run(int r) {
        return runs.get(r);
    }

    /** Recorded steps of run r after the start (its positions are 0 .. steps). */
    public int steps(int r) {
        return runs.get(r).times().length - 1;
    }

    /** The cloud of run r after {@code step} steps (step 0 is the shared start). */
    public PointCloud at(int r, int step) {
        Run run = runs.get(r);
        Checks.requireRange("step", step, 0, run.times().length - 1);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = run.xs()[step * n + i];
            y[i] = run.ys()[step * n + i];
        }
        return PointCloud.wrap(x, y);
    }

    /** Metrics of a fresh exact sample of the same size: what matching the target looks like at this n. */
    public SampleMetrics exactBaseline() {
        return exactBaseline;
    }

    /** Mean distance between the end points of the same start particle in runs r and q. */
    public double meanPairedEndDistance(int r, int q) {
        PointCloud a = runs.get(r).end();
        PointCloud b = runs.get(q).end();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.hypot(a.x(i) - b.x(i), a.y(i) - b.y(i));
        }
        return sum / n;
    }

    /**
     * How far the particles of run r travel compared with the straight line from start to end:
     * the summed path lengths over the summed start-to-end distances. 1 when every path is
     * straight; larger for curved or jittery paths. Summing before dividing keeps particles that
     * end near their start from dominating.
     */
    public double pathLengthRatio(int r) {
        Run run = runs.get(r);
        int last = run.times().length - 1;
        double length = 0;
        double chord = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= last; k++) {
                length += Math.hypot(run.xs()[k * n + i] - run.xs()[(k - 1) * n + i],
                        run.ys()[k * n + i] - run.ys()[(k - 1) * n + i]);
            }
            chord += Math.hypot(run.xs()[last * n + i] - run.xs()[i], run.ys()[last * n + i] - run.ys()[i]);
        }
        return length / chord;
    }
}
