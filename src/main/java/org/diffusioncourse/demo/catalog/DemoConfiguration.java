package org.diffusioncourse.demo.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one demo catalog, shared by every page, the practice answers and the figure
 * URLs; once the site has started, a background thread draws every demo's default state
 * ({@link DemoCatalog#warmUp}), so the first learner on each lesson, the training lesson above
 * all, finds its figures drawn. Every frame drawn is timed ({@link DemoMetrics}). {@code course.demos.warm-up=false} turns that off (the test JVMs
 * do, to keep their cores for the tests).
 */
@Configuration
class DemoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoMetrics demoMetrics(MeterRegistry registry) {
        return new DemoMetrics(registry);
    }

    @Bean
    DemoCatalog demoCatalog(DemoMetrics metrics) {
        return new DemoCatalog(Demos.all(), metrics);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoWarmUp(DemoCatalog catalog,
            @Value("${course.demos.warm-up:true}") boolean enabled) {
        return event -> {
            if (!enabled) {
                return;
            }
            Thread thread = new Thread(() -> {
                long start = System.nanoTime();
                List<String> failed = catalog.warmUp();
                failed.forEach(f -> LOG.warn("Could not draw a demo's default state ahead: {}", f));
                LOG.info("Drew every demo's default state ahead in {} ms", (System.nanoTime() - start) / 1_000_000);
            }, "demo-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        };
    }
}
