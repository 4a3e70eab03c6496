package org.diffusioncourse.demo.likelihood;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the maximum-likelihood demo draws for one seed and sample size: n draws of the
 * x-coordinate of the two-blobs toy set (a 1-D mixture of two Gaussians, known exactly), their
 * histogram, and the {@link LikelihoodFit} of the quartic model to them. Built once per
 * setting; the demo's slider only picks a step. Immutable.
 */
public final class LikelihoodScene {

    /** The histogram covers [-HALF_WIDTH, HALF_WIDTH] in {@value #BINS} bins. */
    public static final double HALF_WIDTH = 3.0;
    public static final int BINS = 40;

    private final long seed;
    private final double[] data;
    private final double[] weights;
    private final double[] means;
    private final double[] stds;
    private final double[] histogram;
    private final LikelihoodFit fit;

    private LikelihoodScene(long seed, double[] data, GaussianMixture2D source) {
        this.seed = seed;
        this.data = data;
        this.weights = source.weights();
        double[][] mu = source.means();
        this.means = new double[mu.length];
        for (int k = 0; k < mu.length; k++) {
            means[k] = mu[k][0];
        }
        this.stds = source.stds();
        this.histogram = histogram(data);
        this.fit = LikelihoodFit.of(data);
    }

    /** The scene for {@code n} points drawn with {@code seed}. */
    public static LikelihoodScene of(long seed, int n) {
        GaussianMixture2D source = ToyDataset.TWO_BLOBS.mixture();
        PointCloud cloud = source.sample(n, Seeds.generator(seed));
        return new LikelihoodScene(seed, cloud.xs(), source);
    }

    private static double[] histogram(double[] data) {
        double[] density = new double[BINS];
        double width = 2 * HALF_WIDTH / BINS;
        for (double x : data) {
            int b = (int) Math.floor((x + HALF_WIDTH) / width);
            if (b >= 0 && b < BINS) {
                density[b] += 1;
            }
        }
        for (int b = 0; b < BINS; b++) {
            density[b] /= data.length * width;
        }
        return density;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return data.length;
    }

    /** A copy of the data. */
    public double[] data() {
        return data.clone();
    }

    /** Histogram heights as a density (count / (n * bin width)), bin b covering -3 + b * 0.15. */
    public double[] histogram() {
        return histogram.clone();
    }

    public LikelihoodFit fit() {
        return fit;
    }

    /** The density the data came from: sum_k w_k N(x; mu_k, sigma_k^2), the x-marginal of two blobs. */
    public double trueDensity(double x) {
        double p = 0;
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / stds[k];
            p += weights[k] * Math.exp(-0.5 * z * z) / (stds[k] * Math.sqrt(2 * Math.PI));
        }
        return p;
    }

    /** The true score d/dx log p(x) of that mixture: the posterior-weighted component scores. */
    public double trueScore(double x) {
        double p = 0;
        double slope = 0;
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / stds[k];
            double pk = weights[k] * Math.exp(-0.5 * z * z) / (stds[k] * Math.sqrt(2 * Math.PI));
            p += pk;
            slope += pk * (-(x - means[k]) / (stds[k] * stds[k]));
        }
        return slope / p;
    }
}
