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
        double[] px = new double[n];
        double[] py = new double[n];
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2 * n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                System.arraycopy(y, 0, px, 0, n);
                System.arraycopy(y, n, py, 0, n);
                double ad = path.signalScaleRate(t);
                double ss = path.noiseStdRate(t) * path.noiseStd(t);
                p.evaluate(path.signalScale(t), path.noiseStd(t), px, py);
                for (int i = 0; i < n; i++) {
                    yDot[i] = ad * p.field.denoisedX[i] - ss * p.field.scoreX[i];
                    yDot[n + i] = ad * p.field.denoisedY[i] - ss * p.field.scoreY[i];
                }
            }
        };
        double[] y = new double[2 * n];
        System.arraycopy(p.xs, 0, y, 0, n);
        System.arraycopy(p.ys, 0, y, n, n);
        p.record(from);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, 1.0, tolerance, tolerance);
        integrator.integrate(ode, from, y, to, y);
        System.arraycopy(y, 0, p.xs, 0, n);
        System.arraycopy(y, n, p.ys, 0, n);
        p.record(to);
        return p.finish();
    }
}
