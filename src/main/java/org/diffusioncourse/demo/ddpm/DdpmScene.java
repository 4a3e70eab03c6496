package org.diffusioncourse.demo.ddpm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.DdpmSampler;

/**
 * The DDPM lesson's scene: a 2-D toy cloud pushed through the forward chain one step at a time
 * and a fresh cloud pulled back by ancestral sampling, both over T = {@value #STEPS} steps
 * ({@code ho-2020-ddpm}). The exact noise prediction of the noised mixture,
 *
 * <pre>  eps_hat(x_t, t) = E[eps | x_t] = -sqrt(1 - alpha_bar_t) grad log q_t(x_t),</pre>
 *
 * stands in for the trained network eps_theta: it is the function the DDPM loss is minimised by.
 *
 * <p>Forward: x_t = sqrt(1 - beta_t) x_{t-1} + sqrt(beta_t) z_t. The noise that a training pair at
 * step t would carry is then eps_t = (x_t - sqrt(alpha_bar_t) x_0) / sqrt(1 - alpha_bar_t), which is
 * N(0, I) and independent of x_0, because the chain's marginal given x_0 is the one-jump Gaussian.
 *
 * <p>Reverse: x_T ~ N(0, I) and, for t = T .. 1,
 *
 * <pre>  x_{t-1} = (x_t - beta_t / sqrt(1 - alpha_bar_t) eps_hat) / sqrt(alpha_t) + sqrt(beta_tilde_t) z,</pre>
 *
 * with no noise on the last step. The schedule is linear with beta from {@value #BETA_FIRST} to
 * {@value #BETA_LAST}: DDPM's range 1e-4 .. 0.02 scaled by 1000 / T, so that alpha_bar_T is again
 * close to 0 (2.0e-5). Immutable; built once per data set, seed and size.
 *
 * <p>It is long because its forward chain, noise prediction and reverse step are the lesson's three
 * code witnesses, and every per-step number the figure, its text and the answers read comes from
 * the clouds it keeps.
 */
public final class DdpmScene {

    /** T, the number of steps. */
    public static final int STEPS = 100;
    public static final double BETA_FIRST = 1e-3;
    public static final double BETA_LAST = 0.2;
    public static final int MIN_POINTS = 50;
    public static final int MAX_POINTS = 1000;
    /** The first points of the cloud carry the noise arrows of the training view. */
    public static final int ARROWS = 12;

    private static final NoiseSchedule SCHEDULE = NoiseSchedule.linear(STEPS, BETA_FIRST, BETA_LAST);
    /** Keeps the reverse stream apart from the forward one for the same seed. */
    static final long REVERSE_STREAM = 0x9E3779B97F4A7C15L;

    private final ToyDataset dataset;
    private final long seed;
    private final int n;
    private final double[][] forwardX = new double[STEPS + 1][];
    private final double[][] forwardY = new double[STEPS + 1][];
    private final double[][] reverseX = new double[STEPS + 1][];
    private final double[][] reverseY = new double[STEPS + 1][];
    private final double[][] epsHatX = new double[STEPS + 1][ARROWS];
    private final double[][] epsHatY = new double[STEPS + 1][ARROWS];
    private final double[] loss = new double[STEPS + 1];

    private DdpmScene(ToyDataset dataset, long seed, int n) {
        this.dataset = dataset;
        this.seed = seed;
        this.n = n;
        NoisedMixture field = NoisedMixture.of(dataset.mixture());
        UniformRandomProvider rng = Seeds.generator(seed);
        PointCloud x0 = dataset.mixture().sample(n, rng);
        forwardX[0] = x0.xs();
        forwardY[0] = x0.ys();
        runForward(ZigguratSampler.NormalizedGaussian.of(rng));
        predictNoise(field);
        runReverse(field, Seeds.generator(seed ^ REVERSE_STREAM));
    }

    /**
     * The scene of {@code n} points of {@code dataset} with {@code seed}.
     *
     * @throws IllegalArgumentException unless {@value #MIN_POINTS} &lt;= n &lt;= {@value #MAX_POINTS} and seed &gt;= 0
     */
    public static DdpmScene of(ToyDataset dataset, long seed, int n) {
        Checks.requireRange("n", n, MIN_POINTS, MAX_POINTS);
        Checks.requireRange("seed", seed, 0, Long.MAX_VALUE);
        return new DdpmScene(dataset, seed, n);
    }

    /** The schedule every scene uses: linear, T = 100, beta 1e-3 .. 0.2. */
    public static NoiseSchedule schedule() {
        return SCHEDULE;
    }

    // region ddpm-forward-chain
    private void runForward(ZigguratSampler.NormalizedGaussian gauss) {
        for (int t = 1; t <= STEPS; t++) {
            double keep = Math.sqrt(1.0 - SCHEDULE.beta(t));     // sqrt(alpha_t)
            double add = Math.sqrt(SCHEDULE.beta(t));            // sqrt(beta_t)
            double[] px = forwardX[t - 1];
            double[] py = forwardY[t - 1];
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = keep * px[i] + add * gauss.sample();
                y[i] = keep * py[i] + add * gauss.sample();
            }
            forwardX[t] = x;
            forwardY[t] = y;
        }
    }
    // endregion ddpm-forward-chain

    // region ddpm-training-pair
    /**
     * For every step, the exact prediction E[eps | x_t] at the first {@value #ARROWS} points and
     * the mean over the cloud of |eps_t - E[eps | x_t]|^2: the smallest value the DDPM loss can
     * take at this t, whatever the network.
     */
    private void predictNoise(NoisedMixture field) {
        FieldBuffer out = FieldBuffer.of(n);
        for (int t = 1; t <= STEPS; t++) {
            double signal = SCHEDULE.signalScale(t);   // sqrt(alpha_bar_t)
            double noise = SCHEDULE.noiseStd(t);       // sqrt(1 - alpha_bar_t)
            field.evaluate(signal, noise, forwardX[t], forwardY[t], n, out);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                // The noise this training pair really carries ...
                double epsX = (forwardX[t][i] - signal * forwardX[0][i]) / noise;
                double epsY = (forwardY[t][i] - signal * forwardY[0][i]) / noise;
                // ... and the best any network can say about it from x_t alone.
                double hatX = -noise * out.scoreX(i);
                double hatY = -noise * out.scoreY(i);
                sum += (epsX - hatX) * (epsX - hatX) + (epsY - hatY) * (epsY - hatY);
                if (i < ARROWS) {
                    epsHatX[t][i] = hatX;
                    epsHatY[t][i] = hatY;
                }
            }
            loss[t] = sum / n;
        }
    }
    // endregion ddpm-training-pair

    // region ddpm-reverse-step
    private void runReverse(NoisedMixture field, UniformRandomProvider rng) {
        PointCloud start = PointCloud.standardNormal(n, rng);   // x_T ~ N(0, I)
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        reverseX[STEPS] = start.xs();
        reverseY[STEPS] = start.ys();
        FieldBuffer out = FieldBuffer.of(n);
        for (int t = STEPS; t >= 1; t--) {
            double beta = SCHEDULE.beta(t);
            double noise = SCHEDULE.noiseStd(t);
            double[] x = reverseX[t].clone();
            double[] y = reverseY[t].clone();
            field.evaluate(SCHEDULE.signalScale(t), noise, x, y, n, out);
            double std = t > 1 ? Math.sqrt(posteriorVariance(t)) : 0.0;   // no noise on the last step
            for (int i = 0; i < n; i++) {
                double epsX = -noise * out.scoreX(i);                         // eps_hat(x_t, t)
                double epsY = -noise * out.scoreY(i);
                x[i] = (x[i] - beta / noise * epsX) / Math.sqrt(1.0 - beta);  // mu(x_t, eps_hat)
                y[i] = (y[i] - beta / noise * epsY) / Math.sqrt(1.0 - beta);
                if (std > 0) {
                    x[i] += std * gauss.sample();
                    y[i] += std * gauss.sample();
                }
            }
            reverseX[t - 1] = x;
            reverseY[t - 1] = y;
        }
    }
    // endregion ddpm-reverse-step

    /** beta_tilde_t = (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t) beta_t, for t = 1 .. T. */
    public static double posteriorVariance(int t) {
        return DdpmSampler.posteriorVariance(SCHEDULE, t);
    }

    /** sqrt(alpha_bar_{t-1}) beta_t / (1 - alpha_bar_t): the weight of x_0 in the posterior mean. */
    public static double posteriorDataWeight(int t) {
        return Math.sqrt(SCHEDULE.alphaBar(t - 1)) * SCHEDULE.beta(t) / (1.0 - SCHEDULE.alphaBar(t));
    }

    /** sqrt(alpha_t) (1 - alpha_bar_{t-1}) / (1 - alpha_bar_t): the weight of x_t in the posterior mean. */
    public static double posteriorNoisyWeight(int t) {
        return Math.sqrt(1.0 - SCHEDULE.beta(t)) * (1.0 - SCHEDULE.alphaBar(t - 1)) / (1.0 - SCHEDULE.alphaBar(t));
    }

    public ToyDataset dataset() {
        return dataset;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return n;
    }

    /** The forward cloud x_t (t = 0 is the data). */
    public PointCloud forward(int t) {
        int s = step(t);
        return PointCloud.wrap(forwardX[s].clone(), forwardY[s].clone());
    }

    /** The reverse cloud at step t (t = T is the starting noise, t = 0 the samples). */
    public PointCloud reverse(int t) {
        int s = step(t);
        return PointCloud.wrap(reverseX[s].clone(), reverseY[s].clone());
    }

    /** The noise eps_t of point i of the forward cloud (t &gt;= 1), as (x, y). */
    public Vec2 trueNoise(int t, int i) {
        int s = noisyStep(t);
        double signal = SCHEDULE.signalScale(s);
        double noise = SCHEDULE.noiseStd(s);
        return new Vec2((forwardX[s][i] - signal * forwardX[0][i]) / noise,
                (forwardY[s][i] - signal * forwardY[0][i]) / noise);
    }

    /** E[eps | x_t] at point i &lt; {@value #ARROWS} of the forward cloud (t &gt;= 1). */
    public Vec2 predictedNoise(int t, int i) {
        int s = noisyStep(t);
        if (i < 0 || i >= Math.min(ARROWS, n)) {
            throw new IllegalArgumentException("i must be between 0 and " + (Math.min(ARROWS, n) - 1) + ", was " + i);
        }
        return new Vec2(epsHatX[s][i], epsHatY[s][i]);
    }

    /**
     * The mean over the cloud of |eps_t - E[eps | x_t]|^2 at step t &gt;= 1: a Monte Carlo estimate of
     * the smallest DDPM loss at t (summed over both coordinates, so pure guessing scores 2).
     */
    public double minimalLoss(int t) {
        return loss[noisyStep(t)];
    }

    /** The step 1 .. T at which {@link #minimalLoss} is largest: where the noise is hardest to predict. */
    public int hardestStep() {
        int worst = 1;
        for (int u = 2; u <= STEPS; u++) {
            if (loss[u] > loss[worst]) {
                worst = u;
            }
        }
        return worst;
    }

    /** Trace of the covariance of the reverse cloud at step t (the data and N(0, I) both have 2). */
    public double reverseSpread(int t) {
        double[][] c = reverse(t).covariance();
        return c[0][0] + c[1][1];
    }

    private static int step(int t) {
        Checks.requireRange("t", t, 0, STEPS);
        return t;
    }

    private static int noisyStep(int t) {
        Checks.requireRange("t", t, 1, STEPS);
        return t;
    }
}
