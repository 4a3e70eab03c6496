package org.diffusioncourse.demo.coupled;

import java.util.function.Supplier;
import org.diffusioncourse.demo.LruCache;

/**
 * The most recently used coupled scenes of one demo, by a key that names every setting the
 * runs depend on. Bounded: a scene of two runs of 600 particles over 200 steps holds about 2 MB
 * of positions, plus about 3 MB of p_t contours once every step has been shown (measured on
 * eight Gaussians), so {@value #CAPACITY} scenes stay under about 40 MB per demo.
 */
public final class CoupledSceneCache {

    static final int CAPACITY = 8;

    private final LruCache<Object, CoupledScene> scenes = new LruCache<>(CAPACITY);

    /** The scene for {@code key}, built by {@code build} on a miss (outside the lock). */
    public CoupledScene scene(Object key, Supplier<CoupledScene> build) {
        return scenes.get(key, k -> build.get());
    }
}
