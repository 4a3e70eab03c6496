package org.diffusioncourse.simulation.learn;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;

/**
 * One training run: minibatches of (x_0, t, eps) through the forward process, the weighted
 * squared error of the network's output against the target, backward, Adam. Per step and pair
 * ({@code ho-2020-ddpm}, Algorithm 1; chapter 004's training step):
 *
 * <pre>
 *   x_0 ~ training set,  t ~ the process's time ({@link TrainingProcess#time}),  eps ~ N(0, I),
 *   x_t = a(t) x_0 + s(t) eps,
 *   loss = (1/B) sum_i lambda(t_i) |f_theta(x_t,i, tau(t_i) [, c_i]) - y_i|^2,
 * </pre>
 *
 * with the target y of {@link Target} and lambda = {@link LossWeighting#onTarget}. A
 * class-conditional network sees the class c_i of its point, or the null class with probability
 * p_uncond (label dropout, {@code ho-2022-cfg}). The learning rate falls from lr to lr / 10 along
 * half a cosine ({@code loshchilov-2017-sgdr}), lr_k = lr (0.55 + 0.45 cos(pi (k - 1) / steps)).
 *
 * <p>Randomness: the training set from stream 0 of the seed, the initial weights from stream 1,
 * the minibatches from stream 2 ({@link Seeds#stream}); per pair the draws are the point's index,
 * the time, eps_x, eps_y and, when conditional, the dropout. One thread, a fixed order of
 * arithmetic, no allocation per step: the same configuration gives the same weights bit for bit.
 * Not thread-safe; one per run.
 */
public final class Trainer {

    private final TrainingConfig config;
    private final TrainingSet data;
    private final PointCloud points;
    private final Mlp net;
    private final Mlp.Workspace work;
    private final Adam adam;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final double[] targets;
    private final double[] weights;
    private final double[] losses;
    private int done;

    private Trainer(TrainingConfig config, LabelledMixture source) {
        this.config = config;
        data = TrainingSet.of(config, source);
        points = data.points();
        net = Mlp.initialised(config.width(), config.layers(), config.classes(), Seeds.stream(config.seed(), 1));
        work = net.workspace(config.batch());
        adam = new Adam(net.parameterRows());
        rng = Seeds.stream(config.seed(), 2);
        gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        targets = new double[2 * config.batch()];
        weights = new double[config.batch()];
        losses = new double[config.steps()];
    }

    /** A run of {@code config}, before its first step. */
    public static Trainer of(TrainingConfig config) {
        return new Trainer(config, config.dataset().labelled());
    }

    /**
     * A run of {@code config} on other data than its data set, for tests with a closed-form
     * answer (one Gaussian); the model's configuration still names the data set.
     */
    static Trainer of(TrainingConfig config, LabelledMixture data) {
        return new Trainer(config, data);
    }

    /** The live network, for tests. */
    Mlp network() {
        return net;
    }

    /**
     * Runs {@code config} to the end, or until {@code listener} says stop.
     *
     * @throws TrainingDiverged when a step's loss is not a finite number
     */
    public static TrainedModel train(TrainingConfig config, TrainingListener listener) {
        return of(config).run(listener);
    }

    /** Runs the remaining steps; see {@link #train}. */
    public TrainedModel run(TrainingListener listener) {
        while (done < config.steps()) {
            double loss = step();
            if (!listener.onStep(done, loss)) {
                return model(true);
            }
        }
        return model(false);
    }

    /** The network as it stands, with the losses so far. */
    public TrainedModel model(boolean cancelled) {
        return TrainedModel.of(config, net, Arrays.copyOf(losses, Math.min(done, losses.length)), cancelled);
    }

    /** Steps done so far. */
    public int stepsDone() {
        return done;
    }

    // region learn-step
    /**
     * One Adam step on a fresh minibatch; returns its loss. Steps past {@code config.steps()}
     * (for benchmarks) keep the last learning rate and are not recorded.
     *
     * @throws TrainingDiverged when the loss is not a finite number
     */
    public double step() {
        int b = config.batch();
        drawBatch(b);
        work.forward(b);
        double loss = 0;
        for (int i = 0; i < b; i++) {
            double dx = work.output[i][0] - targets[2 * i];
            double dy = work.output[i][1] - targets[2 * i + 1];
            loss += weights[i] * (dx * dx + dy * dy);
            // d loss / d out = 2 lambda_i (out - y) / B
            work.outputGradient[i][0] = 2 * weights[i] * dx / b;
            work.outputGradient[i][1] = 2 * weights[i] * dy / b;
        }
        loss /= b;
        done++;
        if (!Double.isFinite(loss)) {
            throw new TrainingDiverged(done, loss, config);
        }
        work.backward(b);
        adam.step(net.parameterRows(), work.gradient, learningRate(done));
        if (done <= losses.length) {
            losses[done - 1] = loss;
        }
        return loss;
    }

    /** lr_k, falling from lr to lr / 10 along half a cosine. */
    private double learningRate(int k) {
        int steps = config.steps();
        double progress = Math.min(k - 1, steps - 1) / (double) steps;
        return config.learningRate() * (0.55 + 0.45 * Math.cos(Math.PI * progress));
    }

    /** The inputs, targets and weights of b fresh training pairs. */
    private void drawBatch(int b) {
        TrainingProcess process = config.process();
        Target target = config.target();
        LossWeighting weighting = config.weighting();
        boolean conditional = config.classConditional();
        for (int i = 0; i < b; i++) {
            int k = rng.nextInt(points.size());
            double t = process.time(rng.nextDouble());
            double ex = gauss.sample();
            double ey = gauss.sample();
            int label = conditional && rng.nextDouble() >= config.labelDropout() ? data.label(k) : net.nullClass();
            double a = process.signalScale(t);
            double s = process.noiseStd(t);
            double x0 = points.x(k);
            double y0 = points.y(k);
            net.embed(a * x0 + s * ex, a * y0 + s * ey, process.tau(t), label, work.input[i]);
            targets[2 * i] = target.of(x0, ex, a, s);
            targets[2 * i + 1] = target.of(y0, ey, a, s);
            weights[i] = weighting.onTarget(target, a, s);
        }
    }
    // endregion learn-step
}
