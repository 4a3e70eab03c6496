package org.diffusioncourse.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diffusioncourse.simulation.ForwardScene;
import org.springframework.stereotype.Component;

/**
 * Keeps the most recently used forward scenes, so moving the t slider only noises and draws
 * (a few milliseconds) while the data, the noise and the proxy curve are computed once per
 * dataset, schedule, seed and size. Bounded: at most {@value #CAPACITY} scenes of at most
 * 5000 points (about 0.2 MB each).
 */
@Component
public class SceneCache {

    static final int CAPACITY = 48;

    private final Map<Key, ForwardScene> scenes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ForwardScene> eldest) {
            return size() > CAPACITY;
        }
    };

    private record Key(String dataset, String schedule, long seed, int n) {
    }

    public ForwardScene scene(ForwardSettings settings) {
        Key key = new Key(settings.dataset(), settings.schedule(), settings.seed(), settings.n());
        synchronized (scenes) {
            ForwardScene cached = scenes.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ForwardScene scene = ForwardScene.of(settings.params());
        synchronized (scenes) {
            scenes.putIfAbsent(key, scene);
            return scenes.get(key);
        }
    }
}
