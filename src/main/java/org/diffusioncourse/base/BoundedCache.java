package org.diffusioncourse.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one cache every expensive result of the site goes through (a demo's scenes, a sweep, a
 * target's density contours): Caffeine, bounded by a number of entries or by a weight, keyed
 * by a record (compared with {@code equals}), thread-safe, computing each value once while
 * other callers of the same key wait. Statistics are recorded for the metrics
 * ({@code cache.gets}, {@code cache.evictions}, ... tagged with the cache's name).
 *
 * @param <K> the key: a record, an enum, a string or a number
 * @param <V> the cached value
 */
public final class BoundedCache<K, V> {

    private final String name;
    private final long bound;
    private final LoadingCache<K, V> cache;

    private BoundedCache(String name, long bound, Caffeine<Object, Object> builder, Function<K, V> build) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("name must be lower-case words joined by hyphens, was \"" + name + "\"");
        }
        this.name = name;
        this.bound = bound;
        this.cache = builder.recordStats().build(key -> build.apply(requireValueKey(key)));
    }

    /** At most {@code maximumEntries} values, the least useful evicted first. */
    public static <K, V> BoundedCache<K, V> of(String name, int maximumEntries, Function<K, V> build) {
        if (maximumEntries < 1) {
            throw new IllegalArgumentException("maximumEntries must be >= 1, was " + maximumEntries);
        }
        return new BoundedCache<>(name, maximumEntries, Caffeine.newBuilder().maximumSize(maximumEntries), build);
    }

    /**
     * Values of different sizes under one budget: at most {@code maximumWeight} in units of
     * {@code weigher} (for example kilobytes of arrays held).
     */
    public static <K, V> BoundedCache<K, V> weighed(String name, long maximumWeight, ToIntFunction<V> weigher,
            Function<K, V> build) {
        if (maximumWeight < 1) {
            throw new IllegalArgumentException("maximumWeight must be >= 1, was " + maximumWeight);
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumWeight(maximumWeight)
                .weigher((Object key, Object value) -> {
                    @SuppressWarnings("unchecked")
                    V typed = (V) value;
                    return Math.max(1, weigher.applyAsInt(typed));
                });
        return new BoundedCache<>(name, maximumWeight, builder, build);
    }

    /** The value for {@code key}, computed on a miss (once, however many ask at the same time). */
    public V get(K key) {
        return cache.get(key);
    }

    /** The cache's name in the metrics, e.g. {@code "forward-noising-scenes"}. */
    public String name() {
        return name;
    }

    /** The entry count or weight it is bounded by. */
    public long bound() {
        return bound;
    }

    /** The underlying Caffeine cache, for binding its statistics to the metrics. */
    public Cache<K, V> caffeine() {
        return cache;
    }

    /** Keys are values compared with equals: records, enums, strings or numbers, never lists of objects. */
    private static <K> K requireValueKey(K key) {
        if (!(key instanceof Record || key instanceof Enum<?> || key instanceof String || key instanceof Number)) {
            throw new IllegalArgumentException("cache keys must be records, enums, strings or numbers, was "
                    + key.getClass().getName());
        }
        return key;
    }
}
