package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.LossFloor;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.demo.training.Copying;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingProcess;
import org.diffusioncourse.simulation.learn.TrainingSet;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.support.LessonFiles;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the training lesson is the engine's: the shipped networks' final losses,
 * the loss floors (population, empirical and class-conditional) with the lesson's Monte Carlo
 * settings, the floor table, the SNR weights, the worked training step of the four targets, and
 * the memorisation table. No network is trained here: the lesson quotes shipped networks only.
 */
class TrainingNumbersTest {

    private static final String LESSON = LessonFiles.read("training");
    private static final ModelLibrary LIBRARY = ModelLibrary.shared();
    /** The lesson's floor estimate: 100 strata of t, 4000 pairs each, seed 1. */
    private static final int LEVELS = 100;
    private static final int PAIRS = 4000;
    /** Fresh draws from the data, for the chance level of the ratio test. */
    private static final long FRESH_SEED = 777;

    @Test
    void theFinalLossesAreThoseOfTheShippedNetworks() {
        assertThat(LESSON).contains("ends at a mean minibatch loss of " + f(loss(ShippedModel.TWO_MOONS_EPS), 4));
        assertThat(LESSON).contains("The default network ends at $" + f(loss(ShippedModel.TWO_MOONS_EPS), 4) + "$");
        assertThat(LESSON).contains("it ends at $" + f(loss(ShippedModel.TWO_MOONS_VELOCITY), 4) + "$");
        assertThat(LESSON).contains("the velocity network (" + f(loss(ShippedModel.TWO_MOONS_VELOCITY), 4) + ")");
        assertThat(LESSON).contains("the network reaches " + f(loss(ShippedModel.TWO_MOONS_16), 4));
        assertThat(LESSON).contains("6000 steps on 16 points ends at $" + f(loss(ShippedModel.TWO_MOONS_16), 4) + "$");
        assertThat(LESSON).contains("conditional network ends at $" + f(loss(ShippedModel.TWO_MOONS_GUIDED), 4) + "$");
        assertThat(LESSON).contains("network ends at a loss of " + f(loss(ShippedModel.TWO_MOONS_GUIDED), 4));
        // the velocity network's loss near 2.8 and the eps network's 0.48 in the practice prompt
        assertThat(f(loss(ShippedModel.TWO_MOONS_VELOCITY), 1)).isEqualTo("2.8");
        assertThat(f(loss(ShippedModel.TWO_MOONS_EPS), 2)).isEqualTo("0.48");
    }

    @Test
    void theFloorsAndGapsAreTheEnginesMonteCarlo() {
        LossFloor.Estimate eps = population(ShippedModel.TWO_MOONS_EPS.config());
        assertThat(LESSON).contains("averages " + f(eps.mean(), 4) + " (standard error " + f(eps.standardError(), 4) + ")");
        assertThat(LESSON).contains("is $" + f(eps.mean(), 4) + "$ with a standard error of $" + f(eps.standardError(), 4) + "$");
        double gap = loss(ShippedModel.TWO_MOONS_EPS) - eps.mean();
        assertThat(LESSON).contains(f(gap, 3) + " above it").contains("the gap of " + f(gap, 3));
        assertThat(LESSON).contains("The exact floor is about " + f(eps.mean(), 3));
        assertThat(LESSON).contains("population floor of about " + f(eps.mean(), 3));

        LossFloor.Estimate velocity = population(ShippedModel.TWO_MOONS_VELOCITY.config());
        assertThat(LESSON).contains("its own floor is $" + f(velocity.mean(), 4) + "$");
        assertThat(LESSON).contains(f(eps.mean(), 4) + " and " + f(velocity.mean(), 4));
        assertThat(f(velocity.mean(), 1)).isEqualTo("2.7");

        double empirical16 = empirical(ShippedModel.TWO_MOONS_16.config()).mean();
        double empirical128 = empirical(ShippedModel.TWO_MOONS_128.config()).mean();
        assertThat(LESSON).contains("$" + f(empirical16, 4) + "$ for 16 training points and $" + f(empirical128, 4)
                + "$ for 128");
        assertThat(LESSON).contains("would only reproduce them")
                .contains("optimum of that loss (" + f(empirical16, 4) + ")");
        assertThat(LESSON).contains("that floor is lower: about " + f(empirical16, 3));
        // The small-set network sits between its two floors.
        assertThat(loss(ShippedModel.TWO_MOONS_16)).isBetween(empirical16, eps.mean());
    }

    @Test
    void theConditionalFloorMixesTheClassFloorsWithTheUnconditionalOne() {
        TrainingConfig config = ShippedModel.TWO_MOONS_GUIDED.config();
        LabelledMixture labelled = ToyDataset.TWO_MOONS.labelled();
        double[] weights = labelled.mixture().weights();
        int[] classes = labelled.classes();
        double[] classWeight = new double[labelled.classCount()];
        for (int k = 0; k < weights.length; k++) {
            classWeight[classes[k]] += weights[k];
        }
        double conditional = 0;
        for (int y = 0; y < classWeight.length; y++) {
            conditional += classWeight[y] * LossFloor.of(labelled.restrictTo(y), config.process(), config.target(),
                    config.weighting()).overall(LEVELS, PAIRS, Seeds.generator(1)).mean();
        }
        double unconditional = population(config).mean();
        double p = config.labelDropout();
        double mixed = (1 - p) * conditional + p * unconditional;
        assertThat(p).isEqualTo(0.1);
        assertThat(LESSON).contains("0.9 · " + f(conditional, 4) + " + 0.1 · " + f(unconditional, 4) + " = " + f(mixed, 4));
        assertThat(LESSON).contains("$0.9 \\cdot " + f(conditional, 4) + " + 0.1 \\cdot " + f(unconditional, 4) + " = "
                + f(mixed, 4) + "$");
        assertThat(loss(ShippedModel.TWO_MOONS_GUIDED)).isBetween(mixed, unconditional);
    }

    @Test
    void theFloorTableAndTheWeightsAreTheLinearSchedules() {
        TrainingProcess process = TrainingProcess.DDPM_LINEAR;
        LossFloor floor = LossFloor.of(TrainingConfig.defaults());
        for (int t : new int[] {10, 100, 300, 500, 700}) {
            double a = process.signalScale(t);
            double s = process.noiseStd(t);
            double snr = a * a / (s * s);
            String snrText = snr >= 100 ? f(snr, 2) : snr >= 1 ? f(snr, 2) : snr >= 0.1 ? f(snr, 3) : f(snr, 4);
            double value = floor.atTime(t, 20_000, Seeds.generator(t)).mean();
            String row = "| " + t + " | " + f(a, 4) + " | " + f(s, 4) + " | " + snrText + " | " + f(value, 3) + " |";
            assertThat(LESSON).as("floor table row t = %d", t).contains(row);
        }
        double snr100 = snr(process, 100);
        double snr500 = snr(process, 500);
        assertThat(LESSON).contains("$\\mathrm{SNR} = " + f(snr100, 2) + "$ at $t = 100$ and $" + f(snr500, 4) + "$ at $t = 500$");
        double a = process.signalScale(100);
        double s = process.noiseStd(100);
        assertThat(LESSON).contains("the three weights are $" + f(LossWeighting.SIMPLE.onData(Target.EPS, a, s), 2) + "$, $"
                + f(LossWeighting.SNR_PLUS_ONE.onData(Target.EPS, a, s), 2) + "$ and $"
                + f(LossWeighting.MIN_SNR.onData(Target.EPS, a, s), 0) + "$");
        assertThat(LESSON).contains("they are 8.71, 9.71 and 5");
        double a5 = process.signalScale(500);
        double s5 = process.noiseStd(500);
        assertThat(LESSON).contains("At $t = 500$ they are $" + f(LossWeighting.SIMPLE.onData(Target.EPS, a5, s5), 4) + "$, $"
                + f(LossWeighting.SNR_PLUS_ONE.onData(Target.EPS, a5, s5), 4) + "$ and $"
                + f(LossWeighting.MIN_SNR.onData(Target.EPS, a5, s5), 4) + "$");
    }

    @Test
    void theWorkedStepConvertsThroughTheEnginesTargets() {
        double a = 0.4;
        double s = 0.6;
        double[] x0 = {3, -1};
        double[] eps = {0.8, -0.5};
        double[] epsHat = {0.6, -0.3};
        double[] errors = new double[4];
        double x0Error = 0;
        for (int i = 0; i < 2; i++) {
            double x = a * x0[i] + s * eps[i];
            double x0Hat = Target.EPS.denoised(x, epsHat[i], a, s);
            x0Error += (x0Hat - x0[i]) * (x0Hat - x0[i]);
            double[] predictions = {epsHat[i], x0Hat, -epsHat[i] / s, x0Hat - epsHat[i]};
            Target[] targets = {Target.EPS, Target.X0, Target.SCORE, Target.VELOCITY};
            for (int k = 0; k < 4; k++) {
                double d = predictions[k] - targets[k].of(x0[i], eps[i], a, s);
                errors[k] += d * d;
            }
        }
        assertThat(f(errors[0], 2)).isEqualTo("0.08");
        assertThat(f(errors[1], 2)).isEqualTo("0.18");
        assertThat(f(errors[2], 4)).isEqualTo("0.2222");
        assertThat(f(errors[3], 1)).isEqualTo("0.5");
        Target[] targets = {Target.EPS, Target.X0, Target.SCORE, Target.VELOCITY};
        for (int k = 0; k < 4; k++) {
            assertThat(errors[k]).as(targets[k].id()).isCloseTo(targets[k].gainOverData(a, s) * x0Error,
                    org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(LESSON).contains("the four errors are 0.08, 0.18, 0.2222 and 0.5");
    }

    /** The table is what the demo's memorise figure shows for the same runs (demo/training/Copying). */
    @Test
    void theMemorisationTableIsTheDemosSampling() {
        assertThat(SamplerKind.DDIM.defaults().steps()).isEqualTo(50);
        for (ShippedModel model : new ShippedModel[] {ShippedModel.TWO_MOONS_16, ShippedModel.TWO_MOONS_128,
                ShippedModel.TWO_MOONS_EPS}) {
            TrainingConfig config = model.config();
            Memorisation.Report n = Copying.of(config, SamplerKind.DDIM);
            Memorisation.Report e = Copying.empiricalOf(config, SamplerKind.DDIM).orElseThrow();
            Memorisation.Report d = Copying.chance(config);
            String row = "| " + config.trainingSetSize() + " | " + config.steps() + " | " + percent(n.copyShare()) + " | "
                    + f(n.medianNearest(), 4) + " | " + percent(e.copyShare()) + " | " + f(e.medianNearest(), 4) + " | "
                    + percent(d.copyShare()) + " | " + f(d.medianNearest(), 4) + " |";
            assertThat(LESSON).as("memorisation row n = %d", config.trainingSetSize()).contains(row);
            if (model == ShippedModel.TWO_MOONS_16) {
                assertThat(LESSON).contains("gives " + percent(e.copyShare()) + " near-copies (d_1/d_2 < 1/3) with median distance "
                        + f(e.medianNearest(), 4));
                assertThat(LESSON).contains("gives " + percent(n.copyShare()) + " and " + f(n.medianNearest(), 4)
                        + " (1000 samples), against " + percent(d.copyShare()) + " and " + f(d.medianNearest(), 4));
                assertThat(LESSON).contains("within $" + f(e.medianNearest(), 4) + "$ of a training point");
            }
        }
    }

    @Test
    void theNetworkSizeIsTheDefaultConfigurations() {
        int parameters = TrainingConfig.defaults().parameterCount();
        assertThat(parameters).isBetween(9_650, 9_749);
        assertThat(LESSON).contains("about 9,700 parameters");
        assertThat(TrainingConfig.defaults().labelDropout()).isEqualTo(0.1);
    }

    private static double loss(ShippedModel model) {
        return LIBRARY.shipped(model).finalLoss();
    }

    private static double snr(TrainingProcess process, int t) {
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        return a * a / (s * s);
    }

    private static LossFloor.Estimate population(TrainingConfig config) {
        return LossFloor.of(config).overall(LEVELS, PAIRS, Seeds.generator(1));
    }

    private static LossFloor.Estimate empirical(TrainingConfig config) {
        GaussianMixture2D points = Memorisation.empiricalDistribution(TrainingSet.of(config).points());
        return LossFloor.of(points, config.process(), config.target(), config.weighting())
                .overall(LEVELS, PAIRS, Seeds.generator(1));
    }

    private static String percent(double share) {
        return f(100 * share, 1) + "%";
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
