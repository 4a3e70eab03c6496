package org.diffusioncourse.demo.training;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;

/**
 * Samples of the network and of the exact field by one sampler from the same starting noise
 * (and the same noise along the way), each scored against the target with the same fresh target
 * draws, so the difference of their energy distances is the network's share alone:
 *
 * <pre>
 *   sampler error = ED(exact-field samples, target)      (what the sampler's steps cost)
 *   total         = ED(network samples, target)
 *   model error   = total - sampler error                (what the network's field costs)
 * </pre>
 *
 * with ED the energy distance of {@link SampleMetrics}; and the direct gap ED(network, exact
 * field) between the two clouds, a V-statistic (0 for equal clouds, never negative).
 *
 * @param network        the network's samples
 * @param exact          the exact field's samples
 * @param networkMetrics the network's samples against the target
 * @param exactMetrics   the exact field's samples against the target
 * @param gap            ED(network, exact) of the first {@link SampleMetrics#SUBSAMPLE} of each
 */
public record SampleComparison(PointCloud network, PointCloud exact, SampleMetrics networkMetrics,
        SampleMetrics exactMetrics, double gap) {

    /** Streams of the comparison's seed: the sampler runs, then the target's fresh draws. */
    static final int RUN_STREAM = 4;
    static final int TARGET_STREAM = 5;

    /** Runs {@code sampler} on both fields with n particles from stream {@value #RUN_STREAM} of {@code seed}. */
    public static SampleComparison of(ScoreField network, ScoreField exact, GaussianMixture2D target, Sampler sampler,
            int n, long seed) {
        SampleRun fromNetwork = sampler.run(network, n, Seeds.stream(seed, RUN_STREAM), PathSelection.none());
        SampleRun fromExact = sampler.run(exact, n, Seeds.stream(seed, RUN_STREAM), PathSelection.none());
        SampleMetrics networkMetrics = SampleMetrics.of(target, fromNetwork, Seeds.stream(seed, TARGET_STREAM));
        SampleMetrics exactMetrics = SampleMetrics.of(target, fromExact, Seeds.stream(seed, TARGET_STREAM));
        return new SampleComparison(fromNetwork.samples(), fromExact.samples(), networkMetrics, exactMetrics,
                energyDistance(fromNetwork.samples(), fromExact.samples()));
    }

    /** ED(network samples, target). */
    public double total() {
        return networkMetrics.energyDistance();
    }

    /** ED(exact-field samples, target): the sampler's error with the field exact. */
    public double samplerError() {
        return exactMetrics.energyDistance();
    }

    /** total - sampler error. */
    public double modelError() {
        return total() - samplerError();
    }

    /**
     * The energy distance between two clouds as a V-statistic over the first m = min(n, 2000) of
     * each: 2 mean |X - Y| - mean |X - X'| - mean |Y - Y'|, all pairs (i, j) included, so it is 0
     * for equal clouds and never negative.
     */
    static double energyDistance(PointCloud p, PointCloud q) {
        int m = Math.min(SampleMetrics.SUBSAMPLE, Math.min(p.size(), q.size()));
        double cross = 0;
        double withinP = 0;
        double withinQ = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                cross += Math.sqrt(square(p.x(i) - q.x(j)) + square(p.y(i) - q.y(j)));
                if (j > i) {
                    withinP += Math.sqrt(square(p.x(i) - p.x(j)) + square(p.y(i) - p.y(j)));
                    withinQ += Math.sqrt(square(q.x(i) - q.x(j)) + square(q.y(i) - q.y(j)));
                }
            }
        }
        double pairs = (double) m * m;
        return Math.max(0, (2 * cross - 2 * withinP - 2 * withinQ) / pairs);
    }

    private static double square(double v) {
        return v * v;
    }
}
