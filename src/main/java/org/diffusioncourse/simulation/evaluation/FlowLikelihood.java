package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.process.VpSde;

/**
 * The exact log-likelihood of a point under the probability-flow ODE model of the VP SDE
 * ({@code song-2021-score-sde}, appendix D.2; the instantaneous change of variables of
 * {@code grathwohl-2019-ffjord}). The model is: draw x_1 ~ N(0, I), then run the ODE
 *
 * <pre>  dx/dt = u_t(x) = f(t) x - g(t)^2 / 2 grad log p_t(x),   f = -beta/2,  g^2 = beta,</pre>
 *
 * from t = 1 back to t = 0, with the exact score of the noised mixture. Along a solution,
 * d/dt log p_t(x(t)) = -div u_t(x(t)), so a point x_0 has under the model
 *
 * <pre>
 *   log p_model(x_0) = log N(x_1; 0, I) + int_0^1 div u_t(x(t)) dt,
 *   div u_t(x) = tr J_t(x),   J_t = f(t) I - g(t)^2 / 2 Hess log p_t(x)   (2 x 2, exact, {@link MixtureCurvature}).
 * </pre>
 *
 * The state (x, y) and the integrals of J_11, J_22 and J_12 are integrated together by the
 * classical Runge-Kutta method on a grid of {@code steps}, t_j = (j / N)^3, from t = 0 (the data end: a = 1,
 * s = 0, where the mixture's components keep the field finite) to t = 1. The model differs from
 * the true log p_0(x_0) by the ODE error, O(h^4), and by the prior: p_1 is not exactly N(0, I)
 * (a(1) = 0.0066), which {@link Result#exactEndLogDensity()} lets a test take out.
 *
 * <p>Hutchinson's estimator ({@code hutchinson-1989-trace}) replaces tr J by v^T J v for a random
 * probe v, drawn once per trajectory as in FFJORD. Because the path x(t) does not depend on v,
 * the estimate is v^T (int J dt) v, so the integrals kept here give every probe's estimate
 * exactly (see {@link Hutchinson}). Immutable; one point allocates a few small arrays, nothing
 * per step.
 */
public final class FlowLikelihood {

    /** Most steps a caller may ask for. */
    public static final int MAX_STEPS = 10_000;

    /** The exponent of the time grid, see {@link #time}. */
    static final double GRID_POWER = 3;

    private final GaussianMixture2D target;
    private final MixtureCurvature curvature;
    private final VpSde path;

    private FlowLikelihood(GaussianMixture2D target, VpSde path) {
        this.target = target;
        this.curvature = MixtureCurvature.of(target);
        this.path = path;
    }

    /** The PF-ODE model of {@code target} under the course's VP SDE (beta from 0.1 to 20). */
    public static FlowLikelihood of(GaussianMixture2D target) {
        return of(target, VpSde.standard());
    }

    public static FlowLikelihood of(GaussianMixture2D target, VpSde path) {
        return new FlowLikelihood(target, path);
    }

    /**
     * One point's log-likelihood under the model.
     *
     * @param x0        the point's x
     * @param y0        the point's y
     * @param endX      x_1, where the ODE took the point
     * @param endY      y_1
     * @param logPrior  log N(x_1; 0, I)
     * @param exactEndLogDensity log p_1(x_1) of the exactly noised target at t = 1
     * @param divergenceIntegral int_0^1 tr J dt
     * @param jxx       int_0^1 J_11 dt (and jyy, jxy likewise): what Hutchinson's probes see
     * @param trueLogDensity log p_0(x_0) of the target itself
     * @param steps     RK4 steps
     */
    public record Result(double x0, double y0, double endX, double endY, double logPrior, double exactEndLogDensity,
            double divergenceIntegral, double jxx, double jyy, double jxy, double trueLogDensity, int steps) {

        /** log N(x_1; 0, I) + int div: the model's log-density of x_0. */
        public double modelLogDensity() {
            return logPrior + divergenceIntegral;
        }

        /** log p_1(x_1) + int div: the same flow with the exact end density, which leaves only the ODE error. */
        public double flowLogDensity() {
            return exactEndLogDensity + divergenceIntegral;
        }

        /** model - true. */
        public double error() {
            return modelLogDensity() - trueLogDensity;
        }
    }

    /**
     * Integrates the point (x, y) from t = 0 to t = 1.
     *
     * @throws IllegalArgumentException unless 1 &lt;= steps &lt;= 10000 and |x|, |y| &lt;= 1e3
     */
    public Result at(double x, double y, int steps) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        Checks.requireBetween("x", x, -1e3, 1e3);
        Checks.requireBetween("y", y, -1e3, 1e3);
        double[] work = new double[MixtureCurvature.SIZE];
        double[] state = {x, y, 0, 0, 0};
        double[] k1 = new double[5];
        double[] k2 = new double[5];
        double[] k3 = new double[5];
        double[] k4 = new double[5];
        double[] tmp = new double[5];
        for (int j = 0; j < steps; j++) {
            double t = time(j, steps);
            double h = time(j + 1, steps) - t;
            derivative(t, state, k1, work);
            shift(state, k1, 0.5 * h, tmp);
            derivative(t + 0.5 * h, tmp, k2, work);
            shift(state, k2, 0.5 * h, tmp);
            derivative(t + 0.5 * h, tmp, k3, work);
            shift(state, k3, h, tmp);
            derivative(t + h, tmp, k4, work);
            for (int c = 0; c < 5; c++) {
                state[c] += h / 6 * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
            }
        }
        double ex = state[0];
        double ey = state[1];
        double logPrior = -Math.log(2 * Math.PI) - 0.5 * (ex * ex + ey * ey);
        curvature.at(ex, ey, path.signalScale(1), path.noiseStd(1), work);
        double endLog = work[MixtureCurvature.LOG_P];
        curvature.at(x, y, 1, 0, work);
        return new Result(x, y, ex, ey, logPrior, endLog, state[2] + state[3], state[2], state[3], state[4],
                work[MixtureCurvature.LOG_P], steps);
    }

    // region pf-ode-divergence
    /** d/dt of (x, y, int J_11, int J_22, int J_12): u_t(x) and the entries of J_t = f I - g^2/2 Hess log p_t. */
    private void derivative(double t, double[] state, double[] out, double[] work) {
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        double f = path.drift(t);
        double half = 0.5 * path.diffusionSquared(t);
        curvature.at(state[0], state[1], a, s, work);
        out[0] = f * state[0] - half * work[MixtureCurvature.SCORE_X];
        out[1] = f * state[1] - half * work[MixtureCurvature.SCORE_Y];
        out[2] = f - half * work[MixtureCurvature.HXX];
        out[3] = f - half * work[MixtureCurvature.HYY];
        out[4] = -half * work[MixtureCurvature.HXY];
    }
    // endregion pf-ode-divergence

    /**
     * The grid t_j = (j / N)^GRID_POWER: steps bunch up near t = 0, where the narrow components
     * make the flow stiff (the Jacobian's scale is beta / (2 v_k), largest where s is still small).
     */
    static double time(int j, int steps) {
        return Math.pow((double) j / steps, GRID_POWER);
    }

    private static void shift(double[] state, double[] slope, double h, double[] out) {
        for (int c = 0; c < state.length; c++) {
            out[c] = state[c] + h * slope[c];
        }
    }

    public GaussianMixture2D target() {
        return target;
    }
}
