package org.diffusioncourse.demo.forward;

import org.diffusioncourse.demo.SettingsDemo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.simulation.process.NoiseSchedule;
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
    public record Reading(ForwardSettings settings, List<String> problems)
            implements SettingsDemo.Reading<ForwardSettings> {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, ForwardSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", ToyDataset.ids(), defaults.dataset);
        String schedule = text.oneOf("schedule", NoiseSchedule.names(), defaults.schedule);
        int t = (int) text.whole("t", defaults.t, 0, ForwardDemoParams.STEPS);
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, ForwardDemoParams.MIN_POINTS, ForwardDemoParams.MAX_POINTS);
        return new Reading(new ForwardSettings(dataset, schedule, t, seed, n), problems);
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
