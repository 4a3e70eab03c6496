package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.GaussianMixture2D;

/**
 * The log-density, score and Hessian of a Gaussian mixture pushed through x = a x_0 + s eps,
 * p(x) = sum_k w_k N(x; a mu_k, v_k I) with v_k = a^2 sigma_k^2 + s^2 ({@code song-2021-score-sde}).
 * With the responsibilities r_k(x) and the component scores g_k = -(x - a mu_k) / v_k,
 *
 * <pre>
 *   grad log p    = sum_k r_k g_k
 *   Hess log p    = sum_k r_k (g_k g_k^T - I / v_k) - (grad log p)(grad log p)^T
 *   tr Hess log p = sum_k r_k (|g_k|^2 - 2 / v_k) - |grad log p|^2.
 * </pre>
 *
 * The Hessian follows from differentiating r_k g_k: grad r_k = r_k (g_k - grad log p), and the
 * Jacobian of g_k is -I / v_k. It is what the exact divergence of the probability-flow velocity
 * needs ({@link FlowLikelihood}). Immutable; {@link #at} writes into a caller's array and
 * allocates nothing (two passes over the components: the first finds the largest logit).
 */
public final class MixtureCurvature {

    /** Indices into the output of {@link #at}. */
    public static final int LOG_P = 0;
    public static final int SCORE_X = 1;
    public static final int SCORE_Y = 2;
    public static final int HXX = 3;
    public static final int HXY = 4;
    public static final int HYY = 5;
    /** The length of the output array. */
    public static final int SIZE = 6;

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[] logWeights;
    private final double[] mx;
    private final double[] my;
    private final double[] variances;

    private MixtureCurvature(GaussianMixture2D mixture) {
        int k = mixture.components();
        double[] w = mixture.weights();
        double[][] mu = mixture.means();
        double[] sd = mixture.stds();
        logWeights = new double[k];
        mx = new double[k];
        my = new double[k];
        variances = new double[k];
        for (int i = 0; i < k; i++) {
            logWeights[i] = Math.log(w[i]);
            mx[i] = mu[i][0];
            my[i] = mu[i][1];
            variances[i] = sd[i] * sd[i];
        }
    }

    public static MixtureCurvature of(GaussianMixture2D mixture) {
        return new MixtureCurvature(mixture);
    }

    /**
     * log p, grad log p and the Hessian at (x, y) of the mixture noised to (a, s), into
     * out[LOG_P .. HYY].
     */
    public void at(double x, double y, double a, double s, double[] out) {
        int kk = logWeights.length;
        double s2 = s * s;
        double a2 = a * a;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < kk; k++) {
            double v = a2 * variances[k] + s2;
            double dx = x - a * mx[k];
            double dy = y - a * my[k];
            max = Math.max(max, logWeights[k] - Math.log(v) - 0.5 * (dx * dx + dy * dy) / v);
        }
        double total = 0;
        double gx = 0;
        double gy = 0;
        double hxx = 0;
        double hxy = 0;
        double hyy = 0;
        for (int k = 0; k < kk; k++) {
            double v = a2 * variances[k] + s2;
            double dx = x - a * mx[k];
            double dy = y - a * my[k];
            double logit = logWeights[k] - Math.log(v) - 0.5 * (dx * dx + dy * dy) / v;
            double r = Math.exp(logit - max);
            double cx = -dx / v;
            double cy = -dy / v;
            total += r;
            gx += r * cx;
            gy += r * cy;
            hxx += r * (cx * cx - 1 / v);
            hxy += r * cx * cy;
            hyy += r * (cy * cy - 1 / v);
        }
        gx /= total;
        gy /= total;
        out[LOG_P] = max + Math.log(total) - LOG_2PI;
        out[SCORE_X] = gx;
        out[SCORE_Y] = gy;
        out[HXX] = hxx / total - gx * gx;
        out[HXY] = hxy / total - gx * gy;
        out[HYY] = hyy / total - gy * gy;
    }

    /** Components K. */
    public int components() {
        return logWeights.length;
    }
}
