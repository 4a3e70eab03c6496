package org.diffusioncourse.demo.forward;

import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The forward-noising demo's settings: the data set, the schedule (with T = {@value #STEPS}),
 * the step t shown, the seed and the number of points. Everything a scene depends on but t
 * is its {@link SceneKey}.
 */
public record ForwardSettings(ToyDataset dataset, NoiseSchedule.Kind schedule, int t, long seed, int n) {

    /** T, the number of steps of every schedule the demo offers. */
    public static final int STEPS = 1000;
    /** Fewest points: below this the proxy threshold is too loose to mean anything. */
    public static final int MIN_POINTS = 10;
    /** Most points: keeps one scene under 60 ms to build and one frame under 60 KB. */
    public static final int MAX_POINTS = 5000;

    /** The data sets the demo offers (the first three of {@link ToyDataset}). */
    static final List<ToyDataset> DATASETS = ToyDataset.ids().stream().map(ToyDataset::byId).toList();

    static final Param.Choice<ForwardSettings, ToyDataset> DATASET = Param.choice("dataset", DATASETS, ToyDataset::id,
            ForwardSettings::dataset, (s, v) -> new ForwardSettings(v, s.schedule, s.t, s.seed, s.n));
    static final Param.Choice<ForwardSettings, NoiseSchedule.Kind> SCHEDULE = Param.choice("schedule",
            List.of(NoiseSchedule.Kind.values()), NoiseSchedule.Kind::id, ForwardSettings::schedule,
            (s, v) -> new ForwardSettings(s.dataset, v, s.t, s.seed, s.n));
    static final Param.Whole<ForwardSettings> T = Param.whole("t", 0, STEPS, ForwardSettings::t,
            (s, v) -> new ForwardSettings(s.dataset, s.schedule, v, s.seed, s.n));
    static final Param.Seed<ForwardSettings> SEED = Param.seed("seed", Long.MAX_VALUE, ForwardSettings::seed,
            (s, v) -> new ForwardSettings(s.dataset, s.schedule, s.t, v, s.n));
    static final Param.Whole<ForwardSettings> N = Param.whole("n", MIN_POINTS, MAX_POINTS, ForwardSettings::n,
            (s, v) -> new ForwardSettings(s.dataset, s.schedule, s.t, s.seed, v));

    static final ForwardSettings DEFAULTS = new ForwardSettings(ToyDataset.TWO_MOONS, NoiseSchedule.Kind.LINEAR, 250, 3, 2000);
    /** Link order: dataset, schedule, t, seed, n. */
    public static final ParamSet<ForwardSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, SCHEDULE, T, SEED, N);

    /** What a scene depends on: everything but t. */
    public record SceneKey(ToyDataset dataset, NoiseSchedule.Kind schedule, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, schedule, seed, n);
    }

    /** The schedule with T = {@link #STEPS}. */
    public NoiseSchedule noiseSchedule() {
        return schedule.schedule(STEPS);
    }
}
