package org.diffusioncourse.demo.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The consistency demo's parameters as text (from a lesson directive or a URL), read with a
 * message for every wrong value, which then falls back to its default.
 *
 * @param dataset a toy data set id
 * @param k       the grid time shown: t = k / 100, with k = 0 standing for the end time eps = 0.001
 * @param steps   Euler steps of the cheap map, one of {@link ConsistencyScene#STEP_CHOICES}
 * @param seed    the noise seed, &gt;= 0
 * @param n       the number of noise points
 */
public record ConsistencySettings(String dataset, int k, int steps, long seed, int n) {

    static final ConsistencySettings DEFAULTS = new ConsistencySettings("two-moons", 15, 4, 3, 200);
    static final Set<String> KEYS = Set.of("dataset", "t", "steps", "seed", "n");
    static final Set<String> SCENE_KEYS = Set.of("dataset", "seed", "n");

    /** The settings read, and what was wrong on the way. */
    public record Reading(ConsistencySettings settings, List<String> problems)
            implements SettingsDemo.Reading<ConsistencySettings> {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, ConsistencySettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", ToyDataset.allIds(), defaults.dataset);
        double t = text.number("t", defaults.k / (double) ConsistencyScene.GRID, 0, 1);
        int k = (int) Math.round(t * ConsistencyScene.GRID);
        if (Math.abs(t * ConsistencyScene.GRID - k) > 1e-9) {
            problems.add("t must be a multiple of 0.01 between 0 and 1, was " + TextParams.format(t));
            k = defaults.k;
        }
        int steps = (int) text.whole("steps", defaults.steps, 1, 64);
        if (!ConsistencyScene.offersSteps(steps)) {
            problems.add("steps must be one of 1, 2, 4, 8, 16, 32, 64, was " + steps);
            steps = defaults.steps;
        }
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, ConsistencyScene.MIN_POINTS, ConsistencyScene.MAX_POINTS);
        return new Reading(new ConsistencySettings(dataset, k, steps, seed, n), problems);
    }

    /** The time shown, t = k / 100 (eps = 0.001 for k = 0). */
    public double time() {
        return ConsistencyScene.time(k);
    }

    public ConsistencySettings withK(int newK) {
        return new ConsistencySettings(dataset, newK, steps, seed, n);
    }

    public ConsistencySettings withSteps(int newSteps) {
        return new ConsistencySettings(dataset, k, newSteps, seed, n);
    }

    /** Whether two settings show the same noise points and trajectories (t and steps may differ). */
    public boolean sameScene(ConsistencySettings other) {
        return dataset.equals(other.dataset) && seed == other.seed && n == other.n;
    }

    /** The settings as URL query parameters, in a fixed order; t with two decimals. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("t", String.format(Locale.ROOT, "%.2f", k / (double) ConsistencyScene.GRID));
        query.put("steps", Integer.toString(steps));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
