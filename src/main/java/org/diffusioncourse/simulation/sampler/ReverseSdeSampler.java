package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * The reverse-time SDE of {@code anderson-1982} and {@code song-2021-score-sde},
 *
 * <pre>  dx = [f(t) x - g(t)^2 grad log p_t(x)] dt + g(t) dW_bar,</pre>
 *
 * by Euler-Maruyama on an even grid from t = 1 down to eps_t = 1e-3: with h = t - t_next,
 *
 * <pre>  x &lt;- x - h (f(t) x - g(t)^2 score) + sqrt(g(t)^2 h) z.</pre>
 *
 * The start is N(0, (a(1)^2 + s(1)^2) I), the noised marginal of data with unit variance per axis
 * (N(0, I) for VP, about N(0, sigma_max^2 I) for VE). The output is x at eps_t, without a final
 * denoising step. Recorded time: t.
 */
final class ReverseSdeSampler extends AbstractSampler {

    private final ContinuousPath path;
    private final double[] times;

    ReverseSdeSampler(ContinuousPath path, int steps) {
        super(SamplerKind.REVERSE_SDE, steps, marginalStd(path, 1.0));
        this.path = path;
        this.times = TimeGrid.uniform(1.0, TimeGrid.END, steps);
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, times.length);
        p.record(times[0]);
        // region sde-reverse-step
        for (int j = 0; j + 1 < times.length; j++) {
            double t = times[j];
            double h = t - times[j + 1];
            double f = path.drift(t);
            double g2 = path.diffusionSquared(t);
            p.evaluate(path.signalScale(t), path.noiseStd(t));
            double noise = Math.sqrt(g2 * h);
            double keep = 1 - h * f;
            double pull = h * g2;
            for (int i = 0; i < p.n; i++) {
                p.xs[i] = keep * p.xs[i] + pull * p.field.scoreX[i] + noise * p.normal();
                p.ys[i] = keep * p.ys[i] + pull * p.field.scoreY[i] + noise * p.normal();
            }
            p.record(times[j + 1]);
        }
        // endregion sde-reverse-step
        return p.finish();
    }
}
