package org.diffusioncourse.demo.landscape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The consistency demo's settings. Everything a scene depends on but t and the step count is
 * its {@link SceneKey}.
 *
 * @param dataset the target
 * @param k       the grid time shown: t = k / 100, with k = 0 standing for the end time eps = 0.001;
 *                written in links as t with two decimals
 * @param steps   Euler steps of the cheap map, one of {@link ConsistencyScene#STEP_CHOICES}
 * @param seed    the noise seed, &gt;= 0
 * @param n       the number of noise points
 */
public record ConsistencySettings(ToyDataset dataset, int k, int steps, long seed, int n) {

    /** The grid times k = 0 .. 100, in slider order. */
    static final List<Integer> GRID_TIMES = IntStream.rangeClosed(0, ConsistencyScene.GRID).boxed().toList();

    static final Param.Choice<ConsistencySettings, ToyDataset> DATASET = Param.choice("dataset",
            List.of(ToyDataset.values()), ToyDataset::id, ConsistencySettings::dataset,
            (s, v) -> new ConsistencySettings(v, s.k, s.steps, s.seed, s.n));
    static final Param.Choice<ConsistencySettings, Integer> T = Param.choice("t", GRID_TIMES,
            k -> String.format(Locale.ROOT, "%.2f", k / (double) ConsistencyScene.GRID),
            Param.multipleOf("t", 1.0 / ConsistencyScene.GRID, 0, 1, GRID_TIMES::get), ConsistencySettings::k,
            (s, v) -> new ConsistencySettings(s.dataset, v, s.steps, s.seed, s.n));
    static final Param.Choice<ConsistencySettings, Integer> STEPS = Param.choice("steps",
            ConsistencyScene.stepChoices(), String::valueOf, ConsistencySettings::readSteps, ConsistencySettings::steps,
            (s, v) -> new ConsistencySettings(s.dataset, s.k, v, s.seed, s.n));
    static final Param.Seed<ConsistencySettings> SEED = Param.seed("seed", Long.MAX_VALUE, ConsistencySettings::seed,
            (s, v) -> new ConsistencySettings(s.dataset, s.k, s.steps, v, s.n));
    static final Param.Whole<ConsistencySettings> N = Param.whole("n", ConsistencyScene.MIN_POINTS,
            ConsistencyScene.MAX_POINTS, ConsistencySettings::n,
            (s, v) -> new ConsistencySettings(s.dataset, s.k, s.steps, s.seed, v));

    static final ConsistencySettings DEFAULTS = new ConsistencySettings(ToyDataset.TWO_MOONS, 15, 4, 3, 200);
    /** Link order: dataset, t, steps, seed, n. */
    public static final ParamSet<ConsistencySettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, T, STEPS, SEED, N);

    /** What a scene depends on: the noise points and their trajectories. */
    public record SceneKey(ToyDataset dataset, long seed, int n) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, seed, n);
    }

    /** The time shown, t = k / 100 (eps = 0.001 for k = 0). */
    public double time() {
        return ConsistencyScene.time(k);
    }

    /** A whole number of steps from 1 to 64, then one of the offered counts. */
    private static Integer readSteps(String text, Integer fallback, List<String> problems) {
        int before = problems.size();
        int steps = (int) new TextParams(Map.of("steps", text), problems).whole("steps", fallback, 1, 64);
        if (problems.size() == before && !ConsistencyScene.offersSteps(steps)) {
            problems.add("steps must be one of 1, 2, 4, 8, 16, 32, 64, was " + steps);
            return fallback;
        }
        return steps;
    }
}
