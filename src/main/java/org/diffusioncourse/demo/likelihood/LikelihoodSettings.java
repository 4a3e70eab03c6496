package org.diffusioncourse.demo.likelihood;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;

/**
 * The likelihood demo's parameters as text: the fitting step {@code k}, the {@code seed} and
 * the number of data points {@code n}. A wrong value falls back to its default.
 */
public record LikelihoodSettings(int k, long seed, int n) {

    public static final int MIN_POINTS = 20;
    public static final int MAX_POINTS = 5000;
    static final LikelihoodSettings DEFAULTS = new LikelihoodSettings(0, 3, 500);
    static final Set<String> KEYS = Set.of("k", "seed", "n");

    /** The settings read, and what was wrong on the way. */
    public record Reading(LikelihoodSettings settings, List<String> problems)
            implements SettingsDemo.Reading<LikelihoodSettings> {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, LikelihoodSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        int k = (int) text.whole("k", defaults.k, 0, LikelihoodFit.ITERATIONS);
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, MIN_POINTS, MAX_POINTS);
        return new Reading(new LikelihoodSettings(k, seed, n), problems);
    }

    public LikelihoodSettings withK(int newK) {
        return new LikelihoodSettings(newK, seed, n);
    }

    /** Whether two settings fit the same data (they may differ in k only). */
    public boolean sameData(LikelihoodSettings other) {
        return seed == other.seed && n == other.n;
    }

    /** The settings as URL query parameters, in a fixed order. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("k", Integer.toString(k));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
