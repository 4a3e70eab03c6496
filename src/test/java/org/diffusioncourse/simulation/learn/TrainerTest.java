package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/** Training runs: the loss falls, the weights repeat bit for bit, a run can be cancelled, divergence stops it. */
class TrainerTest {

    /** A short run of the default network. */
    private static final TrainingConfig SHORT = TrainingConfig.defaults().withSchedule(400, 128, 2e-3);

    @Test
    void theLossFallsOnAFixedSeed() {
        TrainedModel model = Trainer.train(SHORT, TrainingListener.silent());
        double[] losses = model.losses();
        double first = mean(losses, 0, 10);
        double last = mean(losses, losses.length - 50, losses.length);
        // eps prediction starts near E|eps|^2 = 2 (the untrained output is small) and a trained
        // network removes a good part of it on two moons.
        assertThat(first).isGreaterThan(1.5);
        assertThat(last).isLessThan(0.7 * first);
        assertThat(model.stepsDone()).isEqualTo(400);
        assertThat(model.cancelled()).isFalse();
    }

    @Test
    void theSameConfigurationGivesTheSameWeightsBitForBit() {
        TrainingConfig config = SHORT.withSchedule(150, 64, 3e-3).withClasses(true, 0.1).withDataset(ToyDataset.TWO_BLOBS);
        double[] first = Trainer.train(config, TrainingListener.silent()).parameters();
        double[] second = Trainer.train(config, TrainingListener.silent()).parameters();
        double[] otherSeed = Trainer.train(config.withSeed(2), TrainingListener.silent()).parameters();
        assertThat(bits(second)).isEqualTo(bits(first));
        assertThat(bits(otherSeed)).isNotEqualTo(bits(first));
    }

    @Test
    void theListenerHearsEveryStepAndCanCancel() {
        List<Integer> heard = new ArrayList<>();
        TrainedModel model = Trainer.train(SHORT, (step, loss) -> {
            heard.add(step);
            return step < 25;
        });
        assertThat(heard).hasSize(25).startsWith(1, 2, 3).endsWith(25);
        assertThat(model.cancelled()).isTrue();
        assertThat(model.stepsDone()).isEqualTo(25);
        assertThat(model.losses()).hasSize(25);
        assertThat(Arrays.stream(model.losses()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void aLossThatIsNotANumberStopsTheRunWithAClearMessage() {
        Trainer trainer = Trainer.of(SHORT);
        trainer.step();
        trainer.network().parameterRows()[0][0] = Double.NaN;
        TrainingDiverged diverged = assertThatExceptionOfType(TrainingDiverged.class).isThrownBy(trainer::step).actual();
        assertThat(diverged.step()).isEqualTo(2);
        assertThat(diverged.getMessage()).isEqualTo("training diverged at step 2 of 400: the loss became NaN; lower the "
                + "learning rate (was 0.002) or pick another loss weighting (was ddpm-simple)");
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElseThrow();
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
