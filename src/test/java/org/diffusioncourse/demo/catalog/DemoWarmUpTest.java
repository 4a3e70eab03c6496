package org.diffusioncourse.demo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Map;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.demo.LessonDemo;
import org.junit.jupiter.api.Test;

/**
 * After the warm-up every demo's default figures are in its caches: the first learner on a
 * lesson (the training lesson, whose default state samples two fields and measures copying,
 * above all) is served from the cache, not made to wait for the computation.
 */
class DemoWarmUpTest {

    @Test
    void everyDefaultFigureIsACacheHitAfterTheWarmUp() {
        DemoCatalog catalog = new DemoCatalog();
        assertThat(catalog.warmUp()).as("demos that failed to draw their default state").isEmpty();
        for (String id : catalog.demoIds()) {
            LessonDemo demo = catalog.demo(id).orElseThrow();
            long misses = misses(demo);
            for (String figure : demo.figureNames()) {
                assertThat(demo.figure(figure, Map.of())).as(id + " " + figure).startsWith("<svg");
            }
            assertThat(misses(demo)).as("cache misses of %s's default figures after the warm-up", id).isEqualTo(misses);
        }
    }

    private static long misses(LessonDemo demo) {
        return demo.caches().stream().map(BoundedCache::caffeine).map(c -> c.stats()).mapToLong(CacheStats::missCount).sum();
    }
}
