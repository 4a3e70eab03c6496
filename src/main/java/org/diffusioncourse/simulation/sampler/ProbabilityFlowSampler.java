package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * The probability-flow ODE ({@code song-2021-score-sde}) of a continuous path,
 *
 * <pre>  dx/dt = u_t(x) = f(t) x - g(t)^2 / 2 grad log p_t(x) = a'(t) D(x) - s'(t) s(t) grad log p_t(x),</pre>
 *
 * integrated on an even time grid by Euler (one evaluation per step) or Heun (explicit
 * trapezoid, two per step). For VP and VE the grid runs from t = 1 down to eps_t = 1e-3; for
 * CondOT it runs forward from t = 0 (noise) to t = 1 (data), which is the flow-matching ODE
 * ({@code lipman-2022-flow-matching}). Start: N(0, (a^2 + s^2) I) at the noise end. Deterministic.
 */
public final class ProbabilityFlowSampler extends AbstractSampler {

    private final ContinuousPath path;
    private final boolean heun;
    private final double[] times;

    ProbabilityFlowSampler(ContinuousPath path, int steps, boolean heun) {
        this(path, steps, heun, path instanceof CondOtPath ? 0.0 : 1.0, path instanceof CondOtPath ? 1.0 : TimeGrid.END);
    }

    /** The same method on an even grid over any stretch [from, to] of the path. */
    public ProbabilityFlowSampler(ContinuousPath path, int steps, boolean heun, double from, double to) {
        super(kind(path, heun), (heun ? 2L : 1L) * steps, marginalStd(path, from));
        this.path = path;
        this.heun = heun;
        this.times = TimeGrid.uniform(from, to, steps);
    }

    /** pf-ode-euler or pf-ode-heun; on CondOT, where this is the flow-matching ODE, flow-euler or flow-heun. */
    private static SamplerKind kind(ContinuousPath path, boolean heun) {
        return path instanceof CondOtPath ? (heun ? SamplerKind.FLOW_HEUN : SamplerKind.FLOW_EULER)
                : (heun ? SamplerKind.PF_ODE_HEUN : SamplerKind.PF_ODE_EULER);
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, times.length);
        SlopeSteps steps = new SlopeSteps(p, (t, xs, ys, ux, uy) -> velocity(p, t, xs, ys, ux, uy));
        p.record(times[0]);
        for (int j = 0; j + 1 < times.length; j++) {
            steps.step(times[j], times[j + 1], heun);
            p.record(times[j + 1]);
        }
        return p.finish();
    }

    // region sde-probability-flow
    private void velocity(Particles p, double t, double[] xs, double[] ys, double[] ux, double[] uy) {
        double ad = path.signalScaleRate(t);
        double ss = path.noiseStdRate(t) * path.noiseStd(t);
        p.evaluate(path.signalScale(t), path.noiseStd(t), xs, ys);
        for (int i = 0; i < p.n; i++) {
            ux[i] = ad * p.field.denoisedX[i] - ss * p.field.scoreX[i];
            uy[i] = ad * p.field.denoisedY[i] - ss * p.field.scoreY[i];
        }
    }
    // endregion sde-probability-flow
}
