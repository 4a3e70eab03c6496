package org.diffusioncourse.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small thread-safe cache that keeps the most recently used values, for demos whose
 * expensive part (scenes, sampler runs, sweeps) depends on a few settings while the slider only
 * picks from what was computed. Bounded by a capacity, evicting the least recently used; safe to
 * share between sessions. The value is computed outside the lock, so two requests for a new key
 * may both compute it; the first one stored wins.
 */
public final class LruCache<K, V> {

    private final Map<K, V> values;
    private final Function<K, V> build;

    /** A cache whose values are built by {@code build}, for {@link #get(Object)}. */
    public LruCache(int capacity, Function<K, V> build) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        values = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
        this.build = build;
    }

    /** A cache whose callers say how to compute each value, with {@link #get(Object, Function)}. */
    public LruCache(int capacity) {
        this(capacity, key -> {
            throw new IllegalStateException("this cache has no builder; use get(key, compute)");
        });
    }

    /** The cached value for {@code key}, built by the cache's builder if absent. */
    public V get(K key) {
        return get(key, build);
    }

    /** The cached value for {@code key}, computing and storing it first if absent. */
    public V get(K key, Function<K, V> compute) {
        synchronized (values) {
            V cached = values.get(key);
            if (cached != null) {
                return cached;
            }
        }
        V fresh = compute.apply(key);
        synchronized (values) {
            values.putIfAbsent(key, fresh);
            return values.get(key);
        }
    }
}
