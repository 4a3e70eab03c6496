package org.diffusioncourse.simulation;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * An immutable set of n points in the plane, stored as two coordinate arrays.
 */
public final class PointCloud {

    private final double[] xs;
    private final double[] ys;

    private PointCloud(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * Copies the coordinates into a new cloud.
     *
     * @throws IllegalArgumentException if the arrays differ in length or hold a non-finite value
     */
    public static PointCloud of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "ys must have the same length as xs (" + xs.length + "), was " + ys.length);
        }
        for (int i = 0; i < xs.length; i++) {
            requireFinite("xs", i, xs[i]);
            requireFinite("ys", i, ys[i]);
        }
        return new PointCloud(xs.clone(), ys.clone());
    }

    /** Takes ownership of arrays the caller built and will not touch again. */
    public static PointCloud wrap(double[] xs, double[] ys) {
        return new PointCloud(xs, ys);
    }

    /**
     * n independent draws of eps ~ N(0, I) in the plane. Each point takes two consecutive
     * normals from {@code rng} (x first, then y).
     */
    public static PointCloud standardNormal(int n, UniformRandomProvider rng) {
        requireCount(n);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = gauss.sample();
            ys[i] = gauss.sample();
        }
        return new PointCloud(xs, ys);
    }

    static void requireCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
    }

    private static void requireFinite(String name, int i, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + v);
        }
    }

    /** Number of points. */
    public int size() {
        return xs.length;
    }

    /** x coordinate of point i. */
    public double x(int i) {
        return xs[i];
    }

    /** y coordinate of point i. */
    public double y(int i) {
        return ys[i];
    }

    /** A copy of all x coordinates. */
    public double[] xs() {
        return xs.clone();
    }

    /** A copy of all y coordinates. */
    public double[] ys() {
        return ys.clone();
    }

    /** Sample mean of the x coordinates (NaN for an empty cloud). */
    public double meanX() {
        return mean(xs);
    }

    /** Sample mean of the y coordinates (NaN for an empty cloud). */
    public double meanY() {
        return mean(ys);
    }

    /**
     * The 2 x 2 sample covariance with divisor n - 1, {@code [[var x, cov], [cov, var y]]}.
     *
     * @throws IllegalStateException for fewer than two points
     */
    public double[][] covariance() {
        int n = size();
        if (n < 2) {
            throw new IllegalStateException("covariance needs at least 2 points, had " + n);
        }
        double mx = meanX();
        double my = meanY();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - mx;
            double dy = ys[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double d = n - 1.0;
        return new double[][] {{sxx / d, sxy / d}, {sxy / d, syy / d}};
    }

    /** Fraction of points with |x| &lt;= radius (NaN for an empty cloud). */
    public double fractionWithin(double radius) {
        double r2 = radius * radius;
        int inside = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] * xs[i] + ys[i] * ys[i] <= r2) {
                inside++;
            }
        }
        return inside / (double) xs.length;
    }

    /**
     * Root-mean-square distance between matching points, sqrt((1/n) sum_i |x_i - y_i|^2): the
     * error of a sampler's end points against a reference solution from the same start.
     *
     * @throws IllegalArgumentException if the clouds differ in size
     */
    public double rmsDistanceTo(PointCloud other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("other must hold " + size() + " points, had " + other.size());
        }
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            double dx = xs[i] - other.xs[i];
            double dy = ys[i] - other.ys[i];
            sum += dx * dx + dy * dy;
        }
        return Math.sqrt(sum / xs.length);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointCloud other && Arrays.equals(xs, other.xs) && Arrays.equals(ys, other.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "PointCloud[n=" + size() + "]";
    }
}
