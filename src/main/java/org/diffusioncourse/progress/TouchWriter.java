package org.diffusioncourse.progress;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes where learners are, throttled and off the request thread. A slider step tells it the
 * new state on every move; it only notes the state in memory (no I/O, a short lock) and one
 * background thread writes the newest state per learner at most once every {@link #QUIET_MS}
 * ms: the first touch after a quiet spell at once, later ones when the spell ends. So a learner
 * scrubbing for a minute costs about twenty small updates, none of them in the slider's path.
 *
 * <p>Both maps hold only learners who touched something in the last {@link #QUIET_MS} ms.
 */
@Component
class TouchWriter {

    /** The least time between two writes of one learner's row. */
    static final long QUIET_MS = 3000;

    private static final Logger log = LoggerFactory.getLogger(TouchWriter.class);

    private final ProgressRepository rows;
    private final Clock clock;
    /** How long shutdown waits for the write in progress. */
    static final long CLOSE_WAIT_MS = 5000;

    private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "progress-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** Learners whose newest state is waiting for its write (a write is scheduled for each). */
    private final Map<Long, Touch> waiting = new HashMap<>();
    /** Learners written lately: no write for them before this {@code System.nanoTime()}. */
    private final Map<Long, Long> quietUntil = new HashMap<>();

    private record Touch(String lessonId, String demoQuery) {
    }

    TouchWriter(ProgressRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Notes that {@code owner} is at {@code lessonId} with {@code demoQuery}; returns at once. */
    void touched(long owner, String lessonId, String demoQuery) {
        long delayNanos;
        synchronized (this) {
            if (waiting.put(owner, new Touch(lessonId, demoQuery)) != null) {
                return;
            }
            Long until = quietUntil.get(owner);
            delayNanos = until == null ? 0 : Math.max(0, until - System.nanoTime());
        }
        try {
            writer.schedule(() -> write(owner), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // A touch that arrives while the site shuts down is written at once, on the caller's thread.
            write(owner);
        }
    }

    private void write(long owner) {
        Touch touch;
        synchronized (this) {
            touch = waiting.remove(owner);
            quietUntil.put(owner, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_MS));
        }
        if (touch == null) {
            return;
        }
        save(owner, touch);
        if (!writer.isShutdown()) {
            writer.schedule(() -> forget(owner), QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void forget(long owner) {
        Long until = quietUntil.get(owner);
        if (until != null && until - System.nanoTime() <= 0) {
            quietUntil.remove(owner);
        }
    }

    /** Waits until every state noted before this call is written (for tests and shutdown). */
    void flush() {
        try {
            while (true) {
                synchronized (this) {
                    if (waiting.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            writer.submit(() -> { }).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Writes what is waiting before the database goes away (this runs after the web server's
     * graceful shutdown, so no request adds more). The write in progress on the writer thread
     * is let finish, not interrupted (an interrupted JDBC call loses its row); the delayed writes
     * are cancelled and their states written here instead, newest per learner, after it.
     */
    @PreDestroy
    void close() {
        Map<Long, Touch> left;
        synchronized (this) {
            left = new HashMap<>(waiting);
            waiting.clear();
        }
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                log.warn("A progress write was still running {} ms into shutdown", CLOSE_WAIT_MS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        left.forEach(this::save);
        if (!left.isEmpty()) {
            log.info("Wrote where {} learners are before shutting down", left.size());
        }
    }

    private void save(long owner, Touch touch) {
        try {
            rows.save(owner, touch.lessonId(), touch.demoQuery(), clock.instant());
        } catch (RuntimeException failed) {
            // Where a learner was is a convenience: a failed write is logged and the next touch tries again.
            log.warn("Could not record where learner {} is", owner, failed);
        }
    }
}
