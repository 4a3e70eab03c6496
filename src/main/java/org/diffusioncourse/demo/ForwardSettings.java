package org.diffusioncourse.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.simulation.ForwardDemoParams;
import org.diffusioncourse.simulation.NoiseSchedule;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The forward-noising demo's parameters as text (from a lesson directive or a URL), read
 * with a message for every value that is wrong. A wrong value falls back to its default so
 * the page still shows a figure next to the message.
 */
public record ForwardSettings(String dataset, String schedule, int t, long seed, int n) {

    static final ForwardSettings DEFAULTS = new ForwardSettings("two-moons", "linear", 250, 3, 2000);
    static final Set<String> KEYS = Set.of("dataset", "schedule", "t", "seed", "n");

    /** The settings read, and what was wrong on the way. */
    public record Reading(ForwardSettings settings, List<String> problems) {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, ForwardSettings defaults) {
        List<String> problems = new ArrayList<>();
        String dataset = oneOf(raw, "dataset", ToyDataset.ids(), defaults.dataset, problems);
        String schedule = oneOf(raw, "schedule", NoiseSchedule.names(), defaults.schedule, problems);
        int t = (int) whole(raw, "t", defaults.t, 0, ForwardDemoParams.STEPS, problems);
        long seed = whole(raw, "seed", defaults.seed, 0, Long.MAX_VALUE, problems);
        int n = (int) whole(raw, "n", defaults.n, ForwardDemoParams.MIN_POINTS, ForwardDemoParams.MAX_POINTS, problems);
        return new Reading(new ForwardSettings(dataset, schedule, t, seed, n), problems);
    }

    private static String oneOf(Map<String, String> raw, String key, List<String> allowed, String fallback,
                                List<String> problems) {
        if (!raw.containsKey(key)) {
            return fallback;
        }
        String value = raw.get(key).strip();
        if (allowed.contains(value)) {
            return value;
        }
        problems.add(key + " must be one of " + String.join(", ", allowed) + "; was \"" + shorten(value) + "\"");
        return fallback;
    }

    private static long whole(Map<String, String> raw, String key, long fallback, long min, long max,
                              List<String> problems) {
        if (!raw.containsKey(key)) {
            return fallback;
        }
        String text = raw.get(key).strip();
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
            problems.add(key + " must be between " + min + " and " + max + ", was " + value);
        } catch (NumberFormatException e) {
            problems.add(key + " must be a whole number between " + min + " and " + max + ", was \""
                    + shorten(text) + "\"");
        }
        return fallback;
    }

    /** Keeps a hostile or huge value from flooding the page; the text is shown escaped. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public ForwardDemoParams params() {
        return ForwardDemoParams.of(dataset, schedule, t, seed, n);
    }

    public ForwardSettings withT(int newT) {
        return new ForwardSettings(dataset, schedule, newT, seed, n);
    }

    /** Whether two settings show the same cloud (they may differ in t only). */
    public boolean sameScene(ForwardSettings other) {
        return dataset.equals(other.dataset) && schedule.equals(other.schedule) && seed == other.seed && n == other.n;
    }

    /** The settings as URL query parameters, in a fixed order. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("schedule", schedule);
        query.put("t", Integer.toString(t));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
