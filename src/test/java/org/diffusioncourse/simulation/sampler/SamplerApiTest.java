package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.api.Test;

class SamplerApiTest {

    private static final ScoreField BLOBS = NoisedMixture.of(ToyDataset.TWO_BLOBS.mixture());

    @Test
    void theSameSeedGivesTheSameSamplesAndAnotherSeedDoesNot() {
        Sampler sde = Samplers.reverseSde(VpSde.standard(), 50);
        PointCloud a = sde.run(BLOBS, 300, Seeds.generator(4), PathSelection.none()).samples();
        PointCloud b = sde.run(BLOBS, 300, Seeds.generator(4), PathSelection.none()).samples();
        PointCloud c = sde.run(BLOBS, 300, Seeds.generator(5), PathSelection.none()).samples();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void ddimWithEtaOneOverAllStepsIsDdpmWithThePosteriorVarianceDrawForDraw() {
        // sigma^2 = beta_tilde and the DDIM mean is the DDPM posterior mean; both skip the noise
        // on the last step, so the same generator gives the same samples up to rounding.
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        PointCloud ddim = Samplers.ddim(linear, 1000, 1).run(BLOBS, 50, Seeds.generator(7), PathSelection.none()).samples();
        PointCloud ddpm = Samplers.ddpm(linear, true).run(BLOBS, 50, Seeds.generator(7), PathSelection.none()).samples();
        for (int i = 0; i < 50; i++) {
            assertThat(ddim.x(i)).isCloseTo(ddpm.x(i), within(1e-9));
            assertThat(ddim.y(i)).isCloseTo(ddpm.y(i), within(1e-9));
        }
    }

    @Test
    void theCostIsKnownBeforeTheRunAsParticlesTimesNfeTimesComponents() {
        assertThat(Samplers.edmHeun(18).evaluationsPerParticle()).isEqualTo(35);
        assertThat(Samplers.probabilityFlowHeun(VpSde.standard(), 10).evaluationsPerParticle()).isEqualTo(20);
        assertThat(Samplers.ddpm(NoiseSchedule.named("linear", 1000), true).cost(2000, BLOBS))
                .isEqualTo(2000L * 1000 * 2);
        GuidedField guided = GuidedField.of(ToyDataset.EIGHT_GAUSSIANS.labelled(), 3, 2);
        assertThat(Samplers.ddim(NoiseSchedule.named("linear", 1000), 50, 0).cost(100, guided))
                .isEqualTo(100L * 50 * 9);
    }

    @Test
    void recordedPathsStartAtTheStartAndEndAtTheSample() {
        PointCloud start = PointCloud.standardNormal(10, Seeds.generator(1));
        SampleRun run = Samplers.ddim(NoiseSchedule.named("cosine", 1000), 10, 0.5)
                .runFrom(BLOBS, start, Seeds.generator(2), PathSelection.of(7));
        ParticlePath path = run.paths().get(0);
        assertThat(path.particle()).isEqualTo(7);
        assertThat(path.length()).isEqualTo(11);
        assertThat(path.times()[0]).isEqualTo(1000);
        assertThat(path.times()[10]).isEqualTo(0);
        assertThat(path.xs()[0]).isEqualTo(start.x(7));
        assertThat(path.ys()[10]).isEqualTo(run.samples().y(7));
    }

    @Test
    void guidanceTowardsOneClassOfEightGaussiansPutsTheSamplesInThatMode() {
        LabelledMixture eight = ToyDataset.EIGHT_GAUSSIANS.labelled();
        GaussianMixture2D target = eight.mixture();
        double[] mode = target.means()[3];
        Sampler dpm = Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 25);
        PointCloud conditional = dpm.run(GuidedField.of(eight, 3, 1), 500, Seeds.generator(3), PathSelection.none()).samples();
        assertThat(SampleMetrics.modeFractions(target, conditional)[3]).isGreaterThan(0.99);
        assertThat(conditional.meanX()).isCloseTo(mode[0], within(0.05));
        assertThat(conditional.meanY()).isCloseTo(mode[1], within(0.05));
        // w = 3 over-shoots: the unconditional score pulls towards the ring's centre, and
        // w (s_c - s_u) pushes the samples out past the mode, away from the other classes.
        PointCloud guided = dpm.run(GuidedField.of(eight, 3, 3), 500, Seeds.generator(3), PathSelection.none()).samples();
        assertThat(SampleMetrics.modeFractions(target, guided)[3]).isGreaterThan(0.99);
        assertThat(Math.hypot(guided.meanX(), guided.meanY())).isGreaterThan(Math.hypot(mode[0], mode[1]) + 0.05);
        PointCloud unguided = dpm.run(GuidedField.of(eight, 3, 0), 2000, Seeds.generator(3), PathSelection.none()).samples();
        assertThat(SampleMetrics.modeFractions(target, unguided)[3]).isBetween(0.08, 0.17);
    }

    @Test
    void parametersAreRejectedNamingTheValueAndTheRange() {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.ddim(linear, 0, 0))
                .withMessage("steps must be between 1 and 1000, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.ddim(linear, 10, 1.5))
                .withMessage("eta must be between 0.0 and 1.0, was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.reverseSde(VpSde.standard(), 5001))
                .withMessage("steps must be between 1 and 5000, was 5001");
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.langevin(10, Double.NaN))
                .withMessage("stepSize must be in (0, 1], was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.reverseSde(CondOtPath.of(), 10))
                .withMessage("path must be vp-sde or ve-sde, was condot (use flowMatching or flowSde)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Samplers.edmHeun(10).run(BLOBS, 20_001, Seeds.generator(1), PathSelection.none()))
                .withMessage("n must be between 1 and 20000, was 20001");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Samplers.edmHeun(10).run(BLOBS, 5, Seeds.generator(1), PathSelection.of(5)))
                .withMessage("paths must select particles below n = 5, had 5");
        assertThatIllegalArgumentException().isThrownBy(() -> PathSelection.of(1, -2))
                .withMessage("particles[1] must be >= 0, was -2");
        assertThatIllegalArgumentException().isThrownBy(() -> Samplers.annealedLangevin(100, 100, 1, 0.01, 1e-3))
                .withMessage("levels x stepsPerLevel must be between 1 and 5000, was 10000");
    }
}
