package org.diffusioncourse.demo.ddpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;

/**
 * The DDPM lesson's scene against closed forms and the engine: the step-by-step forward chain
 * has the one-jump marginal, the posterior formulas agree with Gaussian conditioning, the
 * reverse chain is the engine's DDPM sampler, and the loss floor is what the exact predictor
 * scores. Statistical tolerances are five standard errors.
 */
class DdpmSceneTest {

    private static final double STANDARD_ERRORS = 5.0;
    private static final int N = 1000;
    private static final NoiseSchedule SCHEDULE = DdpmScene.schedule();
    private static final DdpmScene MOONS = DdpmScene.of(ToyDataset.TWO_MOONS, 3, N);

    @Test
    void theScheduleRunsFromBetaOneThousandthToOneFifthAndEndsNearPureNoise() {
        assertThat(SCHEDULE.steps()).isEqualTo(100);
        assertThat(SCHEDULE.beta(1)).isEqualTo(1e-3);
        assertThat(SCHEDULE.beta(100)).isEqualTo(0.2);
        assertThat(SCHEDULE.alphaBar(100)).isCloseTo(2.04e-5, within(0.005e-5));
    }

    @Test
    void theNoiseRecoveredFromTheStepByStepChainIsStandardNormalAndIndependentOfTheData() {
        PointCloud x0 = MOONS.forward(0);
        for (int t : new int[] {1, 10, 50, 100}) {
            double[] ex = new double[N];
            double[] ey = new double[N];
            for (int i = 0; i < N; i++) {
                Vec2 e = MOONS.trueNoise(t, i);
                ex[i] = e.x();
                ey[i] = e.y();
            }
            PointCloud eps = PointCloud.of(ex, ey);
            double meanTol = STANDARD_ERRORS / Math.sqrt(N);
            double varTol = STANDARD_ERRORS * Math.sqrt(2.0 / N);
            assertThat(eps.meanX()).as("mean x at t = %d", t).isCloseTo(0, within(meanTol));
            assertThat(eps.meanY()).as("mean y at t = %d", t).isCloseTo(0, within(meanTol));
            assertThat(eps.covariance()[0][0]).as("var x at t = %d", t).isCloseTo(1, within(varTol));
            assertThat(eps.covariance()[1][1]).as("var y at t = %d", t).isCloseTo(1, within(varTol));
            assertThat(eps.covariance()[0][1]).as("cov at t = %d", t).isCloseTo(0, within(meanTol));
            assertThat(correlation(x0.xs(), ex)).as("corr(x_0, eps) at t = %d", t).isCloseTo(0, within(meanTol));
        }
    }

    @Test
    void thePosteriorVarianceIsGaussianConditioningOfTheTwoForwardFactors() {
        for (int t = 1; t <= DdpmScene.STEPS; t++) {
            // Independent route: x_{t-1} | x_0 has variance v = 1 - alpha_bar_{t-1}; observing
            // x_t = sqrt(alpha_t) x_{t-1} + sqrt(beta_t) z leaves v beta_t / (alpha_t v + beta_t).
            double v = 1 - SCHEDULE.alphaBar(t - 1);
            double beta = SCHEDULE.beta(t);
            double conditioned = v * beta / ((1 - beta) * v + beta);
            assertThat(DdpmScene.posteriorVariance(t)).as("beta_tilde at t = %d", t).isCloseTo(conditioned, within(1e-15));
            assertThat(DdpmScene.posteriorVariance(t)).isLessThanOrEqualTo(beta);
        }
        assertThat(DdpmScene.posteriorVariance(1)).isZero();
        assertThat(DdpmScene.posteriorDataWeight(1)).isCloseTo(1, within(1e-15));
        assertThat(DdpmScene.posteriorNoisyWeight(1)).isZero();
    }

    @Test
    void thePosteriorMeanFromTheDataEqualsTheMeanWrittenWithTheNoise() {
        UniformRandomProvider rng = Seeds.generator(8);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int t = 1; t <= DdpmScene.STEPS; t++) {
            double x0 = 2 * gauss.sample();
            double eps = gauss.sample();
            double xt = SCHEDULE.signalScale(t) * x0 + SCHEDULE.noiseStd(t) * eps;
            double fromData = DdpmScene.posteriorDataWeight(t) * x0 + DdpmScene.posteriorNoisyWeight(t) * xt;
            double beta = SCHEDULE.beta(t);
            double fromNoise = (xt - beta / SCHEDULE.noiseStd(t) * eps) / Math.sqrt(1 - beta);
            assertThat(fromNoise).as("t = %d", t).isCloseTo(fromData, within(1e-12));
        }
    }

    @Test
    void theReverseChainIsTheEngineDdpmSamplerRunFromTheSameNoise() {
        int n = 200;
        DdpmScene scene = DdpmScene.of(ToyDataset.SPIRAL, 11, n);
        UniformRandomProvider rng = Seeds.generator(11 ^ DdpmScene.REVERSE_STREAM);
        PointCloud start = PointCloud.standardNormal(n, rng);
        assertThat(scene.reverse(DdpmScene.STEPS)).isEqualTo(start);
        SampleRun run = Samplers.ddpm(SCHEDULE, true)
                .runFrom(NoisedMixture.of(ToyDataset.SPIRAL.mixture()), start, rng, PathSelection.none());
        PointCloud ours = scene.reverse(0);
        for (int i = 0; i < n; i++) {
            assertThat(ours.x(i)).isCloseTo(run.samples().x(i), within(1e-9));
            assertThat(ours.y(i)).isCloseTo(run.samples().y(i), within(1e-9));
        }
    }

    @Test
    void theReverseCloudReachesTheFiveModeTarget() {
        DdpmScene scene = DdpmScene.of(ToyDataset.FIVE_MODES, 4, N);
        SampleMetrics m = SampleMetrics.of(ToyDataset.FIVE_MODES.mixture(), scene.reverse(0), 100, Seeds.generator(9));
        // Five mode shares of sd sqrt(0.16 / n) = 0.013 each; their half-sum stays under 0.06.
        assertThat(m.modeTotalVariation()).isLessThan(0.06);
        assertThat(m.meanError()).isLessThan(STANDARD_ERRORS * Math.sqrt(2.0 / N));
        // Total variance 2 with a standard error near 0.06 for 1000 points, plus 0.05 for T = 100.
        assertThat(scene.reverseSpread(0)).isCloseTo(2, within(STANDARD_ERRORS * 0.06 + 0.05));
    }

    @Test
    void theLossFloorIsTheExactPredictorsLossAndNoSimplerPredictorBeatsIt() {
        NoisedMixture field = NoisedMixture.of(ToyDataset.TWO_MOONS.mixture());
        for (int t : new int[] {1, 5, 25, 50, 90}) {
            PointCloud xt = MOONS.forward(t);
            double a = SCHEDULE.signalScale(t);
            double s = SCHEDULE.noiseStd(t);
            double exact = 0;
            double zero = 0;
            double gaussian = 0;
            double cross = 0;
            double squared = 0;
            for (int i = 0; i < N; i++) {
                Vec2 e = MOONS.trueNoise(t, i);
                Vec2 hat = field.noisePrediction(xt.x(i), xt.y(i), a, s);
                exact += sq(e.x() - hat.x()) + sq(e.y() - hat.y());
                zero += sq(e.x()) + sq(e.y());
                // The best predictor if the data were N(0, I): E[eps | x_t] = s x_t.
                gaussian += sq(e.x() - s * xt.x(i)) + sq(e.y() - s * xt.y(i));
                cross += e.x() * hat.x() + e.y() * hat.y();
                squared += sq(hat.x()) + sq(hat.y());
                if (i < DdpmScene.ARROWS) {
                    assertThat(MOONS.predictedNoise(t, i).x()).isCloseTo(hat.x(), within(1e-12));
                }
            }
            assertThat(MOONS.minimalLoss(t)).as("t = %d", t).isCloseTo(exact / N, within(1e-12));
            assertThat(exact).as("beats guessing 0 at t = %d", t).isLessThan(zero);
            if (t <= 50) {
                // Near pure noise both predictors are almost s x_t, and a finite sample may rank them either way.
                assertThat(exact).as("beats the Gaussian predictor at t = %d", t).isLessThan(gaussian);
            }
            // A conditional mean is orthogonal to its error: E[eps . hat] = E[|hat|^2].
            assertThat(cross / N).as("orthogonality at t = %d", t)
                    .isCloseTo(squared / N, within(STANDARD_ERRORS * 2 / Math.sqrt(N)));
        }
    }

    @Test
    void forOneGaussianBlobTheLossFloorHasItsClosedForm() {
        // 2 alpha_bar s^2 / (alpha_bar s^2 + sigma^2) for N(0, s^2 I) data, the lesson's 1.818 at s = 0.1, t = 1.
        double s2 = 0.01;
        double ab = SCHEDULE.alphaBar(1);
        assertThat(2 * ab * s2 / (ab * s2 + 1 - ab)).isCloseTo(1.818, within(0.0005));
        // At t = 50 the noised moons are nearly Gaussian with covariance I, so the floor is near 2 alpha_bar.
        assertThat(MOONS.minimalLoss(50)).isCloseTo(2 * SCHEDULE.alphaBar(50), within(STANDARD_ERRORS * 0.3 / Math.sqrt(N)));
    }

    @Test
    void theSameSeedGivesTheSameSceneAndAnotherSeedAnother() {
        DdpmScene again = DdpmScene.of(ToyDataset.TWO_MOONS, 3, N);
        assertThat(again.forward(40)).isEqualTo(MOONS.forward(40));
        assertThat(again.reverse(0)).isEqualTo(MOONS.reverse(0));
        assertThat(DdpmScene.of(ToyDataset.TWO_MOONS, 4, N).reverse(0)).isNotEqualTo(MOONS.reverse(0));
    }

    @Test
    void badArgumentsAreRejectedWithTheirNameValueAndRange() {
        assertThatThrownBy(() -> DdpmScene.of(ToyDataset.TWO_MOONS, 3, 20))
                .hasMessage("n must be between 50 and 1000, was 20");
        assertThatThrownBy(() -> MOONS.forward(101)).hasMessage("t must be between 0 and 100, was 101");
        assertThatThrownBy(() -> MOONS.minimalLoss(0)).hasMessage("t must be between 1 and 100, was 0");
    }

    private static double correlation(double[] a, double[] b) {
        PointCloud pair = PointCloud.of(a, b);
        double[][] c = pair.covariance();
        return c[0][1] / Math.sqrt(c[0][0] * c[1][1]);
    }

    private static double sq(double v) {
        return v * v;
    }
}
