package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * DPM-Solver++(2M) ({@code lu-2022-dpm-solver}: Lu et al. 2022b, Algorithm 2), the multistep
 * second-order solver of the probability-flow ODE in data prediction D(x) = E[x_0 | x_t].
 * With lambda = log(a / s) and h_i = lambda_i - lambda_{i-1},
 *
 * <pre>
 *   x_i = (s_i / s_{i-1}) x_{i-1} - a_i (e^{-h_i} - 1) D'_i,
 *   D'_1 = D_0,   D'_i = (1 + 1 / (2 r_i)) D_{i-1} - 1 / (2 r_i) D_{i-2},   r_i = h_{i-1} / h_i.
 * </pre>
 *
 * Times from t = 1 to eps_t = 1e-3, evenly spaced in lambda; one evaluation per step. Works on
 * VP and VE (a = 1). Start: N(0, (a(1)^2 + s(1)^2) I). Recorded time: t.
 */
public final class DpmSolverSampler extends AbstractSampler {

    private final ContinuousPath path;
    private final double[] times;

    DpmSolverSampler(ContinuousPath path, int steps) {
        super(SamplerKind.DPM_SOLVER_2M, steps, marginalStd(path, 1.0));
        this.path = path;
        this.times = TimeGrid.uniformLogSnr(path, steps);
    }

    // region dpm-solver-step
    /**
     * One update in one coordinate: (s / sPrev) x - a expm1(-h) dPrime, with
     * dPrime = (1 + 1/(2r)) d1 - 1/(2r) d2 (or d1 when {@code firstOrder}).
     */
    public static double step(double x, double sPrev, double s, double a, double h, double r,
            double d1, double d2, boolean firstOrder) {
        double dPrime = firstOrder ? d1 : (1 + 0.5 / r) * d1 - 0.5 / r * d2;
        return (s / sPrev) * x - a * Math.expm1(-h) * dPrime;
    }
    // endregion dpm-solver-step

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, times.length);
        double[] oldX = new double[p.n];
        double[] oldY = new double[p.n];
        double previousH = 0;
        p.record(times[0]);
        for (int j = 0; j + 1 < times.length; j++) {
            double t = times[j];
            double tn = times[j + 1];
            double sPrev = path.noiseStd(t);
            double s = path.noiseStd(tn);
            double a = path.signalScale(tn);
            double h = TimeGrid.lambda(path, tn) - TimeGrid.lambda(path, t);
            double r = j == 0 ? 1 : previousH / h;
            p.evaluate(path.signalScale(t), sPrev);
            for (int i = 0; i < p.n; i++) {
                double dx = p.field.denoisedX[i];
                double dy = p.field.denoisedY[i];
                p.xs[i] = step(p.xs[i], sPrev, s, a, h, r, dx, oldX[i], j == 0);
                p.ys[i] = step(p.ys[i], sPrev, s, a, h, r, dy, oldY[i], j == 0);
                oldX[i] = dx;
                oldY[i] = dy;
            }
            previousH = h;
            p.record(tn);
        }
        return p.finish();
    }
}
