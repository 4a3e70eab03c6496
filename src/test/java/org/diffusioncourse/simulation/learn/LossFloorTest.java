package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.junit.jupiter.api.Test;

/**
 * The loss floor against independent computations: the closed form of one Gaussian, and on two
 * moons the loss of the exact noise prediction E[eps | x_t] computed the way the trainer computes
 * a loss. Tolerances are 4 combined Monte Carlo standard errors (a chance of 6e-5 to fail if right).
 */
class LossFloorTest {

    private static final double SIGMA = 0.6;
    private static final GaussianMixture2D ONE_GAUSSIAN =
            GaussianMixture2D.of(new double[] {1}, new double[][] {{0.4, -0.2}}, new double[] {SIGMA});

    @Test
    void oneGaussianMatchesItsClosedForm() {
        // E|x_0 - D(x_t)|^2 = tr Cov(x_0 | x_t) = 2 sigma^2 s^2 / (a^2 sigma^2 + s^2) for every x_t.
        for (Target target : new Target[] {Target.EPS, Target.X0, Target.SCORE}) {
            for (LossWeighting weighting : LossWeighting.values()) {
                LossFloor floor = LossFloor.of(ONE_GAUSSIAN, TrainingProcess.VP_SDE, target, weighting);
                for (double t : new double[] {0.05, 0.3, 0.8}) {
                    double a = TrainingProcess.VP_SDE.signalScale(t);
                    double s = TrainingProcess.VP_SDE.noiseStd(t);
                    double mmse = 2 * SIGMA * SIGMA * s * s / (a * a * SIGMA * SIGMA + s * s);
                    double expected = weighting.onData(target, a, s) * mmse;
                    LossFloor.Estimate estimate = floor.atTime(t, 20_000, Seeds.generator(5));
                    assertThat(estimate.mean()).as("%s, %s, t = %s", target, weighting, t)
                            .isCloseTo(expected, within(4 * estimate.standardError() + 1e-12 * expected));
                }
            }
        }
    }

    @Test
    void onTwoMoonsItIsTheLossOfTheExactNoisePrediction() {
        GaussianMixture2D moons = ToyDataset.TWO_MOONS.mixture();
        NoisedMixture exact = NoisedMixture.of(moons);
        LossFloor floor = LossFloor.of(moons, TrainingProcess.DDPM_LINEAR, Target.EPS, LossWeighting.SIMPLE);
        UniformRandomProvider rng = Seeds.generator(9);
        int n = 20_000;
        for (int t : new int[] {50, 200, 600}) {
            double a = TrainingProcess.DDPM_LINEAR.signalScale(t);
            double s = TrainingProcess.DDPM_LINEAR.noiseStd(t);
            PointCloud x0 = moons.sample(n, rng);
            PointCloud eps = PointCloud.standardNormal(n, rng);
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                double x = a * x0.x(i) + s * eps.x(i);
                double y = a * x0.y(i) + s * eps.y(i);
                Vec2 predicted = exact.noisePrediction(x, y, a, s);
                double dx = predicted.x() - eps.x(i);
                double dy = predicted.y() - eps.y(i);
                double e = dx * dx + dy * dy;
                sum += e;
                sumSquares += e * e;
            }
            double direct = sum / n;
            double directError = Math.sqrt((sumSquares / n - direct * direct) / n);
            LossFloor.Estimate estimate = floor.atTime(t, n, Seeds.generator(t));
            double tolerance = 4 * Math.hypot(directError, estimate.standardError());
            assertThat(estimate.mean()).as("t = %d", t).isCloseTo(direct, within(tolerance));
        }
    }

    @Test
    void theOverallFloorIsTheMeanOverNoiseLevelsAndBelowTheDefaultRunsLoss() {
        LossFloor floor = LossFloor.of(TrainingConfig.defaults());
        LossFloor.Estimate overall = floor.overall(40, 2000, Seeds.generator(4));
        // With eps prediction the floor is below E|eps|^2 = 2 and above 0; on two moons most
        // noise levels leave eps mostly unpredictable.
        assertThat(overall.mean()).isBetween(0.2, 2.0);
        assertThat(overall.standardError()).isLessThan(0.01);
        TrainedModel model = Trainer.train(TrainingConfig.defaults().withSchedule(600, 256, 2e-3), TrainingListener.silent());
        assertThat(model.finalLoss()).isGreaterThan(overall.mean() - 0.05);
    }
}
