package org.diffusioncourse.simulation.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.diffusioncourse.base.BoundedCache;

/**
 * Every trained network the site holds, by configuration: the {@link ShippedModel}s, read once
 * from their checkpoints, and the networks learners trained, kept in a bounded cache. Training is
 * deterministic (the same configuration gives the same weights, bit for bit), so a configuration
 * names its network: the demo's figures, its practice answers, the lab and the API all find the
 * same model for the same configuration, whoever trained it.
 *
 * <p>Training is heavy, so at most {@link #RUNS} runs go on at once across the server, whether a
 * learner started them from the page ({@link #permit}) or a figure request for a configuration
 * nobody has trained yet needs one ({@link #trained}).
 */
public final class ModelLibrary {

    /** Training runs at once across the server: the machine has two cores. */
    public static final int RUNS = 2;

    /** Networks learners trained that are kept (about 0.3 MB each at the largest, 20000 losses). */
    static final int KEPT = 48;

    private static final ModelLibrary SHARED = new ModelLibrary();

    private final Map<ShippedModel, TrainedModel> shipped = new EnumMap<>(ShippedModel.class);
    private final BoundedCache<TrainingConfig, TrainedModel> trained;
    private final Semaphore runs = new Semaphore(RUNS, true);

    private ModelLibrary() {
        trained = BoundedCache.of("trained-models", KEPT, config -> {
            runs.acquireUninterruptibly();
            try {
                return Trainer.train(config, TrainingListener.silent());
            } finally {
                runs.release();
            }
        });
    }

    /** The one library of this process (networks are pure functions of their configuration, so one is enough). */
    public static ModelLibrary shared() {
        return SHARED;
    }

    /** The shipped network {@code model}, read from its checkpoint on first use. */
    public synchronized TrainedModel shipped(ShippedModel model) {
        return shipped.computeIfAbsent(model, ModelLibrary::read);
    }

    /** The network of {@code config} if the site holds it (shipped or trained), without training. */
    public Optional<TrainedModel> find(TrainingConfig config) {
        for (ShippedModel model : ShippedModel.values()) {
            if (model.config().equals(config)) {
                return Optional.of(shipped(model));
            }
        }
        return Optional.ofNullable(trained.caffeine().getIfPresent(config));
    }

    /** Whether the site holds the network of {@code config}. */
    public boolean holds(TrainingConfig config) {
        return find(config).isPresent();
    }

    /**
     * The network of {@code config}: held, or trained now on the calling thread (waiting for a
     * free run first).
     *
     * @throws TrainingDiverged when the run diverges
     */
    public TrainedModel trained(TrainingConfig config) {
        return find(config).orElseGet(() -> trained.get(config));
    }

    /** Keeps a network a learner trained to the end; a cancelled one is not the network of its configuration. */
    public void keep(TrainedModel model) {
        if (model.cancelled()) {
            throw new IllegalArgumentException("a cancelled run is not kept: its weights are not those of its configuration");
        }
        if (!holds(model.config())) {
            trained.caffeine().put(model.config(), model);
        }
    }

    /**
     * One of the {@link #RUNS} training slots, for a run started from a page; the caller releases
     * it with {@link #release()} when the run ends.
     *
     * @return false when every slot stayed busy for {@code waitMillis}
     */
    public boolean permit(long waitMillis) {
        try {
            return runs.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Training slots taken now, of {@link #RUNS}: by runs from pages and by figure requests training a network. */
    public int runsInUse() {
        return RUNS - runs.availablePermits();
    }

    /** Gives back a slot taken with {@link #permit}. */
    public void release() {
        runs.release();
    }

    /** The cache of trained networks, for the metrics. */
    public BoundedCache<TrainingConfig, TrainedModel> cache() {
        return trained;
    }

    private static TrainedModel read(ShippedModel model) {
        try (InputStream in = ModelLibrary.class.getResourceAsStream(model.resource())) {
            if (in == null) {
                throw new IllegalStateException("the checkpoint " + model.resource() + " is missing from the class path;"
                        + " run MakeShippedModels (src/test) to write it");
            }
            return Checkpoint.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + model.resource(), e);
        }
    }
}
