package org.diffusioncourse.demo.fastsamplers;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.demo.landscape.SigmaFlowReference;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.metrics.LogLogSlope;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * Three fast deterministic samplers on one target, each at a ladder of evaluation budgets, all
 * started from the same standard normal draws, with the error of each run measured against the
 * exact solution of the ODE that sampler discretises (from its own start):
 *
 * <ul>
 *   <li>DDIM with eta = 0 on the linear DDPM schedule ({@code song-2020-ddim}), S steps, NFE = S;
 *       reference: {@link SigmaFlowReference} from sigma_T = sqrt((1 - alpha_bar_T) / alpha_bar_T)
 *       to 0, started at x_T / sqrt(alpha_bar_T);</li>
 *   <li>EDM's Heun sampler on Karras sigmas from 80 to 0.002, rho = 7 ({@code karras-2022-edm}),
 *       N levels, NFE = 2N - 1; reference: {@link SigmaFlowReference} from 80 to 0;</li>
 *   <li>DPM-Solver++(2M) on the VP SDE ({@code lu-2022-dpm-solver}), S steps, NFE = S; reference:
 *       the adaptive probability-flow solution on the same path from t = 1 to 1e-3.</li>
 * </ul>
 *
 * The error is the RMS end-point distance, so its log-log slope against NFE is minus the order of
 * the method. Immutable once built; building runs every sampler, so cache it.
 */
public final class FastSamplerSweep {

    /** The evaluation budgets the demo offers: odd, so EDM's 2N - 1 meets each exactly. */
    public static final List<Integer> BUDGETS = List.of(3, 5, 7, 9, 11, 15, 21, 31, 41, 61, 81, 101);

    /** Tolerance of the reference solutions, far below the smallest error measured (about 1e-5). */
    public static final double REFERENCE_TOLERANCE = 1e-10;

    /** The budgets from which the convergence order is fitted: the asymptotic end of the ladder. */
    public static final int ORDER_FROM = 21;

    /** EDM's noise range and curvature, as in {@link Samplers#edmHeun(int)}. */
    public static final double SIGMA_MIN = 0.002;
    public static final double SIGMA_MAX = 80;
    public static final double RHO = 7;

    /** The three samplers, in display order; ids, labels and step units come from the sampler registry. */
    public enum Method {
        DDIM(SamplerKind.DDIM),
        EDM_HEUN(SamplerKind.EDM_HEUN),
        DPM_SOLVER(SamplerKind.DPM_SOLVER_2M);

        private final SamplerKind kind;

        Method(SamplerKind kind) {
            this.kind = kind;
        }

        public String id() {
            return kind.id();
        }

        public String label() {
            return kind.shortLabel();
        }

        /** What its steps count: "steps", or "levels" for EDM's noise levels. */
        public String stepsNoun() {
            return kind.stepsNoun();
        }

        /** Steps (DDIM, DPM-Solver) or noise levels (EDM) that spend exactly {@code budget} evaluations. */
        public int steps(int budget) {
            return this == EDM_HEUN ? (budget + 1) / 2 : budget;
        }

        /** The method by id or label. */
        public static Method byName(String name) {
            for (Method m : values()) {
                if (m.id().equals(name) || m.label().equalsIgnoreCase(name)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("sampler must be one of " + String.join(", ",
                    Arrays.stream(values()).map(Method::id).toList()) + "; was \"" + name + "\"");
        }
    }

    /** One run: the samples, the evaluations per particle and the RMS error against the reference. */
    public record Run(PointCloud samples, long nfe, int steps, double error) {
    }

    private final GaussianMixture2D target;
    private final Run[][] runs;

    private FastSamplerSweep(GaussianMixture2D target, Run[][] runs) {
        this.target = target;
        this.runs = runs;
    }

    /**
     * Runs all three samplers at every budget from n standard normal draws of {@code seed}.
     *
     * @throws IllegalArgumentException unless 10 &lt;= n &lt;= 2000
     */
    public static FastSamplerSweep of(GaussianMixture2D target, long seed, int n) {
        Checks.requireRange("n", n, 10, 2000);
        PointCloud eps = PointCloud.standardNormal(n, Seeds.generator(seed));
        ScoreField field = NoisedMixture.of(target);
        Run[][] runs = new Run[Method.values().length][BUDGETS.size()];
        for (Method m : Method.values()) {
            runs[m.ordinal()] = sweep(m, field, eps);
        }
        return new FastSamplerSweep(target, runs);
    }

    // region fast-sweep
    /** Every budget of one method from the same noise, each scored against the exact ODE solution. */
    static Run[] sweep(Method method, ScoreField field, PointCloud eps) {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        VpSde vp = VpSde.standard();
        PointCloud reference = switch (method) {
            case DDIM -> {
                // DDIM is Euler in sigma on x / sqrt(alpha_bar): start there, end at sigma = 0.
                double sigmaT = SigmaFlowReference.ddimSigma(linear, linear.steps());
                yield SigmaFlowReference.solve(field, scaled(eps, sigmaT / linear.noiseStd(linear.steps())),
                        sigmaT, 0, REFERENCE_TOLERANCE);
            }
            case EDM_HEUN -> SigmaFlowReference.solve(field, scaled(eps, SIGMA_MAX), SIGMA_MAX, 0, REFERENCE_TOLERANCE);
            case DPM_SOLVER -> Samplers.referenceOde(vp, REFERENCE_TOLERANCE)
                    .runFrom(field, eps, Seeds.generator(0), PathSelection.none()).samples();
        };
        Run[] out = new Run[BUDGETS.size()];
        for (int b = 0; b < out.length; b++) {
            int steps = method.steps(BUDGETS.get(b));
            Sampler sampler = switch (method) {
                case DDIM -> Samplers.ddim(linear, steps, 0.0);
                case EDM_HEUN -> Samplers.edmHeun(steps, SIGMA_MIN, SIGMA_MAX, RHO);
                case DPM_SOLVER -> Samplers.dpmSolverPlusPlus2M(vp, steps);
            };
            SampleRun run = sampler.runFrom(field, scaled(eps, sampler.priorStd()), Seeds.generator(0), PathSelection.none());
            out[b] = new Run(run.samples(), run.nfe(), steps, run.samples().rmsDistanceTo(reference));
        }
        return out;
    }
    // endregion fast-sweep

    private static PointCloud scaled(PointCloud eps, double factor) {
        double[] xs = eps.xs();
        double[] ys = eps.ys();
        for (int i = 0; i < xs.length; i++) {
            xs[i] *= factor;
            ys[i] *= factor;
        }
        return PointCloud.wrap(xs, ys);
    }

    /** The target the samplers follow. */
    public GaussianMixture2D target() {
        return target;
    }

    /** The run of {@code method} at budget index {@code index} into {@link #BUDGETS}. */
    public Run run(Method method, int index) {
        return runs[method.ordinal()][index];
    }

    /** NFE per particle at every budget. */
    public long[] nfe(Method method) {
        return Arrays.stream(runs[method.ordinal()]).mapToLong(Run::nfe).toArray();
    }

    /** RMS error at every budget. */
    public double[] errors(Method method) {
        return Arrays.stream(runs[method.ordinal()]).mapToDouble(Run::error).toArray();
    }

    /** The method with the smallest error at budget index {@code index}. */
    public Method best(int index) {
        Method best = Method.DDIM;
        for (Method m : Method.values()) {
            if (run(m, index).error() < run(best, index).error()) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The measured order p: minus the least-squares slope of log(error) against log(NFE) over
     * the budgets from {@link #ORDER_FROM} on, where error is about C NFE^-p.
     */
    public double order(Method method) {
        int from = BUDGETS.indexOf(BUDGETS.stream().filter(b -> b >= ORDER_FROM).findFirst().orElseThrow());
        long[] nfe = nfe(method);
        double[] errors = errors(method);
        return -LogLogSlope.of(Arrays.copyOfRange(nfe, from, nfe.length), Arrays.copyOfRange(errors, from, errors.length));
    }
}
