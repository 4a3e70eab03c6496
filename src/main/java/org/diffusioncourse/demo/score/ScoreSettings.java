package org.diffusioncourse.demo.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The score-field demo's parameters as text: {@code dataset}, {@code schedule}, the step
 * {@code t} and the probe point ({@code px}, {@code py}). A wrong value falls back to its default.
 */
public record ScoreSettings(String dataset, String schedule, int t, double px, double py) {

    static final int STEPS = 1000;
    static final ScoreSettings DEFAULTS = new ScoreSettings(ScoreTargets.TWO_MODES, "linear", 0, 3, 0);
    static final Set<String> KEYS = Set.of("dataset", "schedule", "t", "px", "py");

    /** The settings read, and what was wrong on the way. */
    public record Reading(ScoreSettings settings, List<String> problems)
            implements SettingsDemo.Reading<ScoreSettings> {
    }

    /** Reads {@code raw} over {@code defaults}; keys not given keep their default. */
    public static Reading read(Map<String, String> raw, ScoreSettings defaults) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(raw, problems);
        String dataset = text.oneOf("dataset", ScoreTargets.ids(), defaults.dataset);
        String schedule = text.oneOf("schedule", NoiseSchedule.names(), defaults.schedule);
        int t = (int) text.whole("t", defaults.t, 0, STEPS);
        double px = text.number("px", defaults.px, -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT);
        double py = text.number("py", defaults.py, -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT);
        return new Reading(new ScoreSettings(dataset, schedule, t, px, py), problems);
    }

    public ScoreSettings withT(int newT) {
        return new ScoreSettings(dataset, schedule, newT, px, py);
    }

    /** Whether two settings ask the same prediction question (they may differ in t only). */
    public boolean sameQuestion(ScoreSettings other) {
        return dataset.equals(other.dataset) && schedule.equals(other.schedule) && px == other.px && py == other.py;
    }

    /** The settings as URL query parameters, in a fixed order. */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dataset", dataset);
        query.put("schedule", schedule);
        query.put("t", Integer.toString(t));
        query.put("px", TextParams.format(px));
        query.put("py", TextParams.format(py));
        return query;
    }
}
