package org.diffusioncourse.demo.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenes per dataset and schedule, and the most recently drawn frames (density grid and arrows
 * at one t), so scrubbing back over a step only draws. Bounded: at most {@value #FRAMES}
 * frames of about 35 KB each.
 */
final class FieldCache {

    static final int FRAMES = 160;

    private record SceneKey(String dataset, String schedule) {
    }

    private record FrameKey(String dataset, String schedule, int t) {
    }

    private final Map<SceneKey, ScoreFieldScene> scenes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<FrameKey, ScoreFieldScene.Frame> frames = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<FrameKey, ScoreFieldScene.Frame> eldest) {
                    return size() > FRAMES;
                }
            });

    ScoreFieldScene scene(ScoreSettings s) {
        return scenes.computeIfAbsent(new SceneKey(s.dataset(), s.schedule()),
                key -> ScoreFieldScene.of(key.dataset(), key.schedule()));
    }

    ScoreFieldScene.Frame frame(ScoreSettings s) {
        ScoreFieldScene scene = scene(s);
        return frames.computeIfAbsent(new FrameKey(s.dataset(), s.schedule(), s.t()), key -> scene.frame(key.t()));
    }
}
