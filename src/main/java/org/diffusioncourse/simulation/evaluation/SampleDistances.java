package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.Checks;

/**
 * Distances between two sample sets in the plane, each computable exactly on a toy target.
 *
 * <p><b>Fréchet distance</b> ({@code heusel-2017-fid}, without the feature network): fit a
 * Gaussian to each set by its mean and covariance (divisor n - 1), then
 *
 * <pre>  FD = |mu_1 - mu_2|^2 + tr(S_1 + S_2 - 2 (S_1^{1/2} S_2 S_1^{1/2})^{1/2}),</pre>
 *
 * the squared 2-Wasserstein distance between the two Gaussians. In 2-D the square root of an SPD
 * matrix A is closed-form, sqrt(A) = (A + sqrt(det A) I) / sqrt(tr A + 2 sqrt(det A)) (Cayley-Hamilton),
 * so no eigen-solver is needed.
 *
 * <p><b>Energy distance</b> ({@code szekely-2013-energy}), the V-statistic
 *
 * <pre>  E = 2/(n m) sum_ij |x_i - y_j| - 1/n^2 sum_ij |x_i - x_j| - 1/m^2 sum_ij |y_i - y_j|  &gt;= 0,</pre>
 *
 * exactly 0 for two equal sets. (The sampler metrics, {@code SampleMetrics}, use U-statistics
 * within each set instead, which are unbiased but may dip below 0.)
 *
 * <p><b>MMD^2</b> with the Gaussian kernel k(x, y) = exp(-|x - y|^2 / (2 l^2)), the unbiased
 * estimator of {@code gretton-2012-mmd} (their eq. 3):
 *
 * <pre>  MMD_u^2 = 1/(n(n-1)) sum_{i != j} k(x_i, x_j) + 1/(m(m-1)) sum_{i != j} k(y_i, y_j) - 2/(n m) sum_ij k(x_i, y_j),</pre>
 *
 * whose mean is 0 when both sets come from one distribution (so single values may be negative).
 *
 * <p>Every method is O(n m) time and allocates nothing per point.
 */
public final class SampleDistances {

    /** The kernel bandwidth l the course uses: the targets have total variance 2, so about half a per-axis std. */
    public static final double DEFAULT_BANDWIDTH = 0.5;

    private SampleDistances() {
    }

    /** The Fréchet distance between the Gaussians fitted to {@code a} and {@code b} (each at least 2 points). */
    public static double frechet(PointCloud a, PointCloud b) {
        requireAtLeast("a", a, 2);
        requireAtLeast("b", b, 2);
        return frechet(new double[] {a.meanX(), a.meanY()}, a.covariance(), new double[] {b.meanX(), b.meanY()},
                b.covariance());
    }

    // region evaluation-frechet
    /**
     * FD between N(mean1, cov1) and N(mean2, cov2), 2 x 2 symmetric positive semi-definite
     * covariances: |mu_1 - mu_2|^2 + tr S_1 + tr S_2 - 2 tr sqrt(sqrt(S_1) S_2 sqrt(S_1)).
     */
    public static double frechet(double[] mean1, double[][] cov1, double[] mean2, double[][] cov2) {
        double dx = mean1[0] - mean2[0];
        double dy = mean1[1] - mean2[1];
        double[][] root1 = sqrtSpd(cov1);
        double[][] middle = multiply(multiply(root1, cov2), root1);
        double[][] root = sqrtSpd(symmetrise(middle));
        double value = dx * dx + dy * dy + cov1[0][0] + cov1[1][1] + cov2[0][0] + cov2[1][1]
                - 2 * (root[0][0] + root[1][1]);
        // Rounding can leave -1e-16 for equal Gaussians; a squared distance is never negative.
        return Math.max(0.0, value);
    }
    // endregion evaluation-frechet

    /**
     * The symmetric square root of a 2 x 2 symmetric positive semi-definite matrix,
     * (A + sqrt(det A) I) / sqrt(tr A + 2 sqrt(det A)); the zero matrix gives itself.
     *
     * @throws IllegalArgumentException if A is not symmetric, or not positive semi-definite (a
     *         negative diagonal entry or determinant beyond rounding)
     */
    public static double[][] sqrtSpd(double[][] a) {
        double p = a[0][0];
        double q = a[0][1];
        double r = a[1][1];
        double scale = Math.abs(p) + Math.abs(r) + Math.abs(q);
        if (Math.abs(q - a[1][0]) > 1e-12 * Math.max(1, scale)) {
            throw new IllegalArgumentException("the matrix must be symmetric, had a[0][1] = " + q + " and a[1][0] = " + a[1][0]);
        }
        double det = p * r - q * q;
        double slack = 1e-12 * scale * scale;
        if (p < -1e-12 * scale || r < -1e-12 * scale || det < -slack) {
            throw new IllegalArgumentException("the matrix must be positive semi-definite, had diagonal " + p + ", " + r
                    + " and determinant " + det);
        }
        double s = Math.sqrt(Math.max(0.0, det));
        double t = Math.sqrt(Math.max(0.0, p + r + 2 * s));
        if (t == 0) {
            return new double[][] {{0, 0}, {0, 0}};
        }
        return new double[][] {{(p + s) / t, q / t}, {q / t, (r + s) / t}};
    }

    /** The energy distance (V-statistic) between {@code a} and {@code b}, each at least 1 point. */
    public static double energy(PointCloud a, PointCloud b) {
        requireAtLeast("a", a, 1);
        requireAtLeast("b", b, 1);
        int n = a.size();
        int m = b.size();
        double cross = 0;
        for (int i = 0; i < n; i++) {
            double x = a.x(i);
            double y = a.y(i);
            for (int j = 0; j < m; j++) {
                cross += distance(x - b.x(j), y - b.y(j));
            }
        }
        double value = 2 * cross / ((double) n * m) - 2 * withinDistance(a) / ((double) n * n)
                - 2 * withinDistance(b) / ((double) m * m);
        return Math.max(0.0, value);
    }

    /** sum_{i &lt; j} |x_i - x_j|. */
    private static double withinDistance(PointCloud c) {
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            double x = c.x(i);
            double y = c.y(i);
            for (int j = i + 1; j < c.size(); j++) {
                sum += distance(x - c.x(j), y - c.y(j));
            }
        }
        return sum;
    }

    /**
     * The unbiased MMD^2 between {@code a} and {@code b} (each at least 2 points) with the Gaussian
     * kernel of bandwidth l.
     *
     * @throws IllegalArgumentException unless 1e-6 &lt;= l &lt;= 1e3
     */
    public static double mmdSquared(PointCloud a, PointCloud b, double bandwidth) {
        requireAtLeast("a", a, 2);
        requireAtLeast("b", b, 2);
        Checks.requireBetween("bandwidth", bandwidth, 1e-6, 1e3);
        double gamma = 1.0 / (2 * bandwidth * bandwidth);
        int n = a.size();
        int m = b.size();
        double cross = 0;
        for (int i = 0; i < n; i++) {
            double x = a.x(i);
            double y = a.y(i);
            for (int j = 0; j < m; j++) {
                double dx = x - b.x(j);
                double dy = y - b.y(j);
                cross += Math.exp(-gamma * (dx * dx + dy * dy));
            }
        }
        return 2 * withinKernel(a, gamma) / ((double) n * (n - 1)) + 2 * withinKernel(b, gamma) / ((double) m * (m - 1))
                - 2 * cross / ((double) n * m);
    }

    /** sum_{i &lt; j} k(x_i, x_j). */
    private static double withinKernel(PointCloud c, double gamma) {
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            double x = c.x(i);
            double y = c.y(i);
            for (int j = i + 1; j < c.size(); j++) {
                double dx = x - c.x(j);
                double dy = y - c.y(j);
                sum += Math.exp(-gamma * (dx * dx + dy * dy));
            }
        }
        return sum;
    }

    static void requireAtLeast(String name, PointCloud c, int min) {
        if (c.size() < min) {
            throw new IllegalArgumentException(name + " must hold at least " + min + " points, had " + c.size());
        }
    }

    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        return new double[][] {
            {a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]},
            {a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]}};
    }

    private static double[][] symmetrise(double[][] a) {
        double off = 0.5 * (a[0][1] + a[1][0]);
        return new double[][] {{a[0][0], off}, {off, a[1][1]}};
    }
}
