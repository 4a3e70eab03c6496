package org.diffusioncourse.demo.likelihood;

/**
 * The trapezoidal rule on m evenly spaced points of [-L, L]: the brute-force way to get a
 * normalising constant,
 *
 * <pre>  Z(theta) = integral exp(-E_theta(x)) dx  ~  h sum_i w_i exp(-E_theta(x_i)),   h = 2L / (m - 1),</pre>
 *
 * with w_i = 1/2 at the two ends and 1 inside. For integrands that vanish smoothly at +-L the
 * rule converges faster than any power of h. In d dimensions the same resolution needs
 * m^d points ({@link #gridSize}), which is the cost the lesson is about. Immutable.
 *
 * @param limit  L &gt; 0, half the width of the interval
 * @param points m &gt;= 3 grid points, ends included
 */
public record GridQuadrature(double limit, int points) {

    /** What the rule knows about a model: log Z and the moments E[x^2], E[x^4], E[x^6], E[x^8]. */
    public record Moments(double logZ, double x2, double x4, double x6, double x8) {

        public double z() {
            return Math.exp(logZ);
        }
    }

    /** @throws IllegalArgumentException unless L is finite and &gt; 0 and m &gt;= 3 */
    public GridQuadrature {
        if (!(limit > 0) || !Double.isFinite(limit)) {
            throw new IllegalArgumentException("limit must be a finite number > 0, was " + limit);
        }
        if (points < 3) {
            throw new IllegalArgumentException("points must be >= 3, was " + points);
        }
    }

    /** The rule on {@code points} points of [-limit, limit]; see the constructor for what is refused. */
    public static GridQuadrature of(double limit, int points) {
        return new GridQuadrature(limit, points);
    }

    /** Grid spacing h = 2L / (m - 1). */
    public double step() {
        return 2 * limit / (points - 1);
    }

    /** The i-th grid point, -L + i h. */
    public double x(int i) {
        return -limit + i * step();
    }

    // region ml-partition
    /**
     * log Z(theta) and the model moments E_theta[x^k] by the trapezoidal rule. The weights are
     * shifted by the smallest energy on the grid before exponentiating, so nothing overflows.
     */
    public Moments moments(QuarticEnergy model) {
        double h = step();
        double minEnergy = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points; i++) {
            minEnergy = Math.min(minEnergy, model.energy(x(i)));
        }
        double z = 0;
        double s2 = 0;
        double s4 = 0;
        double s6 = 0;
        double s8 = 0;
        for (int i = 0; i < points; i++) {
            double x = x(i);
            double end = (i == 0 || i == points - 1) ? 0.5 : 1.0;
            double w = end * Math.exp(minEnergy - model.energy(x));
            double x2 = x * x;
            z += w;
            s2 += w * x2;
            s4 += w * x2 * x2;
            s6 += w * x2 * x2 * x2;
            s8 += w * x2 * x2 * x2 * x2;
        }
        double logZ = -minEnergy + Math.log(z * h);
        return new Moments(logZ, s2 / z, s4 / z, s6 / z, s8 / z);
    }
    // endregion ml-partition

    /**
     * Points a tensor grid with {@code perAxis} points per axis needs in {@code dims}
     * dimensions, m^d, as a double (it overflows a long quickly).
     */
    public static double gridSize(int perAxis, int dims) {
        if (perAxis < 1) {
            throw new IllegalArgumentException("perAxis must be >= 1, was " + perAxis);
        }
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be >= 1, was " + dims);
        }
        return Math.pow(perAxis, dims);
    }
}
