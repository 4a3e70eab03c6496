package org.diffusioncourse.demo.fastsamplers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The fast-samplers demo's parameters as text (from a lesson directive or a URL): the target,
 * the evaluation budget, the seed of the shared starting noise and the number of particles. A
 * wrong value is reported and falls back to its default.
 */
public record FastSettings(String dataset, int nfe, long seed, int n) {

    static final FastSettings DEFAULTS = new FastSettings("five-modes", 9, 1, 400);
    static final Set<String> KEYS = Set.of("dataset", "nfe", "seed", "n");
    static final int MIN_POINTS = 50;
    static final int MAX_POINTS = 1000;
    static final List<String> BUDGETS = FastSamplerSweep.BUDGETS.stream().map(String::valueOf).toList();

    /** The settings read, and what was wrong on the way. */
    public record Reading(FastSettings settings, List<String> problems) implements SettingsDemo.Reading<FastSettings> {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, FastSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", ToyDataset.allIds(), defaults.dataset);
        int nfe = Integer.parseInt(text.oneOf("nfe", BUDGETS, Integer.toString(defaults.nfe)));
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, MIN_POINTS, MAX_POINTS);
        return new Reading(new FastSettings(dataset, nfe, seed, n), problems);
    }

    /** Index of the budget into {@link FastSamplerSweep#BUDGETS}. */
    public int budgetIndex() {
        return FastSamplerSweep.BUDGETS.indexOf(nfe);
    }

    public FastSettings withNfe(int budget) {
        return new FastSettings(dataset, budget, seed, n);
    }

    /** Whether two settings share their sampler runs (they may differ in the budget only). */
    public boolean sameSweep(FastSettings other) {
        return dataset.equals(other.dataset) && seed == other.seed && n == other.n;
    }

    /** The settings as URL query parameters, in a fixed order. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("nfe", Integer.toString(nfe));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
