package org.diffusioncourse.demo.score;

import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The score-field demo's settings: the target, the schedule (with T = {@value #STEPS}), the
 * step t shown and the probe point (px, py). A scene depends on the target and the schedule
 * ({@link SceneKey}); a drawn density grid also on t ({@link FieldKey}).
 */
public record ScoreSettings(ScoreTarget dataset, NoiseSchedule.Kind schedule, int t, double px, double py) {

    /** T, the number of steps of both schedules. */
    public static final int STEPS = 1000;

    static final Param.Choice<ScoreSettings, ScoreTarget> DATASET = Param.choice("dataset",
            List.of(ScoreTarget.values()), ScoreTarget::id, ScoreSettings::dataset,
            (s, v) -> new ScoreSettings(v, s.schedule, s.t, s.px, s.py));
    static final Param.Choice<ScoreSettings, NoiseSchedule.Kind> SCHEDULE = Param.choice("schedule",
            List.of(NoiseSchedule.Kind.values()), NoiseSchedule.Kind::id, ScoreSettings::schedule,
            (s, v) -> new ScoreSettings(s.dataset, v, s.t, s.px, s.py));
    static final Param.Whole<ScoreSettings> T = Param.whole("t", 0, STEPS, ScoreSettings::t,
            (s, v) -> new ScoreSettings(s.dataset, s.schedule, v, s.px, s.py));
    static final Param.Number<ScoreSettings> PX = Param.number("px", -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT,
            ScoreSettings::px, (s, v) -> new ScoreSettings(s.dataset, s.schedule, s.t, v, s.py));
    static final Param.Number<ScoreSettings> PY = Param.number("py", -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT,
            ScoreSettings::py, (s, v) -> new ScoreSettings(s.dataset, s.schedule, s.t, s.px, v));

    static final ScoreSettings DEFAULTS = new ScoreSettings(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR, 0, 3, 0);
    /** Link order: dataset, schedule, t, px, py. */
    public static final ParamSet<ScoreSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, SCHEDULE, T, PX, PY);

    /** What a scene depends on: the target and the schedule. */
    public record SceneKey(ScoreTarget dataset, NoiseSchedule.Kind schedule) {
    }

    /** What a drawn density grid and its arrows depend on: the scene and t, not the probe. */
    public record FieldKey(SceneKey scene, int t) {
    }

    public SceneKey sceneKey() {
        return new SceneKey(dataset, schedule);
    }

    public FieldKey fieldKey() {
        return new FieldKey(sceneKey(), t);
    }
}
