package org.diffusioncourse.demo.coupled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.ParticlePath;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;

/**
 * Coupled runs record every particle faithfully, and the VP reverse SDE and probability-flow ODE
 * they couple pass through the exact marginals p_t and end in the target, within Monte Carlo error.
 */
class CoupledRunsTest {

    private static final double STANDARD_ERRORS = 5.0;
    private static final int N = 2000;

    private static List<Sampler> vpPair(int steps) {
        return List.of(Samplers.reverseSde(VpSde.standard(), steps), Samplers.probabilityFlowEuler(VpSde.standard(), steps));
    }

    @Test
    void everyParticleIsRecordedAtEveryStepExactlyAsASingleRunTracesIt() {
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        CoupledRuns runs = CoupledRuns.of(target, vpPair(20), 150, 4);
        PointCloud start = PointCloud.standardNormal(150, Seeds.generator(4));
        assertThat(runs.start()).isEqualTo(start);
        for (int r = 0; r < 2; r++) {
            SampleRun single = vpPair(20).get(r).runFrom(NoisedMixture.of(target), start, Seeds.generator(5),
                    PathSelection.of(0, 70, 149));
            assertThat(runs.steps(r)).isEqualTo(20);
            for (ParticlePath path : single.paths()) {
                for (int k = 0; k <= 20; k++) {
                    assertThat(runs.at(r, k).x(path.particle())).isEqualTo((float) path.xs()[k]);
                    assertThat(runs.at(r, k).y(path.particle())).isEqualTo((float) path.ys()[k]);
                }
            }
            assertThat(runs.run(r).end()).isEqualTo(single.samples());
            assertThat(runs.run(r).times()).containsExactly(single.paths().getFirst().times());
        }
    }

    @Test
    void bothRunsPassThroughTheExactMarginalMomentsOfTwoBlobs() {
        // p_t of x = a x_0 + s eps has mean a mu and covariance a^2 Cov(x_0) + s^2 I.
        GaussianMixture2D target = ToyDataset.TWO_BLOBS.mixture();
        CoupledRuns runs = CoupledRuns.of(target, vpPair(200), N, 11);
        VpSde vp = VpSde.standard();
        double[][] c0 = target.covariance();
        for (int step : new int[] {100, 150, 190}) {
            double t = runs.run(0).times()[step];
            double a = vp.signalScale(t);
            double s = vp.noiseStd(t);
            for (int r = 0; r < 2; r++) {
                PointCloud cloud = runs.at(r, step);
                double[][] c = cloud.covariance();
                double vxx = a * a * c0[0][0] + s * s;
                double vxy = a * a * c0[0][1];
                // Var of a variance estimate is about 2 v^2 / n for light tails; of a covariance (v_xx v_yy + v_xy^2) / n.
                assertThat(c[0][0]).as("var x, run %d, t = %f", r, t).isCloseTo(vxx, within(STANDARD_ERRORS * vxx * Math.sqrt(2.0 / N) + 0.02));
                assertThat(c[0][1]).as("cov xy, run %d, t = %f", r, t)
                        .isCloseTo(vxy, within(STANDARD_ERRORS * Math.sqrt((vxx * vxx + vxy * vxy) / N) + 0.02));
                assertThat(cloud.meanX()).isCloseTo(0, within(STANDARD_ERRORS * Math.sqrt(vxx / N)));
            }
        }
    }

    @Test
    void bothRunsEndInTheFiveModeTargetAsCloselyAsExactDrawsDo() {
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        CoupledRuns runs = CoupledRuns.of(target, vpPair(200), N, 21);
        // The energy distance of n exact draws has spread of order 1/n; allow the Euler bias on top.
        double band = Math.abs(runs.exactBaseline().energyDistance()) + 0.01;
        for (int r = 0; r < 2; r++) {
            SampleMetrics m = runs.run(r).metrics();
            assertThat(Math.abs(m.energyDistance())).as("energy distance, run %d", r).isLessThan(band);
            // Five fractions each with sd sqrt(0.16 / n) = 0.009: their half-sum stays under 0.05.
            assertThat(m.modeTotalVariation()).as("mode TV, run %d", r).isLessThan(0.05);
            assertThat(m.meanError()).isLessThan(STANDARD_ERRORS * Math.sqrt(2.0 / N));
        }
        // Same marginals, different couplings: paired end points are far apart, as for independent draws.
        PointCloud a = target.sample(N, Seeds.generator(1));
        PointCloud b = target.sample(N, Seeds.generator(2));
        double independent = 0;
        for (int i = 0; i < N; i++) {
            independent += Math.hypot(a.x(i) - b.x(i), a.y(i) - b.y(i));
        }
        independent /= N;
        assertThat(runs.meanPairedEndDistance(0, 1)).isCloseTo(independent, within(0.15));
        assertThat(runs.meanPairedEndDistance(0, 0)).isZero();
    }

    @Test
    void onStandardNormalDataTheProbabilityFlowOdeDoesNotMoveAnyParticle() {
        // p_t = N(0, I) for every t, so f x - g^2/2 score = -beta/2 x + beta/2 x = 0.
        GaussianMixture2D normal = GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}}, new double[] {1});
        CoupledRuns runs = CoupledRuns.of(normal, vpPair(50), 100, 3);
        PointCloud start = runs.start();
        PointCloud end = runs.run(1).end();
        for (int i = 0; i < 100; i++) {
            assertThat(end.x(i)).isCloseTo(start.x(i), within(1e-9));
            assertThat(end.y(i)).isCloseTo(start.y(i), within(1e-9));
        }
        assertThat(runs.pathLengthRatio(0)).as("the SDE jitters").isGreaterThan(5);
    }

    @Test
    void everySigmaOfTheFlowSdeFollowsTheCondOtMarginalsAndEndsInTheTarget() {
        // x_t = t z + (1 - t) eps has covariance t^2 Cov(z) + (1 - t)^2 I and mean 0 for centred data.
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        double[][] c0 = target.covariance();
        CoupledRuns runs = CoupledRuns.of(target, List.of(Samplers.flowSde(200, 0), Samplers.flowSde(200, 0.5),
                Samplers.flowSde(200, 1), Samplers.flowSde(200, 1.5)), N, 31);
        for (int r = 0; r < runs.runCount(); r++) {
            for (int step : new int[] {60, 100, 160}) {
                double t = runs.run(r).times()[step];
                double v = t * t * c0[0][0] + (1 - t) * (1 - t);
                PointCloud cloud = runs.at(r, step);
                assertThat(cloud.covariance()[0][0]).as("var x, run %d, t = %f", r, t)
                        .isCloseTo(v, within(STANDARD_ERRORS * v * Math.sqrt(2.0 / N) + 0.02));
                assertThat(cloud.covariance()[1][1]).as("var y, run %d, t = %f", r, t)
                        .isCloseTo(v, within(STANDARD_ERRORS * v * Math.sqrt(2.0 / N) + 0.02));
            }
            assertThat(runs.run(r).metrics().modeTotalVariation()).as("mode TV, run %d", r).isLessThan(0.05);
            assertThat(runs.run(r).metrics().meanError()).isLessThan(STANDARD_ERRORS * Math.sqrt(2.0 / N));
        }
        assertThat(runs.meanPairedEndDistance(0, 1)).as("sigma 0.5 moves the end points").isGreaterThan(0.3);
        assertThat(runs.meanPairedEndDistance(0, 3)).isGreaterThan(runs.meanPairedEndDistance(0, 1));
    }

    @Test
    void theFlowOdePathsAreCurvedAndOneEulerStepLandsOnTheDataMean() {
        // u_0(x) = E[z] - x, so x_0 + 1 * u_0(x_0) = E[z] = 0 for every start point.
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        CoupledRuns one = CoupledRuns.of(target, List.of(Samplers.flowSde(1, 0)), 50, 2);
        for (int i = 0; i < 50; i++) {
            assertThat(one.run(0).end().x(i)).isCloseTo(0, within(1e-12));
            assertThat(one.run(0).end().y(i)).isCloseTo(0, within(1e-12));
        }
        assertThat(one.pathLengthRatio(0)).as("a single segment is straight").isCloseTo(1, within(1e-6));
        CoupledRuns many = CoupledRuns.of(target, List.of(Samplers.flowSde(200, 0)), 600, 2);
        assertThat(many.pathLengthRatio(0)).isGreaterThan(1.5);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        GaussianMixture2D target = ToyDataset.TWO_BLOBS.mixture();
        assertThatIllegalArgumentException().isThrownBy(() -> CoupledRuns.of(target, vpPair(5), 1, 0))
                .withMessage("n must be between 2 and 2000, was 1");
        assertThatIllegalArgumentException().isThrownBy(() -> CoupledRuns.of(target, List.of(), 10, 0))
                .withMessage("samplers must list at least 1 sampler, had 0");
        assertThatIllegalArgumentException().isThrownBy(() -> CoupledRuns.of(target,
                List.of(Samplers.reverseSde(VpSde.standard(), 5), Samplers.reverseSde(VeSde.standard(), 5)), 10, 0))
                .withMessageStartingWith("samplers must start from the same prior; reverse-sde starts with std 0.99")
                .withMessageEndingWith(", reverse-sde with std 50.00999900019999");
    }
}
