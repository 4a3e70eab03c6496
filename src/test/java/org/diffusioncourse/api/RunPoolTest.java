package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diffusioncourse.base.ShutdownGate;
import org.junit.jupiter.api.Test;

/** The pool on its own: its settings, what a run throws, a pool with no queue, and a stopping instance. */
class RunPoolTest {

    @Test
    void settingsOutsideTheirRangeAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new RunPool(0, 4, ShutdownGate.standalone())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("course.api.runs.workers must be between 1 and 256, was 0");
        assertThatThrownBy(() -> new RunPool(1, -1, ShutdownGate.standalone())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("course.api.runs.queue must be between 0 and 10000, was -1");
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        try (RunPool pool = new RunPool(1, 0, ShutdownGate.standalone())) {
            assertThat(pool.run(() -> 42)).isEqualTo(42);
            assertThatThrownBy(() -> pool.run(() -> {
                throw new InvalidChoice("steps", "diverged", java.util.List.of());
            })).isInstanceOf(InvalidChoice.class).hasMessage("diverged");
        }
    }

    @Test
    void withNoQueueASecondRunIsRefusedWhileTheFirstRunsAndAcceptedAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (RunPool pool = new RunPool(1, 0, ShutdownGate.standalone())) {
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pool.run(() -> {
                release.await();
                return "first";
            }), caller);
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.running() == 1);
            assertThatThrownBy(() -> pool.run(() -> "second")).isInstanceOf(RunPool.Full.class)
                    .hasMessageStartingWith("the server is busy: 1 run is running and 0 runs are waiting");
            release.countDown();
            assertThat(first.get()).isEqualTo("first");
            await().atMost(Duration.ofSeconds(60)).until(() -> pool.running() == 0);
            assertThat(pool.run(() -> "second")).isEqualTo("second");
            assertThat(pool.retryAfterSeconds()).isPositive();
        } finally {
            caller.shutdown();
        }
    }

    @Test
    void onceTheInstanceIsStoppingANewRunIsRefusedSayingSo() {
        ShutdownGate gate = ShutdownGate.standalone();
        try (RunPool pool = new RunPool(1, 4, gate)) {
            assertThat(pool.run(() -> "before")).isEqualTo("before");
            gate.close();
            assertThatThrownBy(() -> pool.run(() -> "after")).isInstanceOf(ShutdownGate.Closed.class)
                    .hasMessageStartingWith("the sampling run was refused: the server is shutting down");
            gate.start();
            assertThat(pool.run(() -> "restarted")).as("a context started again takes runs again").isEqualTo("restarted");
        }
    }
}
