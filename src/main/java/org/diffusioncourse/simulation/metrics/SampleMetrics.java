package org.diffusioncourse.simulation.metrics;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.sampler.SampleRun;

/**
 * How close a sample cloud is to an exact mixture target.
 *
 * @param meanLogDensity   (1/n) sum_i log p(x_i) under the exact target (higher is better;
 *                         compare with the target's own expected log-density, minus its entropy)
 * @param energyDistance   the energy distance 2 E|X - Y| - E|X - X'| - E|Y - Y'| between at most
 *                         {@link #SUBSAMPLE} samples and as many fresh target draws (U-statistics for
 *                         the within-cloud terms, so it is unbiased and may be slightly negative)
 * @param modeFractions    per component k, the fraction of samples whose highest responsibility
 *                         r_k(x) proportional to w_k N(x; mu_k, sigma_k^2 I) is k
 * @param modeWeights      the target weights w_k, for comparison with {@code modeFractions}
 * @param modeTotalVariation 1/2 sum_k |fraction_k - w_k|
 * @param meanError        |sample mean - exact mean| (Euclidean)
 * @param covarianceError  Frobenius norm of sample covariance minus exact covariance
 * @param nfe              field evaluations per particle of the run
 */
public record SampleMetrics(double meanLogDensity, double energyDistance, double[] modeFractions,
        double[] modeWeights, double modeTotalVariation, double meanError, double covarianceError, long nfe) {

    /** Largest subsample used by the O(m^2) energy distance. */
    public static final int SUBSAMPLE = 2000;

    /**
     * Scores {@code run} against {@code target}. The energy distance uses the first m = min(n, 2000)
     * samples (they are exchangeable) and m target draws from {@code rng}.
     */
    public static SampleMetrics of(GaussianMixture2D target, SampleRun run, UniformRandomProvider rng) {
        return of(target, run.samples(), run.nfe(), rng);
    }

    /** See {@link #of(GaussianMixture2D, SampleRun, UniformRandomProvider)}. */
    public static SampleMetrics of(GaussianMixture2D target, PointCloud samples, long nfe, UniformRandomProvider rng) {
        int n = samples.size();
        if (n < 2) {
            throw new IllegalArgumentException("samples must hold at least 2 points, had " + n);
        }
        double[] weights = target.weights();
        double[] fractions = modeFractions(target, samples);
        double tv = 0;
        for (int k = 0; k < weights.length; k++) {
            tv += 0.5 * Math.abs(fractions[k] - weights[k]);
        }
        double[] mean = target.mean();
        double meanError = Math.hypot(samples.meanX() - mean[0], samples.meanY() - mean[1]);
        double[][] c = samples.covariance();
        double[][] e = target.covariance();
        double covError = Math.sqrt(sq(c[0][0] - e[0][0]) + 2 * sq(c[0][1] - e[0][1]) + sq(c[1][1] - e[1][1]));
        int m = Math.min(n, SUBSAMPLE);
        PointCloud fresh = target.sample(m, rng);
        double cross = 0;
        double within = 0;
        double withinFresh = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                cross += distance(samples.x(i) - fresh.x(j), samples.y(i) - fresh.y(j));
                if (j > i) {
                    within += distance(samples.x(i) - samples.x(j), samples.y(i) - samples.y(j));
                    withinFresh += distance(fresh.x(i) - fresh.x(j), fresh.y(i) - fresh.y(j));
                }
            }
        }
        double pairs = m * (m - 1) / 2.0;
        double energy = 2 * cross / ((double) m * m) - within / pairs - withinFresh / pairs;
        return new SampleMetrics(target.meanLogDensity(samples), energy, fractions, weights, tv, meanError, covError, nfe);
    }

    /** Fraction of samples assigned to each component by highest responsibility. */
    public static double[] modeFractions(GaussianMixture2D target, PointCloud samples) {
        double[] w = target.weights();
        double[][] mu = target.means();
        double[] sd = target.stds();
        int[] counts = new int[w.length];
        for (int i = 0; i < samples.size(); i++) {
            int best = 0;
            double bestLogit = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < w.length; k++) {
                double dx = samples.x(i) - mu[k][0];
                double dy = samples.y(i) - mu[k][1];
                double v = sd[k] * sd[k];
                double logit = Math.log(w[k]) - Math.log(v) - (dx * dx + dy * dy) / (2 * v);
                if (logit > bestLogit) {
                    bestLogit = logit;
                    best = k;
                }
            }
            counts[best]++;
        }
        double[] f = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            f[k] = counts[k] / (double) samples.size();
        }
        return f;
    }

    /** Plain sqrt, not Math.hypot: no overflow is possible here and it is several times faster. */
    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double sq(double v) {
        return v * v;
    }
}
