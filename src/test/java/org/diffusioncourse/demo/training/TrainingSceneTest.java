package org.diffusioncourse.demo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainingProcess;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;

/** The numbers of the training demo: each measure checked against the exact field in place of the network. */
class TrainingSceneTest {

    private static final TrainingScene DEFAULT = TrainingScene.of(ShippedModel.TWO_MOONS_EPS.config());
    private static final TrainingSettings SETTINGS = TrainingSettings.of(ShippedModel.TWO_MOONS_EPS.config(), 30,
            SamplerKind.DDIM, 0, 3);

    @Test
    void levelZeroIsTheCleanEndAndLevelHundredTheNoiseEndOfEveryProcess() {
        for (TrainingProcess p : TrainingProcess.values()) {
            double clean = LevelMaths.time(p, 0);
            double noise = LevelMaths.time(p, 100);
            assertThat(p.noiseStd(clean)).as("%s: s at level 0", p.id()).isLessThan(0.02);
            assertThat(p.signalScale(clean)).as("%s: a at level 0", p.id()).isGreaterThan(0.99);
            assertThat(p.signalScale(noise)).as("%s: a at level 100", p.id()).isLessThan(0.01);
            double previous = -1;
            for (int level = 0; level <= 100; level += 10) {
                double t = LevelMaths.time(p, level);
                double noiseToSignal = p.noiseStd(t) / Math.max(p.signalScale(t), 1e-300);
                assertThat(noiseToSignal).as("%s: s / a grows with the level (%d)", p.id(), level).isGreaterThan(previous);
                previous = noiseToSignal;
            }
        }
    }

    @Test
    void theFieldErrorIsZeroForTheExactFieldAndPositiveForTheNetwork() {
        for (int level : new int[] {0, 30, 70, 100}) {
            assertThat(DEFAULT.fieldError(DEFAULT.exact(), level)).as("level %d", level).isZero();
            assertThat(DEFAULT.fieldError(level)).as("level %d", level).isPositive();
        }
    }

    @Test
    void theExactFieldsLossAtEachLevelIsTheFloorOnTheSamePairs() {
        List<TrainingScene.LevelLoss> exact = DEFAULT.levelLosses(DEFAULT.exact());
        assertThat(exact).hasSize(TrainingScene.LEVELS);
        for (TrainingScene.LevelLoss l : exact) {
            // The floor weighs the denoiser error by omega; the loss weighs the target's error by
            // lambda = omega / k^2: equal, on the same pairs, up to rounding.
            assertThat(l.loss()).as("level %d", l.level()).isCloseTo(l.floor().mean(), within(1e-9 * (1 + l.loss())));
        }
        for (TrainingScene.LevelLoss l : DEFAULT.levelLosses()) {
            assertThat(l.loss()).as("the network's loss at level %d is at least the floor", l.level())
                    .isGreaterThan(l.floor().mean() - 3 * l.lossError());
        }
    }

    @Test
    void modelErrorAndSamplerErrorAddUpAndTheSamplerErrorIsTheExactFieldsOwnDistance() {
        SampleComparison s = DEFAULT.samples(SETTINGS);
        assertThat(s.modelError() + s.samplerError()).isCloseTo(s.total(), within(1e-15));
        Sampler ddim = SamplerKind.DDIM.create(TrainingProcess.DDPM_LINEAR.path(), SamplerKind.DDIM.defaults());
        long seed = SETTINGS.seed();
        var exactRun = ddim.run(NoisedMixture.of(DEFAULT.config().dataset().mixture()), TrainingScene.SAMPLES,
                Seeds.stream(seed, SampleComparison.RUN_STREAM), PathSelection.none());
        double direct = SampleMetrics.of(DEFAULT.config().dataset().mixture(), exactRun,
                Seeds.stream(seed, SampleComparison.TARGET_STREAM)).energyDistance();
        assertThat(s.samplerError()).isEqualTo(direct);
        assertThat(s.exact()).isEqualTo(exactRun.samples());
        SampleComparison same = SampleComparison.of(DEFAULT.exact(), DEFAULT.exact(), DEFAULT.config().dataset().mixture(),
                ddim, 300, seed);
        assertThat(same.modelError()).as("the exact field as the network has no model error").isZero();
        assertThat(same.gap()).isZero();
    }

    @Test
    void theSixteenPointNetworkCopiesMoreThanThe128And4096PointNetworks() {
        double sixteen = Copying.of(ShippedModel.TWO_MOONS_16.config(), SamplerKind.DDIM).copyShare();
        double hundred = Copying.of(ShippedModel.TWO_MOONS_128.config(), SamplerKind.DDIM).copyShare();
        double full = Copying.of(ShippedModel.TWO_MOONS_EPS.config(), SamplerKind.DDIM).copyShare();
        assertThat(sixteen).isGreaterThan(hundred).isGreaterThan(0.2);
        assertThat(sixteen).isGreaterThan(full);
        // The ratio test passes fresh data-set draws by chance too, and more often the sparser the
        // training set (29.5% for these 16 points, 13% for 128, 10% for 4096): the 16-point
        // network is only a little above its chance level, but its samples sit twice as close to
        // the training points as fresh draws do.
        Memorisation.Report chance = Copying.chance(ShippedModel.TWO_MOONS_16.config());
        assertThat(sixteen).isGreaterThan(chance.copyShare());
        assertThat(Copying.of(ShippedModel.TWO_MOONS_16.config(), SamplerKind.DDIM).medianNearest())
                .isLessThan(0.6 * chance.medianNearest());
        assertThat(Copying.sweep(ShippedModel.TWO_MOONS_16.config(), SamplerKind.DDIM))
                .extracting(p -> p.config().trainingSetSize()).containsExactly(16, 128, 4096);
    }

    @Test
    void aClassConditionalNetworksFloorIsLowerThanTheUnconditionalOne() {
        double conditional = TrainingScene.floor(ShippedModel.TWO_MOONS_GUIDED.config()).mean();
        double unconditional = TrainingScene.floor(ShippedModel.TWO_MOONS_EPS.config()).mean();
        assertThat(conditional).isLessThan(unconditional);
        assertThat(TrainingScene.of(ShippedModel.TWO_MOONS_GUIDED.config()).finalLoss())
                .as("the guided network's training loss is not below its floor").isGreaterThan(conditional);
    }
}
