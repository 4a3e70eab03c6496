package org.diffusioncourse.demo.catalog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.Supplier;
import org.diffusioncourse.demo.FigureTimer;
import org.diffusioncourse.demo.training.TrainingDemo;
import org.diffusioncourse.simulation.learn.ModelLibrary;

/**
 * The demos' share of the metrics:
 * <ul>
 *   <li>{@code course.demo.render{demo,figure}}: the time to draw a frame no cache held (a
 *       cached frame costs a lookup; the frames caches' hit rates are {@code cache.gets});</li>
 *   <li>{@code course.training.runs{state=training|waiting}}: live training runs learners started;</li>
 *   <li>{@code course.training.slots.used}: the model library's run slots taken, of
 *       {@link ModelLibrary#RUNS}, by those runs and by figure requests training a network.</li>
 * </ul>
 */
final class DemoMetrics implements FigureTimer, MeterBinder {

    /** Buckets for the render time's histogram, from a cheap redraw to a scene that trains a network. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    DemoMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T> T time(String demo, String figure, Supplier<T> draw) {
        return Timer.builder("course.demo.render")
                .description("Time to draw a demo figure frame that was not cached (scene, if not cached, and SVG)")
                .tag("demo", demo).tag("figure", figure)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(draw);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("course.training.runs", TrainingDemo::runsTraining).tag("state", "training")
                .description("Live training runs started from lesson pages, training now").register(registry);
        Gauge.builder("course.training.runs", TrainingDemo::runsWaiting).tag("state", "waiting")
                .description("Live training runs started from lesson pages, waiting for a free slot").register(registry);
        ModelLibrary library = ModelLibrary.shared();
        Gauge.builder("course.training.slots.used", library, ModelLibrary::runsInUse)
                .description("Training slots taken (at most " + ModelLibrary.RUNS + "), by page runs and figure requests")
                .register(registry);
    }
}
