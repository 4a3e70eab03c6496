package org.diffusioncourse.demo.langevin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.sampler.LangevinSampler;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;

/**
 * The Langevin lesson's scene against closed forms and the target: the step is the engine's,
 * the spread within modes follows the Gaussian stationary variance, steps beyond the stability
 * limit escape, and annealing finds every mode with the target's shares. Tolerances are five
 * standard errors.
 */
class LangevinSceneTest {

    private static final double STANDARD_ERRORS = 5.0;

    @Test
    void theGaussianStationaryVarianceAndStabilityLimitHaveTheirClosedForms() {
        assertThat(LangevinScene.largestStableStep()).isEqualTo(0.125);
        assertThat(LangevinScene.stationaryVariance(0.05, 0.0625)).isCloseTo(0.0625 / 0.6, within(1e-15));
        assertThat(LangevinScene.stationaryVariance(0.125, 0.0625)).isInfinite();
        // Independent route: iterate the variance recursion v <- (1 - eta/s^2)^2 v + 2 eta to its fixed point.
        for (double eta : new double[] {0.001, 0.01, 0.05, 0.1}) {
            double v = 0;
            for (int k = 0; k < 200_000; k++) {
                v = Math.pow(1 - eta / 0.0625, 2) * v + 2 * eta;
            }
            assertThat(LangevinScene.stationaryVariance(eta, 0.0625)).as("eta = %s", eta).isCloseTo(v, within(1e-9));
        }
    }

    @Test
    void onOneGaussianTheSimulatedVarianceMatchesTheStationaryVarianceAndDivergesBeyondTheLimit() {
        // The engine's own sampler on N(0, 0.0625 I), the shape of one mode: variance s^2 / (1 - eta / (2 s^2)).
        GaussianMixture2D mode = GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}}, new double[] {0.25});
        int n = 4000;
        for (double eta : new double[] {0.01, 0.05, 0.1}) {
            SampleRun run = Samplers.langevin(2000, 2 * eta).run(NoisedMixture.of(mode), n, Seeds.generator(1), PathSelection.none());
            double expected = LangevinScene.stationaryVariance(eta, 0.0625);
            double tol = STANDARD_ERRORS * Math.sqrt(2.0 / n) * expected;
            assertThat(run.samples().covariance()[0][0]).as("var x at eta = %s", eta).isCloseTo(expected, within(tol));
            assertThat(run.samples().covariance()[1][1]).as("var y at eta = %s", eta).isCloseTo(expected, within(tol));
        }
        // Just past 2 s^2 = 0.125 the contraction factor is 1 - 0.13 / 0.0625 = -1.08: growth of 1.08 per step.
        SampleRun beyond = Samplers.langevin(2000, 2 * 0.13).run(NoisedMixture.of(mode), 10, Seeds.generator(1),
                PathSelection.none());
        assertThat(beyond.samples().covariance()[0][0]).isGreaterThan(1e50);
    }

    @Test
    void everyIterationIsTheEngineStepWithHEqualToTwoEta() {
        LangevinScene scene = LangevinScene.of(0.01, false, LangevinScene.Start.SPREAD, 5, 10);
        NoisedMixture field = NoisedMixture.of(LangevinScene.target());
        PointCloud before = scene.particles(7);
        PointCloud after = scene.particles(8);
        for (int i = 0; i < 10; i++) {
            Vec2 score = field.score(before.x(i), before.y(i), 1, 0);
            // The noise is not observable, but x' - x - eta * score must be sqrt(2 eta) times a normal draw.
            double zx = (after.x(i) - before.x(i) - 0.01 * score.x()) / Math.sqrt(0.02);
            double zy = (after.y(i) - before.y(i) - 0.01 * score.y()) / Math.sqrt(0.02);
            assertThat(Math.abs(zx)).isLessThan(6);
            assertThat(Math.abs(zy)).isLessThan(6);
            assertThat(LangevinSampler.step(before.x(i), score.x(), 0.02, zx)).isCloseTo(after.x(i), within(1e-12));
        }
    }

    @Test
    void theSpreadWithinModesGrowsWithTheStepAsTheGaussianFormulaSays() {
        int n = 200;
        for (double eta : new double[] {0.01, 0.05}) {
            LangevinScene scene = LangevinScene.of(eta, false, LangevinScene.Start.SPREAD, 3, n);
            double mean = 0;
            for (int k = 500; k <= 1000; k += 100) {
                mean += scene.withinModeVariance(k) / 6;
            }
            double expected = LangevinScene.stationaryVariance(eta, 0.0625);
            // 200 particles x 6 snapshots, correlated over time: count them as 200 draws of a chi^2_2 / 2.
            assertThat(mean).as("eta = %s", eta).isCloseTo(expected, within(STANDARD_ERRORS * expected / Math.sqrt(n)));
        }
    }

    @Test
    void stepsFarBeyondTheLimitEscapeAndEscapedParticlesAreCountedAsMissingMass() {
        LangevinScene scene = LangevinScene.of(0.2, false, LangevinScene.Start.SPREAD, 3, 50);
        assertThat(scene.occupancy(1000)[5]).isEqualTo(1.0);
        assertThat(scene.occupiedModes(1000)).isZero();
        assertThat(scene.modeDistance(1000)).isCloseTo(1.0, within(1e-12));
        assertThat(scene.withinModeVariance(1000)).isNaN();
        LangevinScene annealed = LangevinScene.of(0.01, true, LangevinScene.Start.CORNER, 3, 50);
        assertThat(annealed.occupancy(LangevinScene.ITERATIONS_PER_LEVEL)[5]).isEqualTo(1.0);
        assertThat(LangevinScene.of(0.005, true, LangevinScene.Start.CORNER, 3, 50).occupancy(1000)[5]).isZero();
    }

    @Test
    void annealingFromTheCornerReachesTheTargetSharesWhilePlainLangevinStaysNearItsStart() {
        int n = 200;
        LangevinScene annealed = LangevinScene.of(0.002, true, LangevinScene.Start.CORNER, 7, n);
        double[] shares = annealed.occupancy(1000);
        for (int m = 0; m < 5; m++) {
            assertThat(shares[m]).as("mode %d", m).isCloseTo(0.2, within(STANDARD_ERRORS * Math.sqrt(0.16 / n)));
        }
        LangevinScene plain = LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 7, n);
        assertThat(plain.modeDistance(1000)).isGreaterThan(0.4);
        assertThat(plain.occupancy(1000)[3]).as("the mode nearest the corner").isGreaterThan(0.6);
    }

    @Test
    void theLadderIsGeometricFromTwoToOneTwentiethAndStepsScaleWithSigmaSquared() {
        double[] sigmas = LangevinScene.sigmas();
        assertThat(sigmas).hasSize(10);
        assertThat(sigmas[0]).isEqualTo(2.0);
        assertThat(sigmas[9]).isCloseTo(0.05, within(1e-15));
        for (int i = 1; i < 10; i++) {
            assertThat(sigmas[i] / sigmas[i - 1]).isCloseTo(Math.pow(0.025, 1.0 / 9), within(1e-12));
        }
        LangevinScene scene = LangevinScene.of(0.002, true, LangevinScene.Start.CORNER, 3, 10);
        assertThat(scene.sigmaAt(1)).isEqualTo(2.0);
        assertThat(scene.stepAt(1)).isCloseTo(0.002 * 1600, within(1e-12));
        assertThat(scene.sigmaAt(1000)).isCloseTo(0.05, within(1e-15));
        assertThat(scene.stepAt(1000)).isCloseTo(0.002, within(1e-15));
        assertThat(LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 10).stepAt(500)).isEqualTo(0.002);
    }

    @Test
    void theSameSeedGivesTheSameRunAndBadArgumentsAreNamed() {
        LangevinScene a = LangevinScene.of(0.01, false, LangevinScene.Start.SPREAD, 4, 20);
        LangevinScene b = LangevinScene.of(0.01, false, LangevinScene.Start.SPREAD, 4, 20);
        assertThat(a.particles(1000)).isEqualTo(b.particles(1000));
        assertThat(Arrays.equals(a.occupancy(300), b.occupancy(300))).isTrue();
        assertThat(LangevinScene.of(0.01, false, LangevinScene.Start.SPREAD, 5, 20).particles(1000)).isNotEqualTo(a.particles(1000));
        assertThatThrownBy(() -> LangevinScene.of(0, false, LangevinScene.Start.SPREAD, 4, 20))
                .hasMessage("eta must be in (0, 1.0], was 0.0");
        assertThatThrownBy(() -> LangevinScene.of(0.01, false, LangevinScene.Start.SPREAD, 4, 5))
                .hasMessage("n must be between 10 and 200, was 5");
        assertThatThrownBy(() -> a.particles(1001)).hasMessage("k must be between 0 and 1000, was 1001");
    }
}
