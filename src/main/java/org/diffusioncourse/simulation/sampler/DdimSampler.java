package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * DDIM ({@code song-2020-ddim}, eq. 12) over the evenly spaced subsequence
 * tau_i = round(i T / S), i = 0 .. S, from x_T ~ N(0, I). With x0_hat = D(x_t) = E[x_0 | x_t] and
 * eps_hat = -sqrt(1 - alpha_bar_t) grad log p_t(x_t), one step tau_i = t -&gt; tau_{i-1} = t' is
 *
 * <pre>
 *   sigma = eta sqrt((1 - ab_t') / (1 - ab_t)) sqrt(1 - ab_t / ab_t')
 *   x_t' = sqrt(ab_t') x0_hat + sqrt(1 - ab_t' - sigma^2) eps_hat + sigma z.
 * </pre>
 *
 * eta = 0 is deterministic; eta = 1 with S = T is DDPM with the posterior variance. The last
 * step lands on tau_0 = 0, where alpha_bar = 1, so the output is x0_hat. Recorded time: the step.
 */
final class DdimSampler extends AbstractSampler {

    private final NoiseSchedule schedule;
    private final int[] taus;
    private final double eta;

    DdimSampler(NoiseSchedule schedule, int steps, double eta) {
        super(SamplerKind.DDIM, steps, 1.0);
        this.schedule = schedule;
        this.eta = eta;
        this.taus = new int[steps + 1];
        for (int i = 0; i <= steps; i++) {
            taus[i] = (int) Math.round((double) i * schedule.steps() / steps);
        }
    }

    /** The step subsequence tau_0 = 0 &lt; .. &lt; tau_S = T. */
    int[] taus() {
        return taus.clone();
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, taus.length);
        p.record(taus[taus.length - 1]);
        // region ddim-step
        for (int i = taus.length - 1; i >= 1; i--) {
            int t = taus[i];
            int tp = taus[i - 1];
            double ab = schedule.alphaBar(t);
            double abp = schedule.alphaBar(tp);
            double s = Math.sqrt(1 - ab);
            p.evaluate(Math.sqrt(ab), s);
            double sigma = eta * Math.sqrt((1 - abp) / (1 - ab) * (1 - ab / abp));
            double direction = Math.sqrt(Math.max(0.0, 1 - abp - sigma * sigma));
            double signal = Math.sqrt(abp);
            for (int k = 0; k < p.n; k++) {
                double ex = -s * p.field.scoreX[k];
                double ey = -s * p.field.scoreY[k];
                p.xs[k] = signal * p.field.denoisedX[k] + direction * ex;
                p.ys[k] = signal * p.field.denoisedY[k] + direction * ey;
                if (sigma > 0) {
                    p.xs[k] += sigma * p.normal();
                    p.ys[k] += sigma * p.normal();
                }
            }
            p.record(tp);
        }
        // endregion ddim-step
        return p.finish();
    }
}
