package org.diffusioncourse.demo.guidance;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The guidance demo's settings: a labelled target, the class y (of that target's classes), the
 * guidance weight w (one of {@link GuidanceSweep#WEIGHTS}), the seed and the number of samples.
 * Everything a scene depends on but w is its {@link SceneKey}.
 */
public record GuidanceSettings(ToyDataset dataset, int y, double w, long seed, int n) {

    static final int MIN_POINTS = 50;
    static final int MAX_POINTS = 1000;
    /** The data sets with at least two classes. */
    static final List<ToyDataset> DATASETS = Arrays.stream(ToyDataset.values()).filter(d -> classes(d) > 1).toList();

    /** A new target keeps the class when it has one of that number, else takes its last class. */
    static final Param.Choice<GuidanceSettings, ToyDataset> DATASET = Param.choice("dataset", DATASETS, ToyDataset::id,
            GuidanceSettings::dataset, (s, v) -> new GuidanceSettings(v, Math.min(s.y, classes(v) - 1), s.w, s.seed, s.n));
    static final Param.Whole<GuidanceSettings> Y = Param.whole("y", s -> 0, s -> classes(s.dataset) - 1,
            GuidanceSettings::y, (s, v) -> new GuidanceSettings(s.dataset, v, s.w, s.seed, s.n));
    static final Param.Choice<GuidanceSettings, Double> W = Param.choice("w", GuidanceSweep.WEIGHTS, TextParams::format,
            GuidanceSettings::w, (s, v) -> new GuidanceSettings(s.dataset, s.y, v, s.seed, s.n));
    static final Param.Seed<GuidanceSettings> SEED = Param.seed("seed", Long.MAX_VALUE, GuidanceSettings::seed,
            (s, v) -> new GuidanceSettings(s.dataset, s.y, s.w, v, s.n));
    static final Param.Whole<GuidanceSettings> N = Param.whole("n", MIN_POINTS, MAX_POINTS, GuidanceSettings::n,
            (s, v) -> new GuidanceSettings(s.dataset, s.y, s.w, s.seed, v));

    static final GuidanceSettings DEFAULTS = new GuidanceSettings(ToyDataset.TWO_MOONS, 0, 3.0, 1, 500);
    /** Link order: dataset, y, w, seed, n; y is read after the data set whose classes bound it. */
    public static final ParamSet<GuidanceSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, Y, W, SEED, N);

    /** What a scene depends on: everything but w. */
    public record SceneKey(ToyDataset dataset, int y, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, y, seed, n);
    }

    /** Index of w into {@link GuidanceSweep#WEIGHTS}. */
    public int weightIndex() {
        return W.indexIn(this);
    }

    /** The number of classes of {@code dataset}. */
    static int classes(ToyDataset dataset) {
        return dataset.labelled().classCount();
    }
}
