package org.diffusioncourse.simulation.learn;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;

/**
 * The exact loss floor: the smallest training loss any predictor can reach. The loss at a noise
 * level is smallest for the posterior mean of the target, y* = E[y | x_t], and since every target
 * is an affine function of x_0 given x_t ({@link Target}), the floor is the weighted denoising
 * error of the exact denoiser D(x) = E[x_0 | x_t = x] of {@link NoisedMixture}:
 *
 * <pre>
 *   floor(t) = omega(t) E |x_0 - D(x_t)|^2        (omega of {@link LossWeighting#onData}),
 *   floor    = E_t floor(t)                        (t drawn as the training draws it).
 * </pre>
 *
 * The expectation over (x_0, eps) is a Monte Carlo mean of |x_0 - D(x_t)|^2 with D exact, and
 * comes with its standard error; the mean over t is stratified: one time drawn uniformly within
 * each of L equal-probability strata of the training time. For a finite training set, pass its
 * empirical distribution ({@link Memorisation#empiricalDistribution}) as the data.
 */
public final class LossFloor {

    private final GaussianMixture2D data;
    private final NoisedMixture field;
    private final TrainingProcess process;
    private final Target target;
    private final LossWeighting weighting;

    private LossFloor(GaussianMixture2D data, TrainingProcess process, Target target, LossWeighting weighting) {
        this.data = data;
        this.field = NoisedMixture.of(data);
        this.process = process;
        this.target = target;
        this.weighting = weighting;
    }

    /** The floor of training on {@code data} with this process, target and weighting. */
    public static LossFloor of(GaussianMixture2D data, TrainingProcess process, Target target, LossWeighting weighting) {
        return new LossFloor(data, process, target, weighting);
    }

    /** The floor of {@code config}'s loss on its data set (the population, not the finite training set). */
    public static LossFloor of(TrainingConfig config) {
        return of(config.dataset().mixture(), config.process(), config.target(), config.weighting());
    }

    /**
     * An estimate and its standard error.
     *
     * @param mean          the Monte Carlo mean
     * @param standardError its standard error
     */
    public record Estimate(double mean, double standardError) {
    }

    // region learn-floor
    /** floor(t) at training time t from n draws of (x_0, eps). */
    public Estimate atTime(double t, int n, UniformRandomProvider rng) {
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        double omega = weighting.onData(target, a, s);
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        draw(n, rng, x0, y0);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int i = 0; i < n; i++) {
            xs[i] = a * x0[i] + s * gauss.sample();
            ys[i] = a * y0[i] + s * gauss.sample();
        }
        FieldBuffer out = FieldBuffer.of(n);
        field.evaluate(a, s, xs, ys, n, out);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double dx = x0[i] - out.denoisedX[i];
            double dy = y0[i] - out.denoisedY[i];
            double e = omega * (dx * dx + dy * dy);
            sum += e;
            sumSquares += e * e;
        }
        double mean = sum / n;
        double variance = Math.max(0, sumSquares / n - mean * mean) * n / Math.max(1, n - 1);
        return new Estimate(mean, Math.sqrt(variance / n));
    }

    /** The floor over all noise levels: L strata of the training time, n draws each. */
    public Estimate overall(int levels, int n, UniformRandomProvider rng) {
        double sum = 0;
        double variance = 0;
        for (int j = 0; j < levels; j++) {
            double t = process.time((j + rng.nextDouble()) / levels);
            Estimate e = atTime(t, n, rng);
            sum += e.mean();
            variance += e.standardError() * e.standardError();
        }
        // Stratified mean: the strata are equally likely; the spread of t within a stratum is
        // not in the standard error, which is that of the Monte Carlo means alone.
        return new Estimate(sum / levels, Math.sqrt(variance) / levels);
    }
    // endregion learn-floor

    private void draw(int n, UniformRandomProvider rng, double[] xs, double[] ys) {
        double[][] means = data.means();
        double[] stds = data.stds();
        SharedStateDiscreteSampler pick = AliasMethodDiscreteSampler.of(rng, data.weights());
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int i = 0; i < n; i++) {
            int k = pick.sample();
            xs[i] = means[k][0] + stds[k] * gauss.sample();
            ys[i] = means[k][1] + stds[k] * gauss.sample();
        }
    }
}
