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
 */
final class Particles {

    final int n;
    final double[] xs;
    final double[] ys;
    final FieldBuffer field;
    private final ScoreField source;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final PathSelection selection;
    private final List<double[]> times = new ArrayList<>();
    private final List<List<double[]>> positions = new ArrayList<>();
    private long evaluations;

    Particles(ScoreField source, PointCloud start, UniformRandomProvider rng, PathSelection selection) {
        this.n = start.size();
        if (n < 1 || n > Sampler.MAX_PARTICLES) {
            throw new IllegalArgumentException("start must hold between 1 and " + Sampler.MAX_PARTICLES + " points, had " + n);
        }
        for (int i = 0; i < selection.size(); i++) {
            if (selection.particle(i) >= n) {
                throw new IllegalArgumentException("paths must select particles below n = " + n + ", had " + selection.particle(i));
            }
            positions.add(new ArrayList<>());
        }
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
        times.add(new double[] {time});
        for (int i = 0; i < selection.size(); i++) {
            int p = selection.particle(i);
            positions.get(i).add(new double[] {xs[p], ys[p]});
        }
    }

    SampleRun finish() {
        List<ParticlePath> paths = new ArrayList<>();
        for (int i = 0; i < selection.size(); i++) {
            List<double[]> pos = positions.get(i);
            double[] t = new double[pos.size()];
            double[] px = new double[pos.size()];
            double[] py = new double[pos.size()];
            for (int j = 0; j < t.length; j++) {
                t[j] = times.get(j)[0];
                px[j] = pos.get(j)[0];
                py[j] = pos.get(j)[1];
            }
            paths.add(new ParticlePath(selection.particle(i), t, px, py));
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
