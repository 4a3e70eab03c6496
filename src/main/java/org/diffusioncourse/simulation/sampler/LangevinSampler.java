package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * Unadjusted Langevin dynamics on the clean target (chapter 004; {@code song-2019-ncsn}),
 *
 * <pre>  x &lt;- x + h/2 grad log p(x) + sqrt(h) z,   z ~ N(0, I),</pre>
 *
 * the Euler-Maruyama discretisation of dX = 1/2 grad log p dt + dW, whose stationary law is p
 * (up to an O(h) bias). Start: N(0, I). Recorded time: the step count.
 */
public final class LangevinSampler extends AbstractSampler {

    private final int steps;
    private final double stepSize;

    LangevinSampler(int steps, double stepSize) {
        super(SamplerKind.LANGEVIN, steps, 1.0);
        this.steps = steps;
        this.stepSize = stepSize;
    }

    // region langevin-step
    /** One step in one coordinate: x + h/2 score + sqrt(h) z. */
    public static double step(double x, double score, double h, double z) {
        return x + 0.5 * h * score + Math.sqrt(h) * z;
    }
    // endregion langevin-step

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, steps + 1);
        p.record(0);
        for (int k = 1; k <= steps; k++) {
            p.evaluate(1.0, 0.0);
            for (int i = 0; i < p.n; i++) {
                p.xs[i] = step(p.xs[i], p.field.scoreX[i], stepSize, p.normal());
                p.ys[i] = step(p.ys[i], p.field.scoreY[i], stepSize, p.normal());
            }
            p.record(k);
        }
        return p.finish();
    }
}
