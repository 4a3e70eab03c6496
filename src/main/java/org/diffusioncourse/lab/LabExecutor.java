package org.diffusioncourse.lab;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The worker threads of the sampler lab, so runs never hold a request thread. Two threads:
 * the machine this runs on has two cores, and a third run would only slow the others; further
 * runs wait in the queue (each learner has at most one run at a time, see {@link TaskPanel}).
 */
@Component
class LabExecutor implements DisposableBean {

    static final int THREADS = 2;

    private final ExecutorService pool;

    LabExecutor() {
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

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
