package org.diffusioncourse.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most recently used scenes of a demo, built on first use and then shared, so a slider
 * only indexes into what was computed once per setting. Bounded by a capacity, evicting the
 * least recently used; safe to share between sessions.
 *
 * @param <K> what identifies a scene (a record of the settings it depends on)
 * @param <V> the immutable scene
 */
public final class RecentScenes<K, V> {

    private final Function<K, V> build;
    private final Map<K, V> scenes;

    public RecentScenes(int capacity, Function<K, V> build) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.build = build;
        this.scenes = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The scene for {@code key}, built outside the lock if it is not cached. */
    public V get(K key) {
        synchronized (scenes) {
            V cached = scenes.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V scene = build.apply(key);
        synchronized (scenes) {
            scenes.putIfAbsent(key, scene);
            return scenes.get(key);
        }
    }
}
