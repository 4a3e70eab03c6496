package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.diffusioncourse.render.ErrorPlot;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.metrics.LogLogSlope;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.jspecify.annotations.Nullable;

/**
 * Error against steps for the samplers of a plan: each is run at {@link #STEPS} steps from the
 * same start, one point at a time (the cancellation flag is read between points).
 *
 * <p>The error measured: when every sampler of the plan is a deterministic ODE solver on a
 * continuous path ({@link SamplerKind#solvesProbabilityFlow()}: probability-flow Euler or Heun,
 * DPM-Solver++(2M), flow-matching Euler or Heun), the RMS distance of the end points to the adaptive Dormand-Prince solution of the same
 * ODE from the same start, so the plot shows the discretisation error alone and its slope is the
 * order. Otherwise the energy distance of the samples to fresh target draws, which also holds
 * the Monte Carlo error of {@value #MAX_PARTICLES} particles, so it levels off at that floor.
 */
final class ErrorSweep {

    /** The step counts tried (annealed Langevin keeps the multiples of its 10 levels). */
    static final int[] STEPS = {5, 10, 20, 50, 100, 200};

    /** At most this many particles per point. */
    static final int MAX_PARTICLES = 1000;

    static final double REFERENCE_TOLERANCE = 1e-9;

    static final String REFERENCE_ERROR = "RMS distance to the adaptive reference ODE solution";
    static final String ENERGY_ERROR = "energy distance to the target";

    /** The sweep's outcome and its figure. */
    record Result(String errorName, List<ErrorPlot.Series> series, String svg, int particles) {
    }

    private ErrorSweep() {
    }

    static boolean againstReference(LabPlan plan) {
        return plan.columns().stream().allMatch(c -> c.kind().solvesProbabilityFlow());
    }

    /** The step counts of {@link #STEPS} a sampler accepts on {@code path}; ddpm's one count, T, when it takes no choice. */
    static int[] stepsFor(SamplerKind kind, @Nullable GaussianPath path) {
        if (kind.fixedSteps()) {
            return new int[] {kind.defaults().steps()};
        }
        return IntStream.of(STEPS).filter(k -> kind.acceptsSteps(k, path)).toArray();
    }

    private static @Nullable GaussianPath path(LabPlan.Column col) {
        String process = LabSettings.processOrNull(col.process());
        return process == null ? null : GaussianPaths.byId(process);
    }

    static Result run(LabPlan plan, LabWork.Progress progress, BooleanSupplier cancelled) {
        boolean reference = againstReference(plan);
        String errorName = reference ? REFERENCE_ERROR : ENERGY_ERROR;
        int n = Math.min(plan.settings().n(), MAX_PARTICLES);
        long seed = plan.settings().seed();
        PointCloud eps = LabStreams.start(seed, n);
        int units = plan.columns().stream().mapToInt(c -> stepsFor(c.kind(), path(c)).length + (reference ? 1 : 0)).sum();
        int done = 0;
        List<ErrorPlot.Series> series = new ArrayList<>();
        for (LabPlan.Column col : plan.columns()) {
            String name = col.title();
            PointCloud exact = null;
            if (reference) {
                LabWork.check(cancelled);
                progress.report(done / (double) units, name + ": reference solution (adaptive Dormand–Prince)");
                Sampler ref = Samplers.referenceOde((ContinuousPath) path(col), REFERENCE_TOLERANCE);
                exact = ref.runFrom(col.configured().field(), LabWork.slice(eps, 0, n, ref.priorStd()),
                        LabStreams.stepNoise(seed), PathSelection.none()).samples();
                done++;
            }
            int[] steps = stepsFor(col.kind(), path(col));
            long[] nfe = new long[steps.length];
            double[] error = new double[steps.length];
            for (int k = 0; k < steps.length; k++) {
                LabWork.check(cancelled);
                progress.report(done / (double) units, name + ": " + steps[k] + " steps");
                Sampler sampler = col.kind().create(path(col), LabPlan.options(col.kind(), steps[k], plan.settings()));
                try {
                    SampleRun run = sampler.runFrom(col.configured().field(), LabWork.slice(eps, 0, n, sampler.priorStd()),
                            LabStreams.stepNoise(seed), PathSelection.none());
                    nfe[k] = run.nfe();
                    error[k] = exact != null ? run.samples().rmsDistanceTo(exact)
                            : SampleMetrics.of(plan.scoreTarget(), run.samples(), run.nfe(), LabStreams.metrics(seed))
                                    .energyDistance();
                } catch (ArithmeticException diverged) {
                    nfe[k] = sampler.evaluationsPerParticle();
                    error[k] = Double.NaN;
                }
                done++;
            }
            series.add(new ErrorPlot.Series(col.kind().shortLabel()
                    + (LabSettings.NO_PROCESS.equals(col.process()) ? "" : " on " + col.process())
                    + (col.field().isEmpty() ? "" : ", " + col.field()), nfe, error,
                    LogLogSlope.of(nfe, error)));
        }
        progress.report(1, "Done");
        String svg = ErrorPlot.render("error-plot", errorName, series);
        return new Result(errorName, List.copyOf(series), svg, n);
    }
}
