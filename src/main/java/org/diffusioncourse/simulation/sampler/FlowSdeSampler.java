package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * The SDE extension trick on the CondOT path (chapter 004; {@code lipman-2022-flow-matching},
 * {@code song-2021-score-sde}): for any sigma &gt;= 0,
 *
 * <pre>  dX = [u_t(X) + sigma^2 / 2 grad log p_t(X)] dt + sigma dW</pre>
 *
 * has the same marginals p_t as the flow ODE dX = u_t(X) dt (sigma = 0). Euler-Maruyama on an
 * even grid from t = 0 (noise, X ~ N(0, I)) to t = 1 (data), step h = 1 / steps:
 *
 * <pre>  X &lt;- X + h (u + sigma^2 / 2 score) + sigma sqrt(h) z.</pre>
 *
 * The exact u and score are both available, so no velocity-to-score conversion is needed.
 * Recorded time: t.
 */
public final class FlowSdeSampler extends AbstractSampler {

    private final double[] times;
    private final double sigma;

    FlowSdeSampler(int steps, double sigma) {
        super(SamplerKind.FLOW_SDE, steps, 1.0);
        this.times = TimeGrid.uniform(0.0, 1.0, steps);
        this.sigma = sigma;
    }

    /**
     * One Euler-Maruyama step in one coordinate: x + h (u + sigma^2/2 score) + sigma sqrt(h) z.
     */
    public static double step(double x, double velocity, double score, double sigma, double h, double z) {
        return x + h * (velocity + 0.5 * sigma * sigma * score) + sigma * Math.sqrt(h) * z;
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, times.length);
        p.record(times[0]);
        // region flow-sde-step
        for (int j = 0; j + 1 < times.length; j++) {
            double t = times[j];
            double h = times[j + 1] - t;
            p.evaluate(t, 1 - t);
            for (int i = 0; i < p.n; i++) {
                // u = a' D - s' s score = D + (1 - t) score on CondOT.
                double ux = p.field.denoisedX[i] + (1 - t) * p.field.scoreX[i];
                double uy = p.field.denoisedY[i] + (1 - t) * p.field.scoreY[i];
                double zx = sigma > 0 ? p.normal() : 0.0;
                double zy = sigma > 0 ? p.normal() : 0.0;
                p.xs[i] = step(p.xs[i], ux, p.field.scoreX[i], sigma, h, zx);
                p.ys[i] = step(p.ys[i], uy, p.field.scoreY[i], sigma, h, zy);
            }
            p.record(times[j + 1]);
        }
        // endregion flow-sde-step
        return p.finish();
    }
}
