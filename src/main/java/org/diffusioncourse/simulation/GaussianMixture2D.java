package org.diffusioncourse.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A mixture of isotropic Gaussians in the plane,
 *
 * <pre>  p(x) = sum_k w_k N(x; mu_k, sigma_k^2 I).</pre>
 *
 * <p>It is kept exact (weights, means and standard deviations are all exposed) because noising
 * a mixture keeps it a mixture: under {@code x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps}
 * each component becomes N(sqrt(alpha_bar_t) mu_k, (alpha_bar_t sigma_k^2 + 1 - alpha_bar_t) I),
 * so exact noised densities and scores are available to later lessons.
 */
public final class GaussianMixture2D {

    /** How far the weights may sum from 1. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private final double[] weights;
    private final double[] meanXs;
    private final double[] meanYs;
    private final double[] stds;

    private GaussianMixture2D(double[] weights, double[] meanXs, double[] meanYs, double[] stds) {
        this.weights = weights;
        this.meanXs = meanXs;
        this.meanYs = meanYs;
        this.stds = stds;
    }

    /**
     * Validates and copies a mixture.
     *
     * @param weights w_k &gt;= 0, summing to 1 within 1e-9
     * @param means   mu_k, each of length 2
     * @param stds    sigma_k &gt; 0
     * @throws IllegalArgumentException naming the offending parameter, index and value
     */
    public static GaussianMixture2D of(double[] weights, double[][] means, double[] stds) {
        int k = weights.length;
        if (k == 0) {
            throw new IllegalArgumentException("weights must have at least 1 component, had 0");
        }
        if (means.length != k) {
            throw new IllegalArgumentException("means must have " + k + " rows (one per weight), had " + means.length);
        }
        if (stds.length != k) {
            throw new IllegalArgumentException("stds must have " + k + " entries (one per weight), had " + stds.length);
        }
        double[] mx = new double[k];
        double[] my = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] must be a finite number >= 0, was " + weights[i]);
            }
            if (means[i].length != 2) {
                throw new IllegalArgumentException("means[" + i + "] must have 2 coordinates, had " + means[i].length);
            }
            for (int d = 0; d < 2; d++) {
                if (!Double.isFinite(means[i][d])) {
                    throw new IllegalArgumentException(
                            "means[" + i + "][" + d + "] must be finite, was " + means[i][d]);
                }
            }
            if (!(stds[i] > 0) || !Double.isFinite(stds[i])) {
                throw new IllegalArgumentException("stds[" + i + "] must be a finite number > 0, was " + stds[i]);
            }
            sum += weights[i];
            mx[i] = means[i][0];
            my[i] = means[i][1];
        }
        if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights must sum to 1 (within 1e-9), sum was " + sum);
        }
        return new GaussianMixture2D(weights.clone(), mx, my, stds.clone());
    }

    /** Number of components K. */
    public int components() {
        return weights.length;
    }

    /** A copy of the weights w_k. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the means mu_k as K rows of (x, y). */
    public double[][] means() {
        double[][] out = new double[weights.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {meanXs[i], meanYs[i]};
        }
        return out;
    }

    /** A copy of the component standard deviations sigma_k. */
    public double[] stds() {
        return stds.clone();
    }

    /** Exact mixture mean, sum_k w_k mu_k, as (x, y). */
    public double[] mean() {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < weights.length; i++) {
            mx += weights[i] * meanXs[i];
            my += weights[i] * meanYs[i];
        }
        return new double[] {mx, my};
    }

    /**
     * Exact mixture covariance, sum_k w_k (mu_k mu_k^T + sigma_k^2 I) - mu mu^T, as a 2 x 2 array.
     */
    public double[][] covariance() {
        double[] m = mean();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < weights.length; i++) {
            double dx = meanXs[i] - m[0];
            double dy = meanYs[i] - m[1];
            double v = stds[i] * stds[i];
            sxx += weights[i] * (dx * dx + v);
            syy += weights[i] * (dy * dy + v);
            sxy += weights[i] * dx * dy;
        }
        return new double[][] {{sxx, sxy}, {sxy, syy}};
    }

    /**
     * log p(x) = log sum_k w_k N(x; mu_k, sigma_k^2 I) at (xs[i], ys[i]) for i &lt; n into
     * {@code out}, by log-sum-exp, in one pass over the points: O(K) allocation per call, none per
     * point ({@link NoisedMixture#logDensity(double, double, double[], double[], int, double[])}
     * with a = 1, s = 0).
     */
    public void logDensity(double[] xs, double[] ys, int n, double[] out) {
        NoisedMixture.of(this).logDensity(1, 0, xs, ys, n, out);
    }

    /** (1/n) sum_i log p(x_i) over the points of {@code cloud}; NaN for an empty cloud. */
    public double meanLogDensity(PointCloud cloud) {
        int n = cloud.size();
        double[] log = new double[n];
        logDensity(cloud.xs(), cloud.ys(), n, log);
        double sum = 0;
        for (double l : log) {
            sum += l;
        }
        return sum / n;
    }

    /**
     * Draws n independent points: pick component k with probability w_k (alias method), then
     * x = mu_k + sigma_k z with z ~ N(0, I). Draws are taken from {@code rng} in that order, point
     * by point, so a seeded generator gives a reproducible cloud.
     */
    public PointCloud sample(int n, UniformRandomProvider rng) {
        PointCloud.requireCount(n);
        SharedStateDiscreteSampler pick = AliasMethodDiscreteSampler.of(rng, weights);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            int k = pick.sample();
            xs[i] = meanXs[k] + stds[k] * gauss.sample();
            ys[i] = meanYs[k] + stds[k] * gauss.sample();
        }
        return PointCloud.wrap(xs, ys);
    }

    @Override
    public String toString() {
        return "GaussianMixture2D[K=" + components() + "]";
    }
}
