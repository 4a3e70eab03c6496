package org.diffusioncourse.demo.likelihood;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used likelihood scenes: a fit (41 quadratures of 401 points) and its data
 * are computed once per seed and size, so the step slider only draws. Bounded: at most
 * {@value #CAPACITY} scenes of at most 5000 points (about 40 KB each).
 */
final class FitCache {

    static final int CAPACITY = 32;

    private record Key(long seed, int n) {
    }

    private final Map<Key, LikelihoodScene> scenes = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, LikelihoodScene> eldest) {
                    return size() > CAPACITY;
                }
            });

    LikelihoodScene scene(LikelihoodSettings settings) {
        return scenes.computeIfAbsent(new Key(settings.seed(), settings.n()),
                key -> LikelihoodScene.of(key.seed(), key.n()));
    }
}
