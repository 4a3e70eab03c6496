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

    private final double[] m;
    private final double[] v;
    private int step;

    Adam(int parameters) {
        m = new double[parameters];
        v = new double[parameters];
    }

    // region learn-adam
    /** One update of {@code params} in place from {@code gradient} with learning rate {@code lr}. */
    void step(double[] params, double[] gradient, double lr) {
        step++;
        double c1 = 1.0 / (1.0 - Math.pow(BETA1, step));
        double c2 = 1.0 / (1.0 - Math.pow(BETA2, step));
        for (int p = 0; p < params.length; p++) {
            double g = gradient[p];
            m[p] = BETA1 * m[p] + (1 - BETA1) * g;
            v[p] = BETA2 * v[p] + (1 - BETA2) * g * g;
            params[p] -= lr * (m[p] * c1) / (Math.sqrt(v[p] * c2) + EPSILON);
        }
    }
    // endregion learn-adam
}
