package org.diffusioncourse.demo.likelihood;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-likelihood fit of the {@link QuarticEnergy} family to 1-D data, step by step.
 *
 * <p>The mean log-likelihood of data x_1..x_n is
 *
 * <pre>  l(theta) = -(1/n) sum_i E_theta(x_i) - log Z(theta),</pre>
 *
 * and because d log Z / d theta = -E_model[dE/dtheta], its gradient is the difference of two
 * expectations of the features phi(x) = (x^2, x^4):
 *
 * <pre>  grad l(theta) = E_model[phi] - mean_data[phi].</pre>
 *
 * The data term is computed once; the model term needs Z(theta) again at every step (here by
 * {@link GridQuadrature}). Each step is damped Fisher scoring, theta += eta F^-1 grad l with the
 * Fisher information F = Cov_model(phi) (also a model expectation) and eta =
 * {@value #DAMPING}; plain gradient ascent is so badly conditioned on (x^2, x^4) that it needs
 * thousands of steps. A Newton step that would make theta2 negative aims at the edge theta2 = 0
 * instead (with the best theta1 there), and a step that would lower l is halved until it does not.
 * The fit starts at theta = (1/2, 0), which is N(0, 1). Immutable.
 */
public final class LikelihoodFit {

    /** Steps taken; with eta = 0.3 the remaining gap shrinks like 0.7^k, so 40 reach the optimum. */
    public static final int ITERATIONS = 40;

    /** eta, the fraction of the Fisher-scoring (Newton) step taken. */
    public static final double DAMPING = 0.3;

    /** The starting model, N(0, 1): theta = (1/2, 0), Z = sqrt(2 pi). */
    public static final QuarticEnergy START = QuarticEnergy.of(0.5, 0);

    /** The quadrature every fit uses: 401 points on [-6, 6]. */
    public static final GridQuadrature RULE = GridQuadrature.of(6, 401);

    private static final int MAX_HALVINGS = 60;

    /** One step of the fit: the model, log Z, the mean log-likelihood and the model's moments. */
    public record Step(int k, QuarticEnergy model, double logZ, double meanLogLikelihood,
            double modelX2, double modelX4) {

        public double z() {
            return Math.exp(logZ);
        }
    }

    private final double dataX2;
    private final double dataX4;
    private final List<Step> steps;

    private LikelihoodFit(double dataX2, double dataX4, List<Step> steps) {
        this.dataX2 = dataX2;
        this.dataX4 = dataX4;
        this.steps = steps;
    }

    /** Fits {@code data} (at least 2 finite values) with {@link #ITERATIONS} steps. */
    public static LikelihoodFit of(double[] data) {
        if (data.length < 2) {
            throw new IllegalArgumentException("data must hold at least 2 values, had " + data.length);
        }
        double s2 = 0;
        double s4 = 0;
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("data[" + i + "] must be finite, was " + data[i]);
            }
            double x2 = data[i] * data[i];
            s2 += x2;
            s4 += x2 * x2;
        }
        double dataX2 = s2 / data.length;
        double dataX4 = s4 / data.length;
        List<Step> steps = new ArrayList<>(ITERATIONS + 1);
        QuarticEnergy model = START;
        for (int k = 0; k <= ITERATIONS; k++) {
            GridQuadrature.Moments m = RULE.moments(model);
            double logLik = logLikelihood(model.theta1(), model.theta2(), m.logZ(), dataX2, dataX4);
            steps.add(new Step(k, model, m.logZ(), logLik, m.x2(), m.x4()));
            model = next(model, m, dataX2, dataX4);
        }
        return new LikelihoodFit(dataX2, dataX4, List.copyOf(steps));
    }

    // region ml-gradient
    /**
     * One damped Fisher-scoring step, theta + eta F^-1 (E_model[phi] - mean_data[phi]), kept
     * inside the family (theta2 &gt;= 0) and never lowering the log-likelihood.
     */
    static QuarticEnergy next(QuarticEnergy model, GridQuadrature.Moments m, double dataX2, double dataX4) {
        double g1 = m.x2() - dataX2;            // dl/dtheta1: model minus data, both of x^2
        double g2 = m.x4() - dataX4;            // dl/dtheta2: the same for x^4
        double f11 = m.x4() - m.x2() * m.x2();  // Fisher information = Cov_model(x^2, x^4)
        double f12 = m.x6() - m.x2() * m.x4();
        double f22 = m.x8() - m.x4() * m.x4();
        double det = f11 * f22 - f12 * f12;
        double d1 = (f22 * g1 - f12 * g2) / det; // the Newton step F^-1 grad l
        double d2 = (f11 * g2 - f12 * g1) / det;
        if (model.theta2() + d2 < 0) {          // it would leave the family: aim at the edge
            d2 = -model.theta2();               // theta2 = 0 instead, and the best theta1 there
            d1 = (g1 - f12 * d2) / f11;
        }
        d1 *= DAMPING;
        d2 *= DAMPING;
        double before = logLikelihood(model.theta1(), model.theta2(), m.logZ(), dataX2, dataX4);
        for (int halvings = 0; halvings < MAX_HALVINGS; halvings++) {
            double t1 = model.theta1() + d1;
            double t2 = model.theta2() + d2;
            if (normalisable(t1, t2) && logLikelihood(t1, t2,
                    RULE.moments(QuarticEnergy.of(t1, t2)).logZ(), dataX2, dataX4) >= before) {
                return QuarticEnergy.of(t1, t2);
            }
            d1 /= 2;
            d2 /= 2;
        }
        return model;
    }

    /** l(theta) = -theta1 mean_data[x^2] - theta2 mean_data[x^4] - log Z(theta). */
    static double logLikelihood(double theta1, double theta2, double logZ, double dataX2, double dataX4) {
        return -theta1 * dataX2 - theta2 * dataX4 - logZ;
    }
    // endregion ml-gradient

    private static boolean normalisable(double theta1, double theta2) {
        return theta2 > 0 || (theta2 == 0 && theta1 > 0);
    }

    /** mean_data[x^2]. */
    public double dataX2() {
        return dataX2;
    }

    /** mean_data[x^4]. */
    public double dataX4() {
        return dataX4;
    }

    /** Step k, 0 &lt;= k &lt;= {@link #ITERATIONS}. */
    public Step step(int k) {
        if (k < 0 || k > ITERATIONS) {
            throw new IllegalArgumentException("k must be between 0 and " + ITERATIONS + ", was " + k);
        }
        return steps.get(k);
    }

    /** Every step, k = 0 .. {@link #ITERATIONS}. */
    public List<Step> steps() {
        return steps;
    }

    /** The last step: the maximum-likelihood estimate. */
    public Step last() {
        return steps.getLast();
    }
}
