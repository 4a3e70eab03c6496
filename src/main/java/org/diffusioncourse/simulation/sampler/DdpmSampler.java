package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * DDPM ancestral sampling over all T steps ({@code ho-2020-ddpm}, Algorithm 2), from x_T ~ N(0, I):
 *
 * <pre>
 *   eps_hat = -sqrt(1 - alpha_bar_t) grad log p_t(x_t)
 *   x_{t-1} = (x_t - beta_t / sqrt(1 - alpha_bar_t) eps_hat) / sqrt(1 - beta_t) + sigma_t z,
 * </pre>
 *
 * z ~ N(0, I), no noise on the last step (t = 1). The variance is either the posterior one,
 * sigma_t^2 = beta_tilde_t = (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t) beta_t (exact when the
 * data is a single point), or sigma_t^2 = beta_t (exact for N(0, I) data); both are in the paper.
 * Recorded time: the step index t.
 */
public final class DdpmSampler extends AbstractSampler {

    private final NoiseSchedule schedule;
    private final boolean posteriorVariance;

    DdpmSampler(NoiseSchedule schedule, boolean posteriorVariance) {
        super(SamplerKind.DDPM, schedule.steps(), 1.0);
        this.schedule = schedule;
        this.posteriorVariance = posteriorVariance;
    }

    /** beta_tilde_t = (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t) beta_t. */
    public static double posteriorVariance(NoiseSchedule schedule, int t) {
        return (1.0 - schedule.alphaBar(t - 1)) / (1.0 - schedule.alphaBar(t)) * schedule.beta(t);
    }

    /**
     * The mean of one coordinate, (x - beta_t / sqrt(1 - alpha_bar_t) eps_hat) / sqrt(1 - beta_t)
     * = (x + beta_t score) / sqrt(1 - beta_t), since eps_hat = -sqrt(1 - alpha_bar_t) score.
     */
    static double mean(double x, double score, double beta) {
        return (x + beta * score) / Math.sqrt(1.0 - beta);
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, schedule.steps() + 1);
        int steps = schedule.steps();
        p.record(steps);
        for (int t = steps; t >= 1; t--) {
            double beta = schedule.beta(t);
            p.evaluate(schedule.signalScale(t), schedule.noiseStd(t));
            double variance = posteriorVariance ? posteriorVariance(schedule, t) : beta;
            double std = t > 1 ? Math.sqrt(variance) : 0.0;
            for (int i = 0; i < p.n; i++) {
                p.xs[i] = mean(p.xs[i], p.field.scoreX[i], beta);
                p.ys[i] = mean(p.ys[i], p.field.scoreY[i], beta);
                if (std > 0) {
                    p.xs[i] += std * p.normal();
                    p.ys[i] += std * p.normal();
                }
            }
            p.record(t - 1);
        }
        return p.finish();
    }
}
