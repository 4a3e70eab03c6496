package org.diffusioncourse.demo.langevin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;

/**
 * The Langevin demo's parameters as text, read with a message for every wrong value; a wrong
 * value falls back to its default. Step sizes come from a fixed list so a link always names a
 * value the step-size menu can show.
 */
record LangevinSettings(String eta, String annealed, String start, int k, long seed, int n) {

    static final List<String> ETAS = List.of("0.001", "0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.15", "0.2");
    static final List<String> SWITCH = List.of("off", "on");
    static final List<String> STARTS = List.of("corner", "spread");
    static final LangevinSettings DEFAULTS = new LangevinSettings("0.002", "off", "corner", 100, 3, 50);
    static final Set<String> KEYS = Set.of("eta", "annealed", "start", "k", "seed", "n");
    static final Set<String> STORYBOARD_KEYS = Set.of("eta", "start", "seed", "n");

    record Reading(LangevinSettings settings, List<String> problems) implements SettingsDemo.Reading<LangevinSettings> {
    }

    /** What a scene depends on: everything but k. */
    record Scene(String eta, String annealed, String start, long seed, int n) {

        LangevinScene build() {
            return LangevinScene.of(Double.parseDouble(eta), annealed.equals("on"),
                    LangevinScene.Start.valueOf(start.toUpperCase(Locale.ROOT)), seed, n);
        }
    }

    static Reading read(Map<String, String> raw, LangevinSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String eta = text.oneOf("eta", ETAS, defaults.eta);
        String annealed = text.oneOf("annealed", SWITCH, defaults.annealed);
        String start = text.oneOf("start", STARTS, defaults.start);
        int k = (int) text.whole("k", defaults.k, 0, LangevinScene.ITERATIONS);
        long seed = text.whole("seed", defaults.seed, 0, Long.MAX_VALUE);
        int n = (int) text.whole("n", defaults.n, LangevinScene.MIN_PARTICLES, LangevinScene.MAX_PARTICLES);
        return new Reading(new LangevinSettings(eta, annealed, start, k, seed, n), problems);
    }

    Scene scene() {
        return new Scene(eta, annealed, start, seed, n);
    }

    LangevinSettings withK(int iteration) {
        return new LangevinSettings(eta, annealed, start, iteration, seed, n);
    }

    LangevinSettings with(String key, String value) {
        return read(Map.of(key, value), this).settings();
    }

    Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("eta", eta);
        query.put("annealed", annealed);
        query.put("start", start);
        query.put("k", Integer.toString(k));
        query.put("seed", Long.toString(seed));
        query.put("n", Integer.toString(n));
        return query;
    }
}
