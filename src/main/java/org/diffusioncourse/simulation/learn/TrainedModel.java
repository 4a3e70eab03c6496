package org.diffusioncourse.simulation.learn;

import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.ScoreField;

/**
 * The result of a training run: its configuration, the network, the loss of every step done,
 * and whether it was cancelled. Immutable (the network is a private copy).
 */
public final class TrainedModel {

    /** Steps averaged by {@link #finalLoss()}. */
    public static final int FINAL_LOSS_WINDOW = 100;

    private final TrainingConfig config;
    private final Mlp net;
    private final double[] losses;
    private final boolean cancelled;

    private TrainedModel(TrainingConfig config, Mlp net, double[] losses, boolean cancelled) {
        this.config = config;
        this.net = net;
        this.losses = losses;
        this.cancelled = cancelled;
    }

    /**
     * A model made of its parts (copied).
     *
     * @throws IllegalArgumentException if the network's shape is not the configuration's, or more
     *                                  losses than steps are given
     */
    public static TrainedModel of(TrainingConfig config, Mlp net, double[] losses, boolean cancelled) {
        if (net.width() != config.width() || net.hiddenLayers() != config.layers() || net.classes() != config.classes()) {
            throw new IllegalArgumentException("the network (width " + net.width() + ", " + net.hiddenLayers()
                    + " layers, " + net.classes() + " classes) is not the one the configuration describes (width "
                    + config.width() + ", " + config.layers() + " layers, " + config.classes() + " classes)");
        }
        if (losses.length > config.steps()) {
            throw new IllegalArgumentException("losses must hold at most " + config.steps() + " values (one per step), had "
                    + losses.length);
        }
        return new TrainedModel(config, net.copy(), losses.clone(), cancelled);
    }

    /** The configuration it was trained with. */
    public TrainingConfig config() {
        return config;
    }

    /** A copy of the network. */
    public Mlp network() {
        return net.copy();
    }

    /** The network's parameters (a copy). */
    public double[] parameters() {
        return net.parameters();
    }

    /** The minibatch loss of each step done (a copy). */
    public double[] losses() {
        return losses.clone();
    }

    /** Steps done: all of the configuration's unless cancelled. */
    public int stepsDone() {
        return losses.length;
    }

    /** Whether the run was stopped before its last step. */
    public boolean cancelled() {
        return cancelled;
    }

    /** The mean loss of the last 100 steps (fewer if fewer were done); NaN before any step. */
    public double finalLoss() {
        int from = Math.max(0, losses.length - FINAL_LOSS_WINDOW);
        double sum = 0;
        for (int i = from; i < losses.length; i++) {
            sum += losses[i];
        }
        return sum / (losses.length - from);
    }

    /** The unconditional field (the null class for a class-conditional network). */
    public LearnedField field() {
        return LearnedField.of(net, config.process(), config.target(), net.nullClass());
    }

    /**
     * The field of class {@code label} of a class-conditional network.
     *
     * @throws IllegalArgumentException for an unconditional network or a label outside its classes
     */
    public LearnedField field(int label) {
        if (net.classes() == 0) {
            throw new IllegalArgumentException("the network is not class-conditional; train it with classConditional");
        }
        if (label < 0 || label >= net.classes()) {
            throw new IllegalArgumentException("label must be between 0 and " + (net.classes() - 1) + ", was " + label);
        }
        return LearnedField.of(net, config.process(), config.target(), label);
    }

    /**
     * Classifier-free guidance towards class {@code label} with weight w, the course's
     * {@link GuidedField} of the unconditional and the conditional field: score and denoiser
     * (1 - w) unconditional + w conditional ({@code ho-2022-cfg}).
     */
    public ScoreField guided(int label, double w) {
        return GuidedField.of(field(), field(label), w);
    }
}
