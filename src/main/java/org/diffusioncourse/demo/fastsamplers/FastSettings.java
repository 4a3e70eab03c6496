package org.diffusioncourse.demo.fastsamplers;

import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The fast-samplers demo's settings: the target, the evaluation budget (one of
 * {@link FastSamplerSweep#BUDGETS}), the seed of the starting noise all three samplers share and
 * the number of particles. Everything a scene depends on but the budget is its {@link SceneKey}.
 */
public record FastSettings(ToyDataset dataset, int nfe, long seed, int n) {

    static final int MIN_POINTS = 50;
    static final int MAX_POINTS = 1000;

    static final Param.Choice<FastSettings, ToyDataset> DATASET = Param.choice("dataset", List.of(ToyDataset.values()),
            ToyDataset::id, FastSettings::dataset, (s, v) -> new FastSettings(v, s.nfe, s.seed, s.n));
    static final Param.Choice<FastSettings, Integer> NFE = Param.choice("nfe", FastSamplerSweep.BUDGETS, String::valueOf,
            FastSettings::nfe, (s, v) -> new FastSettings(s.dataset, v, s.seed, s.n));
    static final Param.Seed<FastSettings> SEED = Param.seed("seed", Long.MAX_VALUE, FastSettings::seed,
            (s, v) -> new FastSettings(s.dataset, s.nfe, v, s.n));
    static final Param.Whole<FastSettings> N = Param.whole("n", MIN_POINTS, MAX_POINTS, FastSettings::n,
            (s, v) -> new FastSettings(s.dataset, s.nfe, s.seed, v));

    static final FastSettings DEFAULTS = new FastSettings(ToyDataset.FIVE_MODES, 9, 1, 400);
    /** Link order: dataset, nfe, seed, n. */
    public static final ParamSet<FastSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, NFE, SEED, N);

    /** What a scene depends on: everything but the budget. */
    public record SceneKey(ToyDataset dataset, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, seed, n);
    }

    /** Index of the budget into {@link FastSamplerSweep#BUDGETS}. */
    public int budgetIndex() {
        return NFE.indexIn(this);
    }
}
