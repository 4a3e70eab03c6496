package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

/**
 * On one Gaussian N(mu, sigma^2 I) the best noise prediction is known in closed form,
 * E[eps | x_t] = s (x_t - a mu) / (a^2 sigma^2 + s^2), a straight line in x_t; the trained
 * network must come close to it.
 *
 * <p>Tolerance, as an eps error (root mean square over x_t ~ p_t): at most 0.25 at every level,
 * which adds at most 0.06 to a per-level loss whose value for the trivial prediction 0 is
 * E|eps|^2 = 2 (3 %); at most 0.05 on average over t = 100 .. 900, an excess loss of 0.0025
 * (0.1 %). The ends are looser because there the network is fitted to almost pure noise (t = 10,
 * where E|eps - E[eps | x_t]|^2 = 1.996) or to a line it must reproduce through time features
 * at the edge of their range (t = T).
 */
class SingleGaussianTest {

    private static final double[] MU = {0.5, -0.3};
    private static final double SIGMA = 0.7;
    private static final LabelledMixture ONE_GAUSSIAN =
            LabelledMixture.unlabelled(GaussianMixture2D.of(new double[] {1}, new double[][] {MU}, new double[] {SIGMA}));

    static TrainedModel trainedOnOneGaussian(TrainingConfig config) {
        return Trainer.of(config, ONE_GAUSSIAN).run(TrainingListener.silent());
    }

    @Test
    void theLearnedNoisePredictionIsCloseToTheExactOne() {
        TrainingConfig config = TrainingConfig.defaults().withSchedule(1500, 256, 2e-3).withTrainingSetSize(65_536);
        LearnedField learned = trainedOnOneGaussian(config).field();
        NoisedMixture exact = NoisedMixture.of(ONE_GAUSSIAN.mixture());
        UniformRandomProvider rng = Seeds.generator(3);
        int n = 2000;
        FieldBuffer a = FieldBuffer.of(n);
        FieldBuffer b = FieldBuffer.of(n);
        double middle = 0;
        int middleLevels = 0;
        for (int t : new int[] {10, 100, 300, 500, 700, 900, 1000}) {
            double sa = TrainingProcess.DDPM_LINEAR.signalScale(t);
            double ss = TrainingProcess.DDPM_LINEAR.noiseStd(t);
            PointCloud x0 = ONE_GAUSSIAN.mixture().sample(n, rng);
            PointCloud eps = PointCloud.standardNormal(n, rng);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = sa * x0.x(i) + ss * eps.x(i);
                ys[i] = sa * x0.y(i) + ss * eps.y(i);
            }
            learned.evaluate(sa, ss, xs, ys, n, a);
            exact.evaluate(sa, ss, xs, ys, n, b);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double dx = ss * (a.scoreX[i] - b.scoreX[i]);
                double dy = ss * (a.scoreY[i] - b.scoreY[i]);
                sum += dx * dx + dy * dy;
            }
            double rms = Math.sqrt(sum / n);
            assertThat(rms).as("eps error at t = %d", t).isLessThan(0.25);
            if (t >= 100 && t <= 900) {
                middle += rms;
                middleLevels++;
            }
        }
        assertThat(middle / middleLevels).as("mean eps error over t = 100 .. 900").isLessThan(0.05);
    }
}
