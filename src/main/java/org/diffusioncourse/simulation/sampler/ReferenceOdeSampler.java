package org.diffusioncourse.simulation.sampler;

import java.util.Arrays;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * A reference solution of the probability-flow ODE (see {@link ProbabilityFlowSampler}) by the
 * adaptive Dormand-Prince 8(5,3) integrator of Commons Math 3, on the whole cloud as one system
 * of 2n equations, with absolute and relative tolerance {@code tolerance}. Used to measure the
 * error of the fixed-step samplers; same time range and start as they use. NFE is counted.
 */
public final class ReferenceOdeSampler implements Sampler {

    private final ContinuousPath path;
    private final double tolerance;
    private final double from;
    private final double to;

    ReferenceOdeSampler(ContinuousPath path, double tolerance) {
        this(path, tolerance, path instanceof CondOtPath ? 0.0 : 1.0, path instanceof CondOtPath ? 1.0 : TimeGrid.END);
    }

    /** The same solver over any stretch [from, to] of the path (the consistency map starts mid-way). */
    public ReferenceOdeSampler(ContinuousPath path, double tolerance, double from, double to) {
        this.path = path;
        this.tolerance = tolerance;
        this.from = from;
        this.to = to;
    }

    /** Not a {@link SamplerKind}: an instrument that measures the others, never offered by id. */
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
        Particles p = new Particles(field, start, rng, paths, 2);
        p.record(from);
        integrate(p.xs, p.ys, new double[] {from, to}, tolerance, rate(p), null);
        p.record(to);
        return p.finish();
    }

    /**
     * The solution at each of {@code times} (from {@code from} to {@code to}, monotone), in one
     * integration: intermediate states come from the solver's dense output, which is accurate to
     * about the tolerance, so no restart is paid per time. Element 0 is {@code start}.
     */
    public PointCloud[] states(ScoreField field, PointCloud start, double[] times) {
        if (times.length < 2 || times[0] != from || times[times.length - 1] != to) {
            throw new IllegalArgumentException("times must run from " + from + " to " + to);
        }
        Particles p = new Particles(field, start, Seeds.generator(0), PathSelection.none(), 0);
        PointCloud[] out = new PointCloud[times.length];
        out[0] = start;
        integrate(p.xs, p.ys, times, tolerance, rate(p), out);
        out[times.length - 1] = PointCloud.wrap(p.xs.clone(), p.ys.clone());
        return out;
    }

    /** The probability-flow velocity ȧ·D(x) − σ̇σ·∇log p_t(x) of every particle. */
    private CloudRate rate(Particles p) {
        int n = p.n;
        return (t, px, py, dx, dy) -> {
            double ad = path.signalScaleRate(t);
            double ss = path.noiseStdRate(t) * path.noiseStd(t);
            p.evaluate(path.signalScale(t), path.noiseStd(t), px, py);
            for (int i = 0; i < n; i++) {
                dx[i] = ad * p.field.denoisedX[i] - ss * p.field.scoreX[i];
                dy[i] = ad * p.field.denoisedY[i] - ss * p.field.scoreY[i];
            }
        };
    }

    /** The velocity of every point of a cloud at time t: writes dx/dt, dy/dt at (px, py). */
    public interface CloudRate {
        void rate(double t, double[] px, double[] py, double[] dx, double[] dy);
    }

    /**
     * Integrates the cloud (xs, ys), in place, from {@code from} to {@code to} (either direction)
     * as one system of 2n equations with Dormand-Prince 8(5,3), absolute and relative tolerance
     * {@code tolerance}.
     */
    public static void integrate(double[] xs, double[] ys, double from, double to, double tolerance, CloudRate rate) {
        integrate(xs, ys, new double[] {from, to}, tolerance, rate, null);
    }

    /**
     * Integrates the cloud in place from {@code times[0]} to the last of {@code times}; when
     * {@code out} is given, fills {@code out[1 .. length - 2]} from the dense output.
     */
    private static void integrate(double[] xs, double[] ys, double[] times, double tolerance, CloudRate rate,
                                  PointCloud[] out) {
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
        double first = times[0];
        double last = times[times.length - 1];
        double span = Math.abs(last - first);
        // Steps of at most the whole span (at least 1, as for the unit time interval of the paths).
        // The first step is set, not guessed: the solver's own guess can leave [first, last], and
        // the VP and VE fields are undefined below t = 0.
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, Math.max(1.0, span), tolerance, tolerance);
        integrator.setInitialStepSize(span / 100);
        if (out != null && times.length > 2) {
            integrator.addStepHandler(new StepHandler() {
                private int next = 1;

                @Override
                public void init(double t0, double[] y0, double t) {
                    next = 1;
                }

                @Override
                public void handleStep(StepInterpolator step, boolean isLast) {
                    double direction = Math.signum(last - first);
                    while (next < times.length - 1 && (step.getCurrentTime() - times[next]) * direction >= 0) {
                        step.setInterpolatedTime(times[next]);
                        double[] state = step.getInterpolatedState();
                        out[next] = PointCloud.wrap(Arrays.copyOfRange(state, 0, n), Arrays.copyOfRange(state, n, 2 * n));
                        next++;
                    }
                }
            });
        }
        integrator.integrate(ode, first, y, last, y);
        System.arraycopy(y, 0, xs, 0, n);
        System.arraycopy(y, n, ys, 0, n);
    }
}
