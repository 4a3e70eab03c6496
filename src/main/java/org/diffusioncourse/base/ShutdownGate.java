package org.diffusioncourse.base;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether this instance still takes new heavy work. When the application is stopped (SIGTERM,
 * {@code close()}), this lifecycle stops first, before the web server starts its graceful
 * shutdown: from then on the heavy paths (API sampling runs, live training runs, sampler-lab
 * runs) refuse new work with {@link #MESSAGE}, while requests and runs already in progress
 * finish; and readiness turns to {@link ReadinessState#REFUSING_TRAFFIC}, so a load balancer
 * sends new learners elsewhere.
 */
@Component
public final class ShutdownGate implements SmartLifecycle {

    /** What a refused learner or client is told. */
    public static final String MESSAGE = "the server is shutting down; nothing new was started."
            + " Try again in a few seconds (another instance, or this one once restarted, will take it)";

    /** Seconds a refused API client is asked to wait (Retry-After). */
    public static final long RETRY_AFTER_SECONDS = 10;

    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile boolean closing;

    ShutdownGate(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A gate outside a Spring context (tests, benchmarks), open until {@link #close()}. */
    public static ShutdownGate standalone() {
        return new ShutdownGate(event -> { });
    }

    /** Whether new heavy work is refused: the instance is stopping. */
    public boolean closing() {
        return closing;
    }

    /**
     * Refuses new heavy work once the instance is stopping.
     *
     * @throws Closed with {@link #MESSAGE}, naming {@code what} was refused
     */
    public void admit(String what) {
        if (closing) {
            throw new Closed(what);
        }
    }

    /** Stops taking new heavy work and reports the instance as not ready. Idempotent. */
    public void close() {
        if (!closing) {
            closing = true;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    /**
     * Opens the gate. On the first start it is open already (Spring Boot reports the instance
     * ready once it has started); a context that was stopped and is started again (Spring's test
     * framework pauses cached contexts so) takes work again and reports itself ready again.
     */
    @Override
    public void start() {
        if (closing) {
            closing = false;
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        running = true;
    }

    @Override
    public void stop() {
        close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The highest phase stops first: before the web server's graceful shutdown waits for requests in progress. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Heavy work refused because the instance is stopping. */
    public static final class Closed extends RuntimeException {

        Closed(String what) {
            super(what + " was refused: " + MESSAGE, null, false, false);
        }
    }
}
