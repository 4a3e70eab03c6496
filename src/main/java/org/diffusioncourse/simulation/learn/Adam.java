package org.diffusioncourse.simulation.learn;

/**
 * Adam ({@code kingma-2015-adam}) with the paper's defaults beta_1 = 0.9, beta_2 = 0.999,
 * epsilon = 1e-8: for each parameter theta with gradient g at step k = 1, 2, ...,
 *
 * <pre>
 *   m &lt;- beta_1 m + (1 - beta_1) g,      v &lt;- beta_2 v + (1 - beta_2) g^2,
 *   theta &lt;- theta - lr (m / (1 - beta_1^k)) / (sqrt(v / (1 - beta_2^k)) + epsilon).
 * </pre>
 *
 * Mutable state (m, v, k), allocated once for the parameter count.
 */
final class Adam {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[][] m;
    private final double[][] v;
    private int step;

    /** State for parameters shaped as {@code rows}. */
    Adam(double[][] rows) {
        m = new double[rows.length][];
        v = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            m[r] = new double[rows[r].length];
            v[r] = new double[rows[r].length];
        }
    }

    // region learn-adam
    /** One update of the parameter rows in place from the gradient rows, with learning rate {@code lr}. */
    void step(double[][] params, double[][] gradient, double lr) {
        step++;
        double c1 = 1.0 / (1.0 - StrictMath.pow(BETA1, step));
        double c2 = 1.0 / (1.0 - StrictMath.pow(BETA2, step));
        for (int r = 0; r < params.length; r++) {
            double[] p = params[r];
            double[] g = gradient[r];
            double[] mr = m[r];
            double[] vr = v[r];
            for (int j = 0; j < p.length; j++) {
                mr[j] = BETA1 * mr[j] + (1 - BETA1) * g[j];
                vr[j] = BETA2 * vr[j] + (1 - BETA2) * g[j] * g[j];
                p[j] -= lr * (mr[j] * c1) / (Math.sqrt(vr[j] * c2) + EPSILON);
            }
        }
    }
    // endregion learn-adam
}
