package org.diffusioncourse.simulation;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A reference solution of the probability-flow ODE (see {@link ProbabilityFlowSampler}) by the
 * adaptive Dormand-Prince 8(5,3) integrator of Commons Math 3, on the whole cloud as one system
 * of 2n equations, with absolute and relative tolerance {@code tolerance}. Used to measure the
 * error of the fixed-step samplers; same time range and start as they use. NFE is counted.
 */
final class ReferenceOdeSampler implements Sampler {

    private final ContinuousPath path;
    private final double tolerance;
    private final double from;
    private final double to;

    ReferenceOdeSampler(ContinuousPath path, double tolerance) {
        this.path = path;
        this.tolerance = tolerance;
        this.from = path instanceof CondOtPath ? 0.0 : 1.0;
        this.to = path instanceof CondOtPath ? 1.0 : TimeGrid.END;
    }

    @Override
    public String id() {
        return "pf-ode-reference";
    }

    @Override
    public long evaluationsPerParticle() {
        return -1;
    }

    @Override
    public double priorStd() {
        return Math.hypot(path.signalScale(from), path.noiseStd(from));
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths);
        int n = p.n;
        p.record(from);
        integrate(p.xs, p.ys, from, to, tolerance, (t, px, py, dx, dy) -> {
            double ad = path.signalScaleRate(t);
            double ss = path.noiseStdRate(t) * path.noiseStd(t);
            p.evaluate(path.signalScale(t), path.noiseStd(t), px, py);
            for (int i = 0; i < n; i++) {
                dx[i] = ad * p.field.denoisedX[i] - ss * p.field.scoreX[i];
                dy[i] = ad * p.field.denoisedY[i] - ss * p.field.scoreY[i];
            }
        });
        p.record(to);
        return p.finish();
    }

    /** The velocity of every point of a cloud at time t: writes dx/dt, dy/dt at (px, py). */
    interface CloudRate {
        void rate(double t, double[] px, double[] py, double[] dx, double[] dy);
    }

    /**
     * Integrates the cloud (xs, ys), in place, from {@code from} to {@code to} (either direction)
     * as one system of 2n equations with Dormand-Prince 8(5,3), absolute and relative tolerance
     * {@code tolerance}.
     */
    static void integrate(double[] xs, double[] ys, double from, double to, double tolerance, CloudRate rate) {
        int n = xs.length;
        double[] px = new double[n];
        double[] py = new double[n];
        double[] dx = new double[n];
        double[] dy = new double[n];
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2 * n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                System.arraycopy(y, 0, px, 0, n);
                System.arraycopy(y, n, py, 0, n);
                rate.rate(t, px, py, dx, dy);
                System.arraycopy(dx, 0, yDot, 0, n);
                System.arraycopy(dy, 0, yDot, n, n);
            }
        };
        double[] y = new double[2 * n];
        System.arraycopy(xs, 0, y, 0, n);
        System.arraycopy(ys, 0, y, n, n);
        // Steps of at most the whole span (at least 1, as for the unit time interval of the paths).
        double maxStep = Math.max(1.0, Math.abs(to - from));
        new DormandPrince853Integrator(1e-12, maxStep, tolerance, tolerance).integrate(ode, from, y, to, y);
        System.arraycopy(y, 0, xs, 0, n);
        System.arraycopy(y, n, ys, 0, n);
    }
}
