package org.diffusioncourse.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.ParticlePath;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;

/**
 * Runs a {@link LabPlan} in pieces, so a long run reports progress and stops soon after it is
 * cancelled: the particles go through the sampler in chunks of {@value #CHUNK}, and the
 * cancellation flag is read between chunks. Free of the web stack; called on a worker thread.
 *
 * <p>Both columns start from the same noise: eps ~ N(0, I) drawn from the seed, scaled by each
 * sampler's prior std, and each sampler's own noise comes from a fresh generator of another
 * stream of the seed ({@link LabStreams}), so the step noise never repeats the start. The chunk
 * size is fixed, so the same settings give the same samples.
 */
final class LabWork {

    /** Particles per piece of work. */
    static final int CHUNK = 1000;

    /** Particles whose paths are drawn. */
    static final int TRACKED = 6;

    /** Reports progress in [0, 1] with a short note; called on the worker thread. */
    interface Progress {
        void report(double fraction, String note);
    }

    /**
     * One column's outcome: the figure, its text alternative, the metrics, and what they were
     * made of: the samples and the recorded paths of the first {@value #TRACKED} particles.
     */
    record Column(LabPlan.Column plan, String svg, String description, SampleMetrics metrics, PointCloud samples,
            List<ParticlePath> paths) {
    }

    /**
     * The outcome of a run.
     *
     * @param targetLogDensity mean log p over fresh target draws: the best mean log-density a
     *                         sampler can expect (minus the target's entropy)
     */
    record Result(LabPlan plan, List<Column> columns, double targetLogDensity) {
    }

    private LabWork() {
    }

    /** Runs {@code plan}, drawing over the contours kept in {@code caches}. */
    static Result samples(LabPlan plan, LabCaches caches, Progress progress, BooleanSupplier cancelled) {
        LabSettings s = plan.settings();
        int n = s.n();
        PointCloud eps = LabStreams.start(s.seed(), n);
        DensityContours contours = caches.contours(plan.targetKey());
        int chunks = (n + CHUNK - 1) / CHUNK;
        int units = plan.columns().size() * (chunks + 1);
        int done = 0;
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < plan.columns().size(); c++) {
            LabPlan.Column col = plan.columns().get(c);
            Sampler sampler = col.configured().sampler();
            UniformRandomProvider rng = LabStreams.stepNoise(s.seed());
            double[] xs = new double[n];
            double[] ys = new double[n];
            List<ParticlePath> paths = List.of();
            long nfe = 0;
            for (int k = 0; k < chunks; k++) {
                check(cancelled);
                progress.report(done / (double) units, "Sampling with " + col.title()
                        + ": particles " + (k * CHUNK + 1) + " to " + Math.min(n, (k + 1) * CHUNK) + " of " + n);
                int lo = k * CHUNK;
                int hi = Math.min(n, lo + CHUNK);
                PointCloud start = slice(eps, lo, hi, sampler.priorStd());
                PathSelection selection = k == 0 ? tracked(hi - lo) : PathSelection.none();
                SampleRun run = sampler.runFrom(col.configured().field(), start, rng, selection);
                for (int i = lo; i < hi; i++) {
                    xs[i] = run.samples().x(i - lo);
                    ys[i] = run.samples().y(i - lo);
                }
                if (k == 0) {
                    paths = run.paths();
                }
                nfe = run.nfe();
                done++;
            }
            check(cancelled);
            progress.report(done / (double) units, "Scoring " + col.title());
            PointCloud samples = PointCloud.of(xs, ys);
            SampleMetrics metrics = SampleMetrics.of(plan.scoreTarget(), samples, nfe, LabStreams.metrics(s.seed()));
            SamplerFigure.Panel panel = new SamplerFigure.Panel(col.heading(), plan.targetLabel(), samples, nfe, paths);
            String id = c == 0 ? "sampler-a" : "sampler-b";
            out.add(new Column(col, SamplerFigure.render(id, contours, panel), SamplerFigure.describe(contours, panel),
                    metrics, samples, paths));
            done++;
        }
        progress.report(1, "Done");
        return new Result(plan, List.copyOf(out), targetLogDensity(plan, s.seed()));
    }

    /** Mean log p of {@link SampleMetrics#SUBSAMPLE} fresh draws of the scoring target. */
    private static double targetLogDensity(LabPlan plan, long seed) {
        return plan.scoreTarget().meanLogDensity(plan.scoreTarget().sample(SampleMetrics.SUBSAMPLE,
                LabStreams.targetDraws(seed)));
    }

    static PointCloud slice(PointCloud eps, int lo, int hi, double scale) {
        double[] xs = new double[hi - lo];
        double[] ys = new double[hi - lo];
        for (int i = lo; i < hi; i++) {
            xs[i - lo] = scale * eps.x(i);
            ys[i - lo] = scale * eps.y(i);
        }
        return PointCloud.of(xs, ys);
    }

    static PathSelection tracked(int n) {
        int[] idx = new int[Math.min(TRACKED, n)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return PathSelection.of(idx);
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }
}
