package org.diffusioncourse.simulation.sampler;

import java.util.List;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;

/**
 * Validating factories for every {@link Sampler}. Each throws an
 * {@link org.diffusioncourse.simulation.check.InvalidParameter} naming the parameter, its value and the
 * allowed range; the ranges of eta, sigma and the step size are those of {@link SamplerKind.Option}.
 * To build a sampler from its id, use {@link SamplerKind}.
 */
public final class Samplers {

    /** Most steps (or levels x steps per level) any sampler accepts: {@link SamplerKind#MAX_STEPS}. */
    public static final int MAX_STEPS = SamplerKind.MAX_STEPS;

    private Samplers() {
    }

    /** DDPM ancestral sampling over all T steps; variance beta_tilde_t if {@code posteriorVariance}, else beta_t. */
    public static Sampler ddpm(NoiseSchedule schedule, boolean posteriorVariance) {
        Checks.requireRange("schedule steps", schedule.steps(), 1, MAX_STEPS);
        return new DdpmSampler(schedule, posteriorVariance);
    }

    /** DDIM over {@code steps} evenly spaced steps of the schedule, with stochasticity eta in [0, 1] ({@link SamplerKind.Option#ETA}). */
    public static Sampler ddim(NoiseSchedule schedule, int steps, double eta) {
        Checks.requireRange("steps", steps, 1, Math.min(MAX_STEPS, schedule.steps()));
        SamplerKind.Option.ETA.range().require(eta);
        return new DdimSampler(schedule, steps, eta);
    }

    /** Euler-Maruyama on the reverse SDE of VP or VE, t from 1 to 1e-3. */
    public static Sampler reverseSde(ContinuousPath path, int steps) {
        requireDiffusion(path);
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        return new ReverseSdeSampler(path, steps);
    }

    /** Probability-flow ODE by Euler; on CondOT this is the flow-matching ODE from t = 0 to 1. */
    public static Sampler probabilityFlowEuler(ContinuousPath path, int steps) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        return new ProbabilityFlowSampler(path, steps, false);
    }

    /** Probability-flow ODE by Heun (2 evaluations per step); on CondOT the flow-matching ODE. */
    public static Sampler probabilityFlowHeun(ContinuousPath path, int steps) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        return new ProbabilityFlowSampler(path, steps, true);
    }

    /** The flow-matching ODE on CondOT, t = 0 (noise) to 1 (data), by Euler or Heun. */
    public static Sampler flowMatching(int steps, boolean heun) {
        return heun ? probabilityFlowHeun(CondOtPath.of(), steps) : probabilityFlowEuler(CondOtPath.of(), steps);
    }

    /** The SDE extension of the flow-matching ODE with noise level sigma in [0, 5] ({@link SamplerKind.Option#SIGMA}; 0 is the ODE by Euler). */
    public static Sampler flowSde(int steps, double sigma) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        SamplerKind.Option.SIGMA.range().require(sigma);
        return new FlowSdeSampler(steps, sigma);
    }

    /** EDM's Heun sampler with the defaults sigma_min = 0.002, sigma_max = 80, rho = 7. */
    public static Sampler edmHeun(int steps) {
        return edmHeun(steps, 0.002, 80, 7);
    }

    /** EDM's Heun sampler over {@code steps} Karras noise levels, then sigma = 0. */
    public static Sampler edmHeun(int steps, double sigmaMin, double sigmaMax, double rho) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        Checks.requireBetween("sigmaMin", sigmaMin, 1e-6, 1000);
        Checks.requireBetween("sigmaMax", sigmaMax, sigmaMin, 1000);
        Checks.requireBetween("rho", rho, 1, 100);
        return new EdmHeunSampler(steps, sigmaMin, sigmaMax, rho);
    }

    /**
     * The Karras et al. noise levels sigma_0 = sigma_max &gt; .. &gt; sigma_{N-1} = sigma_min, followed
     * by sigma_N = 0 ({@code karras-2022-edm}, eq. 5).
     */
    public static double[] karrasSigmas(int steps, double sigmaMin, double sigmaMax, double rho) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        Checks.requireBetween("sigmaMin", sigmaMin, 1e-6, 1000);
        Checks.requireBetween("sigmaMax", sigmaMax, sigmaMin, 1000);
        Checks.requireBetween("rho", rho, 1, 100);
        return EdmHeunSampler.karrasSigmas(steps, sigmaMin, sigmaMax, rho);
    }

    /** DPM-Solver++(2M) on VP or VE, steps evenly spaced in log-SNR. */
    public static Sampler dpmSolverPlusPlus2M(ContinuousPath path, int steps) {
        requireDiffusion(path);
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        return new DpmSolverSampler(path, steps);
    }

    /** Reference probability-flow ODE solution, Dormand-Prince 8(5,3), tolerance in [1e-13, 1e-3]. */
    public static Sampler referenceOde(ContinuousPath path, double tolerance) {
        Checks.requireBetween("tolerance", tolerance, 1e-13, 1e-3);
        return new ReferenceOdeSampler(path, tolerance);
    }

    /** Unadjusted Langevin with step size h in {@link SamplerKind.Option#STEP_SIZE}'s range, (0, 1]. */
    public static Sampler langevin(int steps, double stepSize) {
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        SamplerKind.Option.STEP_SIZE.range().require(stepSize);
        return new LangevinSampler(steps, stepSize);
    }

    /** Annealed Langevin (NCSN) over a geometric ladder of {@code levels} sigmas, base step epsilon in (0, 1]. */
    public static Sampler annealedLangevin(int levels, int stepsPerLevel, double sigmaMax, double sigmaMin, double epsilon) {
        Checks.requireRange("levels", levels, 1, 1000);
        Checks.requireRange("stepsPerLevel", stepsPerLevel, 1, MAX_STEPS);
        Checks.requireRange("levels x stepsPerLevel", (long) levels * stepsPerLevel, 1, MAX_STEPS);
        Checks.requirePositiveAtMost("sigmaMin", sigmaMin, 100);
        Checks.requireBetween("sigmaMax", sigmaMax, sigmaMin, 100);
        SamplerKind.Option.STEP_SIZE.range().require("epsilon", epsilon);
        return new AnnealedLangevinSampler(levels, stepsPerLevel, sigmaMax, sigmaMin, epsilon);
    }

    private static void requireDiffusion(ContinuousPath path) {
        if (path instanceof CondOtPath) {
            throw new InvalidParameter("path", List.of(VpSde.standard().id(), VeSde.standard().id()),
                    "path must be vp-sde or ve-sde, was " + path.id() + " (use flowMatching or flowSde)");
        }
    }
}
