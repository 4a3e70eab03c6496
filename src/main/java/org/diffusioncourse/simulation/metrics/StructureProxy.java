package org.diffusioncourse.simulation.metrics;

import java.util.Arrays;
import org.diffusioncourse.simulation.NormalCdf;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The structure-match proxy: how far a cloud still is from pure noise, N(0, I).
 *
 * <p><b>Definition.</b> For a cloud x_1 .. x_n, S is the sliced Kolmogorov-Smirnov distance to
 * N(0, I):
 *
 * <pre>  S = max_{k = 0..K-1} sup_z | F_k(z) - Phi(z) |,   theta_k = k pi / K,  K = 16,</pre>
 *
 * where F_k is the empirical CDF of the projections u_k . x_i onto the unit vector
 * u_k = (cos theta_k, sin theta_k) and Phi is the standard normal CDF. Any projection of
 * N(0, I) is N(0, 1), so S is small for Gaussian noise and large while the data still has shape.
 *
 * <p><b>Threshold.</b> tau(n) = c / sqrt(n) with c = sqrt(-ln(alpha / (2K)) / 2) and
 * alpha = 0.05: the asymptotic 5% KS critical value with a Bonferroni correction over the K
 * directions. Below tau, n samples show no significant non-Gaussianity in any direction: the
 * structure is no longer detectable.
 *
 * <p><b>Crossing.</b> On an evaluation grid of steps, t* is the first grid step from which S
 * stays below tau at every later grid step.
 *
 * <p>Under the forward process every projection is u . x_t = a (u . x_0) + b (u . eps) with
 * a = sqrt(alpha_bar_t), b = sqrt(1 - alpha_bar_t) ({@code ho-2020-ddpm}), so a whole curve
 * needs the projections of x_0 and eps only once per direction.
 */
public final class StructureProxy {

    /** K, the number of projection directions. */
    public static final int DIRECTIONS = 16;

    /** The family-wise significance level of the threshold. */
    public static final double ALPHA = 0.05;

    /** c in tau(n) = c / sqrt(n): sqrt(-ln(alpha / (2K)) / 2), about 1.797. */
    public static final double CRITICAL_CONSTANT = Math.sqrt(-Math.log(ALPHA / (2.0 * DIRECTIONS)) / 2.0);

    /** The directions u_k = (cos theta_k, sin theta_k). */
    static final double[] COS = new double[DIRECTIONS];
    static final double[] SIN = new double[DIRECTIONS];

    static {
        for (int k = 0; k < DIRECTIONS; k++) {
            double theta = k * Math.PI / DIRECTIONS;
            COS[k] = Math.cos(theta);
            SIN[k] = Math.sin(theta);
        }
    }

    private StructureProxy() {
    }

    /**
     * tau(n) = c / sqrt(n), the Bonferroni-corrected 5% KS critical value.
     *
     * @throws IllegalArgumentException unless n &gt;= 1
     */
    public static double threshold(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        return CRITICAL_CONSTANT / Math.sqrt(n);
    }

    /** S for an arbitrary cloud (see the class comment). */
    public static double distance(PointCloud cloud) {
        return distance(cloud, cloud, 1.0, 0.0);
    }

    /**
     * S of the cloud a x0 + b eps, point by point; with a = sqrt(alpha_bar_t) and
     * b = sqrt(1 - alpha_bar_t) this is S(x_t) ({@code ho-2020-ddpm}). Gives bit for bit the
     * value {@link #curve} gives at the same (a, b).
     */
    public static double distance(PointCloud x0, PointCloud eps, double a, double b) {
        requireSameSize(x0, eps);
        KsWorkspace w = new KsWorkspace(x0.size());
        double worst = 0;
        for (int k = 0; k < DIRECTIONS; k++) {
            w.project(x0, eps, k);
            worst = w.ks(a, b, worst);
        }
        return worst;
    }

    /**
     * S(x_t) at each step of {@code grid}, where x_t = sqrt(alpha_bar_t) x0 + sqrt(1 - alpha_bar_t) eps
     * ({@code ho-2020-ddpm}). The projections of x0 and eps are computed once per direction;
     * each grid step then costs a few linear passes (see {@link KsWorkspace#ks}).
     *
     * @param grid steps in 0 .. T, strictly increasing
     */
    public static double[] curve(PointCloud x0, PointCloud eps, NoiseSchedule schedule, int[] grid) {
        requireSameSize(x0, eps);
        double[] a = new double[grid.length];
        double[] b = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            if (g > 0 && grid[g] <= grid[g - 1]) {
                throw new IllegalArgumentException(
                        "grid must be strictly increasing, was " + grid[g - 1] + " then " + grid[g]);
            }
            a[g] = schedule.signalScale(grid[g]);
            b[g] = schedule.noiseStd(grid[g]);
        }
        double[] result = new double[grid.length];
        if (x0.size() == 0) {
            return result;
        }
        KsWorkspace w = new KsWorkspace(x0.size());
        for (int k = 0; k < DIRECTIONS; k++) {
            w.project(x0, eps, k);
            for (int g = 0; g < grid.length; g++) {
                result[g] = w.ks(a[g], b[g], result[g]);
            }
        }
        return result;
    }

    /**
     * t*, the first grid step from which {@code values} stay below {@code threshold} at every
     * later grid step; -1 if the last value is not below it.
     */
    public static int crossingStep(int[] grid, double[] values, double threshold) {
        if (grid.length != values.length) {
            throw new IllegalArgumentException(
                    "values must have " + grid.length + " entries like grid, had " + values.length);
        }
        int first = -1;
        for (int g = grid.length - 1; g >= 0 && values[g] < threshold; g--) {
            first = grid[g];
        }
        return first;
    }

    /**
     * sup_z |F(z) - Phi(z)| for sorted z, the textbook way: the empirical CDF jumps from i/n to
     * (i+1)/n at z_(i), so the supremum sits at one side of a jump. Kept as the reference the
     * fast path is tested against.
     */
    static double ksSorted(double[] z) {
        int n = z.length;
        double invN = 1.0 / n;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, jump(NormalCdf.cdf(z[i]), i, invN));
        }
        return worst;
    }

    /** S by projecting, fully sorting and scanning every direction: slow, obviously right. */
    static double distanceBySorting(PointCloud cloud) {
        int n = cloud.size();
        double[] z = new double[n];
        double worst = 0;
        for (int k = 0; k < DIRECTIONS; k++) {
            for (int i = 0; i < n; i++) {
                z[i] = COS[k] * cloud.x(i) + SIN[k] * cloud.y(i);
            }
            Arrays.sort(z);
            worst = Math.max(worst, ksSorted(z));
        }
        return worst;
    }

    /** The KS deviation at the point of rank i (0-based) whose CDF value is phi. */
    static double jump(double phi, int rank, double invN) {
        return Math.max(phi - rank * invN, (rank + 1) * invN - phi);
    }

    private static void requireSameSize(PointCloud x0, PointCloud eps) {
        if (eps.size() != x0.size()) {
            throw new IllegalArgumentException("eps must have " + x0.size() + " points like x0, had " + eps.size());
        }
    }
}
