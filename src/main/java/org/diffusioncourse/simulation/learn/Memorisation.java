package org.diffusioncourse.simulation.learn;

import java.util.Arrays;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;

/**
 * How close samples come to the training points. With a small training set a network trained
 * long enough approaches the exact denoiser of the <em>empirical</em> distribution, a mixture of
 * point masses at the training points, whose samples are copies of them
 * ({@code gu-2023-memorization}, {@code somepalli-2023-replication}). Per sample x, with d_1 and
 * d_2 the distances to its nearest and second-nearest training point:
 *
 * <pre>  x is a near-copy when d_1 / d_2 &lt; 1/3      (the ratio test of gu-2023-memorization).</pre>
 *
 * The ratio, unlike a fixed distance, does not depend on the scale of the data or on how dense
 * the training points are.
 */
public final class Memorisation {

    /** A sample is a near-copy when d_1 / d_2 is below this. */
    public static final double NEAR_COPY_RATIO = 1.0 / 3;

    /**
     * The std of each point of {@link #empiricalDistribution}: small enough that a^2 sigma^2 is
     * below the rounding of s^2 for every s the samplers use (s &gt;= 1e-3), so the noised mixture
     * is the noised empirical distribution to double precision, and positive, as
     * {@link GaussianMixture2D} requires.
     */
    public static final double POINT_STD = 1e-12;

    private Memorisation() {
    }

    /**
     * The empirical distribution of the training points as a mixture: weight 1/n and std
     * {@link #POINT_STD} at each point. {@link org.diffusioncourse.simulation.NoisedMixture} of it
     * gives the exact denoiser E[x_0 | x_t] = sum_i r_i(x_t) x_i that a network memorising the
     * training set approaches.
     */
    public static GaussianMixture2D empiricalDistribution(PointCloud training) {
        int n = training.size();
        double[] weights = new double[n];
        double[][] means = new double[n][];
        double[] stds = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / n;
            means[i] = new double[] {training.x(i), training.y(i)};
            stds[i] = POINT_STD;
        }
        return GaussianMixture2D.of(weights, means, stds);
    }

    /**
     * The distances of each sample to its nearest training point, the ratios d_1 / d_2, and the
     * share of near-copies.
     *
     * @param nearest    d_1 of each sample
     * @param ratios     d_1 / d_2 of each sample
     * @param copyShare  the share of samples with d_1 / d_2 &lt; 1/3
     */
    public record Report(double[] nearest, double[] ratios, double copyShare) {

        /** The median of d_1. */
        public double medianNearest() {
            double[] sorted = nearest.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        }
    }

    /**
     * Measures {@code samples} against {@code training} (at least 2 points) by brute force,
     * O(samples x training).
     */
    public static Report measure(PointCloud samples, PointCloud training) {
        int m = training.size();
        if (m < 2) {
            throw new IllegalArgumentException("training must hold at least 2 points, had " + m);
        }
        int n = samples.size();
        double[] nearest = new double[n];
        double[] ratios = new double[n];
        int copies = 0;
        for (int i = 0; i < n; i++) {
            double x = samples.x(i);
            double y = samples.y(i);
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                double dx = x - training.x(j);
                double dy = y - training.y(j);
                double d = dx * dx + dy * dy;
                if (d < best) {
                    second = best;
                    best = d;
                } else if (d < second) {
                    second = d;
                }
            }
            nearest[i] = Math.sqrt(best);
            // Two training points at one place: the sample sits on both, a copy.
            ratios[i] = second == 0 ? 0.0 : nearest[i] / Math.sqrt(second);
            if (ratios[i] < NEAR_COPY_RATIO) {
                copies++;
            }
        }
        return new Report(nearest, ratios, copies / (double) n);
    }
}
