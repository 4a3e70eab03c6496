package org.diffusioncourse.demo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;

/**
 * The evaluation demo's settings: the target, the failure mode, its severity level
 * (0 healthy .. {@value FailureMode#LEVELS} - 1) and the seed. Everything a scene depends on but
 * the severity is its {@link SceneKey}; the sample count is fixed at {@value #SAMPLES}.
 */
public record EvaluationSettings(ToyDataset dataset, FailureMode failure, int severity, long seed) {

    /** Samples per level, and as many exact draws: keeps a scene well under a second. */
    public static final int SAMPLES = 500;

    /** The data sets with at least two classes, so that every failure mode, over-guidance too, runs on each. */
    static final List<ToyDataset> DATASETS = Arrays.stream(ToyDataset.values())
            .filter(d -> d.labelled().classCount() > 1).toList();

    static final Param.Choice<EvaluationSettings, ToyDataset> DATASET = Param.choice("dataset", DATASETS, ToyDataset::id,
            EvaluationSettings::dataset, (s, v) -> new EvaluationSettings(v, s.failure, s.severity, s.seed));
    static final Param.Choice<EvaluationSettings, FailureMode> FAILURE = Param.choice("failure",
            List.of(FailureMode.values()), FailureMode::id, EvaluationSettings::failure,
            (s, v) -> new EvaluationSettings(s.dataset, v, s.severity, s.seed));
    static final Param.Whole<EvaluationSettings> SEVERITY = Param.whole("severity", 0, FailureMode.LEVELS - 1,
            EvaluationSettings::severity, (s, v) -> new EvaluationSettings(s.dataset, s.failure, v, s.seed));
    static final Param.Seed<EvaluationSettings> SEED = Param.seed("seed", Long.MAX_VALUE, EvaluationSettings::seed,
            (s, v) -> new EvaluationSettings(s.dataset, s.failure, s.severity, v));

    static final EvaluationSettings DEFAULTS = new EvaluationSettings(ToyDataset.TWO_MOONS, FailureMode.FEW_STEPS, 3, 1);
    /** Link order: dataset, failure, severity, seed. */
    public static final ParamSet<EvaluationSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, FAILURE, SEVERITY, SEED);

    /** What a scene depends on: everything but the severity. */
    public record SceneKey(ToyDataset dataset, FailureMode failure, long seed) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, failure, seed);
    }
}
