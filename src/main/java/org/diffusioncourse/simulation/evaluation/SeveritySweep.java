package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.learn.Memorisation;

/**
 * One failure mode at every severity level, each level's samples measured against the same n
 * exact draws of the reference distribution (seed + 5), beside a baseline: n further exact draws
 * (seed + 6) measured the same way, the values a perfect model reaches with this n (the noise
 * floor of each measure). Immutable; building runs the model once per level, so cache it.
 */
public final class SeveritySweep {

    /**
     * One level.
     *
     * @param copyShare the share of samples that are near-copies of a training point
     *                  ({@link Memorisation#NEAR_COPY_RATIO}), NaN without a training set
     */
    public record Level(int level, String setting, ModelSamples model, SampleEvaluation evaluation, double copyShare) {
    }

    private final FailureMode mode;
    private final GaussianMixture2D reference;
    private final PointCloud real;
    private final Level[] levels;
    private final SampleEvaluation baseline;

    private SeveritySweep(FailureMode mode, GaussianMixture2D reference, PointCloud real, Level[] levels,
            SampleEvaluation baseline) {
        this.mode = mode;
        this.reference = reference;
        this.real = real;
        this.levels = levels;
        this.baseline = baseline;
    }

    /** Runs {@code mode} at every level with n samples; see {@link FailureMode#sample}. */
    public static SeveritySweep of(LabelledMixture target, FailureMode mode, int n, long seed) {
        GaussianMixture2D reference = mode.reference(target);
        PointCloud real = reference.sample(n, Seeds.generator(seed + 5));
        Level[] levels = new Level[FailureMode.LEVELS];
        for (int l = 0; l < levels.length; l++) {
            levels[l] = level(target, mode, l, n, seed, reference, real);
        }
        SampleEvaluation baseline = SampleEvaluation.of(reference, real, reference.sample(n, Seeds.generator(seed + 6)));
        return new SeveritySweep(mode, reference, real, levels, baseline);
    }

    /** One level alone, measured exactly as {@link #of} measures it. */
    public static Level single(LabelledMixture target, FailureMode mode, int level, int n, long seed) {
        GaussianMixture2D reference = mode.reference(target);
        return level(target, mode, level, n, seed, reference, reference.sample(n, Seeds.generator(seed + 5)));
    }

    /** The baseline of {@link #of}: exact draws against exact draws. */
    public static SampleEvaluation baseline(LabelledMixture target, FailureMode mode, int n, long seed) {
        GaussianMixture2D reference = mode.reference(target);
        return SampleEvaluation.of(reference, reference.sample(n, Seeds.generator(seed + 5)),
                reference.sample(n, Seeds.generator(seed + 6)));
    }

    private static Level level(LabelledMixture target, FailureMode mode, int l, int n, long seed,
            GaussianMixture2D reference, PointCloud real) {
        ModelSamples model = mode.sample(target, l, n, seed);
        double copies = model.training() == null ? Double.NaN
                : Memorisation.measure(model.samples(), model.training()).copyShare();
        return new Level(l, mode.describe(target, l), model, SampleEvaluation.of(reference, real, model.samples()), copies);
    }

    public FailureMode mode() {
        return mode;
    }

    /** The distribution every level is measured against. */
    public GaussianMixture2D reference() {
        return reference;
    }

    /** The exact draws every level is measured against. */
    public PointCloud real() {
        return real;
    }

    public Level at(int level) {
        return levels[level];
    }

    public SampleEvaluation baseline() {
        return baseline;
    }
}
