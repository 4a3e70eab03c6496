package org.diffusioncourse.api;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.diffusioncourse.base.ShutdownGate;

/**
 * Admission control for the API's heavy work (sampling runs; training runs later): a fixed
 * number of worker threads and a queue of bounded length. A run that finds every worker busy and
 * the queue full is refused at once ({@link Full}, answered 503 with Retry-After) instead of
 * waiting without limit, and the request threads that serve the lesson pages (the figure URLs
 * at every slider step, the Vaadin UI) never enter this pool, so they never wait behind a run.
 *
 * <p>A request thread waits here for its run, so at most {@code workers + queue} request threads
 * wait at any time. The default of one worker leaves the second core of this project's machine
 * to the learners: two workers would take both cores and slow every slider frame.
 *
 * <p>Once the instance is stopping ({@link ShutdownGate}) a new run is refused at once
 * ({@link ShutdownGate.Closed}, also a 503 with Retry-After); runs admitted before finish.
 */
final class RunPool implements AutoCloseable {

    /** Assumed length of a run until one has been timed. */
    private static final long FIRST_GUESS_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long NOT_TIMED = -1;

    private final int workers;
    private final int queueLength;
    private final ExecutorService executor;
    private final ShutdownGate gate;
    /**
     * One permit per place, running or waiting. A run gives its place back on its worker before its
     * answer is handed over, so a client that sends its next run as soon as it has the answer
     * finds the place free. (With the executor's own bounded queue as the limit, the worker was
     * free a moment after the answer, and such a client was refused now and then.)
     */
    private final Semaphore places;
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    /** An exponentially weighted mean of the last runs' durations (weight 1/4 on the newest), for Retry-After. */
    private final AtomicLong meanRunNanos = new AtomicLong(NOT_TIMED);

    /**
     * @param workers     threads that run the work, at least 1 ({@code course.api.runs.workers})
     * @param queueLength runs that may wait for a worker, at least 0 ({@code course.api.runs.queue})
     * @param gate        refuses new runs once the instance is stopping
     */
    RunPool(int workers, int queueLength, ShutdownGate gate) {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("course.api.runs.workers must be between 1 and 256, was " + workers);
        }
        if (queueLength < 0 || queueLength > 10_000) {
            throw new IllegalArgumentException("course.api.runs.queue must be between 0 and 10000, was " + queueLength);
        }
        this.workers = workers;
        this.queueLength = queueLength;
        this.gate = gate;
        this.places = new Semaphore(workers + queueLength);
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "api-run-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on a worker, waiting for one in the queue if need be, and returns its
     * result; what {@code work} throws is thrown here.
     *
     * @throws Full when every worker is busy and the queue is full; nothing was run
     * @throws ShutdownGate.Closed when the instance is stopping; nothing was run
     */
    <T> T run(Callable<T> work) {
        gate.admit("the sampling run");
        if (!places.tryAcquire()) {
            throw new Full(workers, queueLength, retryAfterSeconds());
        }
        admitted.incrementAndGet();
        Future<T> future;
        try {
            future = executor.submit(() -> timed(work));
        } catch (RejectedExecutionException closed) {
            admitted.decrementAndGet();
            places.release();
            throw new IllegalStateException("the run pool is closed", closed);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            // Only on shutdown. The run is not cancelled: it ends within the compute budget and
            // gives its place back itself, so no place is ever lost.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private <T> T timed(Callable<T> work) throws Exception {
        running.incrementAndGet();
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            long took = System.nanoTime() - start;
            meanRunNanos.getAndUpdate(mean -> mean == NOT_TIMED ? took : mean + (took - mean) / 4);
            running.decrementAndGet();
            admitted.decrementAndGet();
            places.release();
        }
    }

    /**
     * When a refused run may find a place: the runs ahead of it (the queue, then one round of
     * the workers) at the mean duration of the last runs, in whole seconds, at least 1.
     */
    long retryAfterSeconds() {
        double rounds = (double) waiting() / workers + 1;
        long mean = meanRunNanos.get();
        return Math.max(1, (long) Math.ceil(rounds * (mean == NOT_TIMED ? FIRST_GUESS_NANOS : mean) / 1e9));
    }

    /** Runs on a worker now. */
    int running() {
        return running.get();
    }

    /** Runs admitted and waiting for a worker. */
    int waiting() {
        return Math.max(0, admitted.get() - running.get());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Every worker is busy and the queue is full: answered 503 with Retry-After by {@link ApiErrorHandler}. */
    static final class Full extends RuntimeException {

        private final long retryAfterSeconds;

        Full(int workers, int queueLength, long retryAfterSeconds) {
            super("the server is busy: " + plural(workers, "run") + " running and " + plural(queueLength, "run")
                    + " waiting, the most it takes; nothing was run, try again in " + retryAfterSeconds + " s", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        private static String plural(int count, String what) {
            return count + " " + what + (count == 1 ? " is" : "s are");
        }
    }
}
