package org.diffusioncourse.demo.ddpm;

import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The DDPM demo's settings: the data set (any of {@link ToyDataset}), the step t shown, the seed
 * and the number of points. Everything a scene depends on but t is its {@link SceneKey}.
 */
public record DdpmSettings(ToyDataset dataset, int t, long seed, int n) {

    static final Param.Choice<DdpmSettings, ToyDataset> DATASET = Param.choice("dataset", List.of(ToyDataset.values()),
            ToyDataset::id, DdpmSettings::dataset, (s, v) -> new DdpmSettings(v, s.t, s.seed, s.n));
    static final Param.Whole<DdpmSettings> T = Param.whole("t", 0, DdpmScene.STEPS, DdpmSettings::t,
            (s, v) -> new DdpmSettings(s.dataset, v, s.seed, s.n));
    static final Param.Seed<DdpmSettings> SEED = Param.seed("seed", Long.MAX_VALUE, DdpmSettings::seed,
            (s, v) -> new DdpmSettings(s.dataset, s.t, v, s.n));
    static final Param.Whole<DdpmSettings> N = Param.whole("n", DdpmScene.MIN_POINTS, DdpmScene.MAX_POINTS,
            DdpmSettings::n, (s, v) -> new DdpmSettings(s.dataset, s.t, s.seed, v));

    static final DdpmSettings DEFAULTS = new DdpmSettings(ToyDataset.TWO_MOONS, 30, 3, 500);
    /** Link order: dataset, t, seed, n. */
    public static final ParamSet<DdpmSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, T, SEED, N);

    /** What a scene depends on: everything but t. */
    public record SceneKey(ToyDataset dataset, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, seed, n);
    }
}
