package org.diffusioncourse.demo.ddpm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The DDPM demo's parameters as text (from a directive, a practice answer or a URL), read with
 * a message for every wrong value; a wrong value falls back to its default.
 */
record DdpmSettings(String dataset, int t, long seed, int n) {

    static final DdpmSettings DEFAULTS = new DdpmSettings("two-moons", 30, 3, 500);
    static final Set<String> KEYS = Set.of("dataset", "t", "seed", "n");
    static final Set<String> STORYBOARD_KEYS = Set.of("dataset", "seed", "n");

    record Reading(DdpmSettings settings, List<String> problems) implements SettingsDemo.Reading<DdpmSettings> {
    }

    /** The scene a setting shows; t is not part of it. */
    record Scene(String dataset, long seed, int n) {
    }

    static Reading read(Map<String, String> raw, DdpmSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", ToyDataset.allIds(), defaults.dataset);
        int t = (int) text.whole("t", defaults.t, 0, DdpmScene.STEPS);
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, DdpmScene.MIN_POINTS, DdpmScene.MAX_POINTS);
        return new Reading(new DdpmSettings(dataset, t, seed, n), problems);
    }

    Scene scene() {
        return new Scene(dataset, seed, n);
    }

    DdpmSettings withT(int step) {
        return new DdpmSettings(dataset, step, seed, n);
    }

    Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("t", Integer.toString(t));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
