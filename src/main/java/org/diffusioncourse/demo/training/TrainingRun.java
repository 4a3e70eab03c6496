package org.diffusioncourse.demo.training;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.Trainer;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingDiverged;

/**
 * One training run a learner started from the page, on a worker thread, never a request thread.
 * It first waits (at most {@link #WAIT_MILLIS}) for one of the library's run slots, which figure
 * requests for untrained networks share, so the server never trains more than
 * {@link ModelLibrary#RUNS} networks at once; then it trains, telling its {@link Listener} the
 * losses so far at most every {@link #PROGRESS_MILLIS}, and keeps the finished network in the
 * library, where the figures find it. {@link #cancel} stops it within one training step.
 */
final class TrainingRun {

    /** How long a run waits for a free slot before it gives up and says the server is busy. */
    static final long WAIT_MILLIS = 20_000;
    /** Smallest time between two progress reports: a page needs no more than a few frames a second. */
    static final long PROGRESS_MILLIS = 150;
    /** Runs that may wait for a slot at once across the server; beyond that a run is refused at once. */
    static final int MOST_WAITING = 16;

    private static final AtomicInteger WAITING = new AtomicInteger();
    private static final AtomicInteger TRAINING = new AtomicInteger();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "training-run");
        t.setDaemon(true);
        return t;
    });

    /** Hears a run, on its worker thread. */
    interface Listener {

        /** Every slot is taken; the run waits for one. */
        void waiting();

        /** {@code done} of the run's steps are done, with their minibatch losses. */
        void progress(int done, double[] losses);

        /** The run ended; its network is in the library. */
        void finished(TrainedModel model);

        /** The run stopped because the learner cancelled it. */
        void cancelled();

        /** The run could not start or could not finish; {@code message} says why, for the learner. */
        void failed(String message);
    }

    private final TrainingConfig config;
    private final AtomicBoolean stop = new AtomicBoolean();

    private TrainingRun(TrainingConfig config) {
        this.config = config;
    }

    /** Starts training {@code config} on a worker thread. */
    static TrainingRun start(TrainingConfig config, ModelLibrary library, Listener listener) {
        TrainingRun run = new TrainingRun(config);
        THREADS.execute(() -> run.go(library, listener));
        return run;
    }

    /** The run's configuration. */
    TrainingConfig config() {
        return config;
    }

    /** Stops the run at its next step (or while it waits for a slot). */
    void cancel() {
        stop.set(true);
    }

    /** Whether the learner cancelled the run. */
    boolean cancelled() {
        return stop.get();
    }

    private void go(ModelLibrary library, Listener listener) {
        if (!slot(library, listener)) {
            return;
        }
        TRAINING.incrementAndGet();
        try {
            double[] losses = new double[config.steps()];
            long[] last = {0};
            TrainedModel model = Trainer.train(config, (step, loss) -> {
                losses[step - 1] = loss;
                long now = System.nanoTime();
                if (now - last[0] >= PROGRESS_MILLIS * 1_000_000L || step == config.steps()) {
                    last[0] = now;
                    listener.progress(step, Arrays.copyOf(losses, step));
                }
                return !stop.get();
            });
            if (model.cancelled()) {
                listener.cancelled();
            } else {
                library.keep(model);
                listener.finished(model);
            }
        } catch (TrainingDiverged e) {
            listener.failed(e.getMessage());
        } catch (RuntimeException e) {
            listener.failed("the run failed: " + e.getMessage());
            throw e;
        } finally {
            TRAINING.decrementAndGet();
            library.release();
        }
    }

    /** Runs started from pages that are training now, across the server (for the metrics). */
    static int training() {
        return TRAINING.get();
    }

    /** Runs started from pages that wait for a slot now, across the server (for the metrics). */
    static int waiting() {
        return WAITING.get();
    }

    /** Takes a run slot, waiting while the learner does not cancel; false (already told) when none came. */
    private boolean slot(ModelLibrary library, Listener listener) {
        if (library.permit(0)) {
            return true;
        }
        if (WAITING.incrementAndGet() > MOST_WAITING) {
            WAITING.decrementAndGet();
            listener.failed(busy());
            return false;
        }
        try {
            listener.waiting();
            long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
            while (System.nanoTime() < deadline) {
                if (stop.get()) {
                    listener.cancelled();
                    return false;
                }
                if (library.permit(250)) {
                    return true;
                }
            }
            listener.failed(busy());
            return false;
        } finally {
            WAITING.decrementAndGet();
        }
    }

    private static String busy() {
        return "the server is training networks for other learners (it trains at most " + ModelLibrary.RUNS
                + " at once); press Train to try again in a moment";
    }
}
