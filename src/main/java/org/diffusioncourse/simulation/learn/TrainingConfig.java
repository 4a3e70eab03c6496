package org.diffusioncourse.simulation.learn;

import java.util.List;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * Everything that decides a training run; the same configuration gives the same network, bit
 * for bit ({@link Trainer}). Every value is checked when the record is made: a refusal is an
 * {@link InvalidParameter} naming the field, its value and the allowed range, and a run above
 * the compute budget (steps x batch x parameters &gt; {@value #MAX_WORK}) is refused before any
 * work is done.
 *
 * @param dataset          the toy data set the training points are drawn from
 * @param process          the forward process of the training pairs
 * @param target           what the network outputs; must fit the process ({@link TrainingProcess#allows})
 * @param weighting        the loss weighting over noise levels
 * @param width            hidden width, 32 .. 256
 * @param layers           hidden layers, 2 .. 3
 * @param steps            Adam steps, 1 .. 20000
 * @param batch            training pairs per step, 16 .. 1024
 * @param learningRate     Adam's step size at the start, (0, 0.05]
 * @param trainingSetSize  training points drawn once from the data set, 8 .. 65536
 * @param classConditional whether the network also takes the class (with label dropout)
 * @param labelDropout     p_uncond, the chance a pair is shown the null class, [0, 0.5]; read
 *                         only by a class-conditional network
 * @param seed             the seed of the training points, the initial weights and the minibatches, &gt;= 0
 */
public record TrainingConfig(ToyDataset dataset, TrainingProcess process, Target target, LossWeighting weighting,
        int width, int layers, int steps, int batch, double learningRate, int trainingSetSize,
        boolean classConditional, double labelDropout, long seed) {

    /** Ranges of the integer settings. */
    public static final int MAX_STEPS = 20_000;
    public static final int MIN_BATCH = 16;
    public static final int MAX_BATCH = 1024;
    public static final int MIN_TRAINING_SET = 8;
    public static final int MAX_TRAINING_SET = 65_536;
    public static final double MAX_LEARNING_RATE = 0.05;
    public static final double MAX_LABEL_DROPOUT = 0.5;

    /** p_uncond of {@code ho-2022-cfg} (and the seeds' prompt dropout), the default label dropout. */
    public static final double DEFAULT_LABEL_DROPOUT = 0.1;

    /**
     * The compute budget, steps x batch x parameters: a unit costs about 0.5 ns on one core of the
     * project's machine (README, Performance), so the largest run takes about 8 s there when the
     * machine is idle and twice that when it is shared; the default run is a third of it.
     */
    public static final long MAX_WORK = 15_000_000_000L;

    /** Checks every field; see the class comment. */
    public TrainingConfig {
        Checks.requireRange("width", width, Mlp.MIN_WIDTH, Mlp.MAX_WIDTH);
        Checks.requireRange("layers", layers, Mlp.MIN_LAYERS, Mlp.MAX_LAYERS);
        Checks.requireRange("steps", steps, 1, MAX_STEPS);
        Checks.requireRange("batch", batch, MIN_BATCH, MAX_BATCH);
        Checks.requirePositiveAtMost("learningRate", learningRate, MAX_LEARNING_RATE);
        Checks.requireRange("trainingSetSize", trainingSetSize, MIN_TRAINING_SET, MAX_TRAINING_SET);
        Checks.requireBetween("labelDropout", labelDropout, 0, MAX_LABEL_DROPOUT);
        Checks.requireRange("seed", seed, 0, Long.MAX_VALUE);
        if (!process.allows(target)) {
            throw new InvalidParameter("target", process.targetIds(), "target " + target.id() + " does not fit process "
                    + process.id() + "; it takes " + String.join(", ", process.targetIds()));
        }
        long work = (long) steps * batch * parameterCount(width, layers, classConditional, dataset);
        if (work > MAX_WORK) {
            throw new InvalidParameter("steps", List.of("steps x batch x parameters <= " + MAX_WORK),
                    "the run would cost steps x batch x parameters = " + steps + " x " + batch + " x "
                            + parameterCount(width, layers, classConditional, dataset) + " = " + work
                            + ", above the budget of " + MAX_WORK + "; lower the steps, the batch or the width");
        }
    }

    /**
     * The default run of the lesson: two moons on DDPM (linear), eps target with L_simple,
     * width 64, 3 hidden layers, 3000 steps of 256 pairs, learning rate 2e-3, 4096 training
     * points, unconditional, seed 1.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(ToyDataset.TWO_MOONS, TrainingProcess.DDPM_LINEAR, Target.EPS, LossWeighting.SIMPLE,
                64, 3, 3000, 256, 2e-3, 4096, false, DEFAULT_LABEL_DROPOUT, 1);
    }

    /** Classes the network takes: the data set's, or 0 for an unconditional network. */
    public int classes() {
        return classConditional ? dataset.labelled().classCount() : 0;
    }

    /** Parameters of the network. */
    public int parameterCount() {
        return parameterCount(width, layers, classConditional, dataset);
    }

    /** steps x batch x parameters, the unit of {@link #MAX_WORK}. */
    public long work() {
        return (long) steps * batch * parameterCount();
    }

    private static int parameterCount(int width, int layers, boolean classConditional, ToyDataset dataset) {
        return Mlp.parameterCount(width, layers, classConditional ? dataset.labelled().classCount() : 0);
    }

    /** This configuration with another data set. */
    public TrainingConfig withDataset(ToyDataset value) {
        return new TrainingConfig(value, process, target, weighting, width, layers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, seed);
    }

    /** This configuration with another process and target (they must fit each other). */
    public TrainingConfig withProcess(TrainingProcess value, Target newTarget) {
        return new TrainingConfig(dataset, value, newTarget, weighting, width, layers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, seed);
    }

    /** This configuration with another target. */
    public TrainingConfig withTarget(Target value) {
        return withProcess(process, value);
    }

    /** This configuration with another weighting. */
    public TrainingConfig withWeighting(LossWeighting value) {
        return new TrainingConfig(dataset, process, target, value, width, layers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, seed);
    }

    /** This configuration with another network shape. */
    public TrainingConfig withNetwork(int newWidth, int newLayers) {
        return new TrainingConfig(dataset, process, target, weighting, newWidth, newLayers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, seed);
    }

    /** This configuration with another number of steps, batch size and learning rate. */
    public TrainingConfig withSchedule(int newSteps, int newBatch, double newLearningRate) {
        return new TrainingConfig(dataset, process, target, weighting, width, layers, newSteps, newBatch,
                newLearningRate, trainingSetSize, classConditional, labelDropout, seed);
    }

    /** This configuration with another training-set size. */
    public TrainingConfig withTrainingSetSize(int value) {
        return new TrainingConfig(dataset, process, target, weighting, width, layers, steps, batch, learningRate,
                value, classConditional, labelDropout, seed);
    }

    /** This configuration class-conditional (or not) with label dropout p_uncond. */
    public TrainingConfig withClasses(boolean conditional, double dropout) {
        return new TrainingConfig(dataset, process, target, weighting, width, layers, steps, batch, learningRate,
                trainingSetSize, conditional, dropout, seed);
    }

    /** This configuration with another seed. */
    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(dataset, process, target, weighting, width, layers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, value);
    }
}
