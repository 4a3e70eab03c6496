package org.diffusioncourse.demo.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The guidance demo's parameters as text: a labelled target, the class y, the guidance weight w,
 * the seed and the number of samples. A wrong value is reported and falls back to its default.
 */
public record GuidanceSettings(String dataset, int y, double w, long seed, int n) {

    static final GuidanceSettings DEFAULTS = new GuidanceSettings("two-moons", 0, 3.0, 1, 500);
    static final Set<String> KEYS = Set.of("dataset", "y", "w", "seed", "n");
    /** The data sets with at least two classes. */
    static final List<String> DATASETS = ToyDataset.allIds().stream()
            .filter(id -> ToyDataset.byId(id).labelled().classCount() > 1).toList();
    static final List<String> WEIGHTS = GuidanceSweep.WEIGHTS.stream().map(TextParams::format).toList();
    static final int MIN_POINTS = 50;
    static final int MAX_POINTS = 1000;

    /** The settings read, and what was wrong on the way. */
    public record Reading(GuidanceSettings settings, List<String> problems)
            implements SettingsDemo.Reading<GuidanceSettings> {
    }

    /** Reads {@code raw} over {@code defaults}; a class that the data set lacks falls back to 0. */
    public static Reading read(Map<String, String> raw, GuidanceSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", DATASETS, defaults.dataset);
        int classes = ToyDataset.byId(dataset).labelled().classCount();
        int y = (int) text.whole("y", Math.min(defaults.y, classes - 1), 0, classes - 1);
        double w = Double.parseDouble(text.oneOf("w", WEIGHTS, TextParams.format(defaults.w)));
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, MIN_POINTS, MAX_POINTS);
        return new Reading(new GuidanceSettings(dataset, y, w, seed, n), problems);
    }

    /** Index of w into {@link GuidanceSweep#WEIGHTS}. */
    public int weightIndex() {
        return GuidanceSweep.WEIGHTS.indexOf(w);
    }

    public GuidanceSettings withW(double weight) {
        return new GuidanceSettings(dataset, y, weight, seed, n);
    }

    /** Whether two settings share their sampler runs (they may differ in w only). */
    public boolean sameSweep(GuidanceSettings other) {
        return dataset.equals(other.dataset) && y == other.y && seed == other.seed && n == other.n;
    }

    /** The settings as URL query parameters, in a fixed order. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("y", Integer.toString(y));
        query.put("w", TextParams.format(w));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
