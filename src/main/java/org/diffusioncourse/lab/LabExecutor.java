package org.diffusioncourse.lab;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.diffusioncourse.base.ShutdownGate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The worker threads of the sampler lab, so runs never hold a request thread. Two threads:
 * the machine this runs on has two cores, and a third run would only slow the others; further
 * runs wait in the queue (each learner has at most one run at a time, see {@link TaskPanel}).
 * Once the instance is stopping ({@link ShutdownGate}) no new run is started. Its threads and
 * queue are in the metrics as {@code executor.*{name=sampler-lab}}.
 */
@Component
class LabExecutor implements DisposableBean, MeterBinder {

    static final int THREADS = 2;

    private final ExecutorService pool;
    private final ShutdownGate gate;

    LabExecutor(ShutdownGate gate) {
        this.gate = gate;
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "sampler-lab-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    /** Whether the instance is stopping, so that no new run should start. */
    boolean stopping() {
        return gate.closing();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // Only the gauges and counters of the pool: the executor itself stays unwrapped.
        new ExecutorServiceMetrics(pool, "sampler-lab", List.of()).bindTo(registry);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
