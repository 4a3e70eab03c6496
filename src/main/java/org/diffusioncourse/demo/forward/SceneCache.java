package org.diffusioncourse.demo.forward;

import org.diffusioncourse.demo.LruCache;
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

    private final LruCache<Key, ForwardScene> scenes = new LruCache<>(CAPACITY);

    private record Key(String dataset, String schedule, long seed, int n) {
    }

    public ForwardScene scene(ForwardSettings settings) {
        return scenes.get(new Key(settings.dataset(), settings.schedule(), settings.seed(), settings.n()),
                key -> ForwardScene.of(settings.params()));
    }
}
