package org.diffusioncourse.demo.sde;

import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The SDE demo's settings: the target, the process (VP or VE), the seed of the shared start noise
 * (and of the SDE's noise) and the scrubbed step of the runs, 0 (t = 1, noise) to {@value #STEPS}
 * (t = 0.001, data). Everything a scene depends on but the step is its {@link SceneKey}.
 */
public record SdeSettings(ToyDataset dataset, SdeProcess process, long seed, int step) {

    /** Euler steps of both runs, from t = 1 to t = 0.001. */
    public static final int STEPS = 200;

    /** The targets offered: mixtures whose modes a learner can count. */
    static final List<ToyDataset> DATASETS = List.of(ToyDataset.FIVE_MODES, ToyDataset.TWO_BLOBS,
            ToyDataset.EIGHT_GAUSSIANS);

    static final Param.Choice<SdeSettings, ToyDataset> DATASET = Param.choice("dataset", DATASETS, ToyDataset::id,
            SdeSettings::dataset, (s, v) -> new SdeSettings(v, s.process, s.seed, s.step));
    /** VP unless a link says otherwise, so every link written before VE existed keeps its meaning. */
    static final Param.Choice<SdeSettings, SdeProcess> PROCESS = Param.choice("process", List.of(SdeProcess.values()),
            SdeProcess::id, SdeSettings::process, (s, v) -> new SdeSettings(s.dataset, v, s.seed, s.step));
    static final Param.Seed<SdeSettings> SEED = Param.seed("seed", Integer.MAX_VALUE, SdeSettings::seed,
            (s, v) -> new SdeSettings(s.dataset, s.process, v, s.step));
    static final Param.Whole<SdeSettings> STEP = Param.whole("step", 0, STEPS, SdeSettings::step,
            (s, v) -> new SdeSettings(s.dataset, s.process, s.seed, v));

    static final SdeSettings DEFAULTS = new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VP, 1, 100);
    /** Link order: dataset, process, seed, step. */
    public static final ParamSet<SdeSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, PROCESS, SEED, STEP);

    /** The VP settings, as every link without {@code process} reads. */
    public SdeSettings(ToyDataset dataset, long seed, int step) {
        this(dataset, SdeProcess.VP, seed, step);
    }

    /** What a scene depends on: everything but the step. */
    public record SceneKey(ToyDataset dataset, SdeProcess process, long seed) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, process, seed);
    }
}
