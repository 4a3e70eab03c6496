package org.diffusioncourse.simulation.sampler;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * The mutable state of one sampler run: positions, the field buffer, the Gaussian source, the
 * NFE counter and the recorded paths. Confined to the run that created it.
 *
 * <p>The paths go into arrays sized once, when the run starts, from the number of records the
 * sampler announces (its steps + 1, the start included), so recording allocates nothing.
 */
final class Particles {

    final int n;
    final double[] xs;
    final double[] ys;
    final FieldBuffer field;
    private final ScoreField source;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final PathSelection selection;
    private final double[] times;
    private final double[][] pathXs;
    private final double[][] pathYs;
    private int recorded;
    private long evaluations;

    /**
     * @param records how many times the sampler will call {@link #record}: the start and once
     *                after each step
     */
    Particles(ScoreField source, PointCloud start, UniformRandomProvider rng, PathSelection selection, int records) {
        this.n = start.size();
        if (n < 1 || n > Sampler.MAX_PARTICLES) {
            throw new IllegalArgumentException("start must hold between 1 and " + Sampler.MAX_PARTICLES + " points, had " + n);
        }
        for (int i = 0; i < selection.size(); i++) {
            if (selection.particle(i) >= n) {
                throw new IllegalArgumentException("paths must select particles below n = " + n + ", had " + selection.particle(i));
            }
        }
        int capacity = selection.size() == 0 ? 0 : records;
        this.times = new double[capacity];
        this.pathXs = new double[selection.size()][capacity];
        this.pathYs = new double[selection.size()][capacity];
        this.xs = start.xs();
        this.ys = start.ys();
        this.source = source;
        this.field = FieldBuffer.of(n);
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        this.selection = selection;
    }

    /** Evaluates the field at the current positions; one NFE. */
    void evaluate(double a, double s) {
        evaluate(a, s, xs, ys);
    }

    /** Evaluates the field at other positions of the same size (Heun's predictor); one NFE. */
    void evaluate(double a, double s, double[] px, double[] py) {
        source.evaluate(a, s, px, py, n, field);
        evaluations++;
    }

    double normal() {
        return gauss.sample();
    }

    /** Records the selected particles at {@code time}. */
    void record(double time) {
        if (selection.size() == 0) {
            return;
        }
        if (recorded == times.length) {
            throw new IllegalStateException("the sampler announced " + times.length + " records and made more");
        }
        times[recorded] = time;
        for (int i = 0; i < selection.size(); i++) {
            int p = selection.particle(i);
            pathXs[i][recorded] = xs[p];
            pathYs[i][recorded] = ys[p];
        }
        recorded++;
    }

    SampleRun finish() {
        if (recorded != times.length) {
            throw new IllegalStateException("the sampler announced " + times.length + " records and made " + recorded);
        }
        List<ParticlePath> paths = new ArrayList<>(selection.size());
        for (int i = 0; i < selection.size(); i++) {
            paths.add(new ParticlePath(selection.particle(i), times.clone(), pathXs[i], pathYs[i]));
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new ArithmeticException("particle " + i + " diverged to (" + xs[i] + ", " + ys[i]
                        + "); use more steps or a smaller step size");
            }
        }
        return new SampleRun(PointCloud.wrap(xs, ys), evaluations, paths);
    }
}
