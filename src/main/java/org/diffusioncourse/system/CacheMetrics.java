package org.diffusioncourse.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.springframework.stereotype.Component;

/**
 * Exports the statistics of every {@link BoundedCache} on the site (hits, misses, evictions,
 * size), tagged {@code cache=NAME}, e.g. {@code /actuator/metrics/cache.gets?tag=cache:forward-noising-scenes}.
 */
@Component
class CacheMetrics implements MeterBinder {

    private final List<CacheOwner> owners;

    CacheMetrics(List<CacheOwner> owners) {
        this.owners = owners;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Set<String> names = new HashSet<>();
        for (CacheOwner owner : owners) {
            for (BoundedCache<?, ?> cache : owner.caches()) {
                if (!names.add(cache.name())) {
                    throw new IllegalStateException("two caches are named " + cache.name());
                }
                CaffeineCacheMetrics.monitor(registry, cache.caffeine(), cache.name());
            }
        }
    }
}
