package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.junit.jupiter.api.Test;

/** Every refusal of a training configuration names its field, the value and what is allowed. */
class TrainingConfigTest {

    private static final TrainingConfig BASE = TrainingConfig.defaults();

    private static InvalidParameter refusal(ThrowingCallable call) {
        return assertThatExceptionOfType(InvalidParameter.class).isThrownBy(call).actual();
    }

    @Test
    void theDefaultsAreValidAndWithinTheBudget() {
        assertThat(BASE.parameterCount()).isEqualTo(18 * 64 + 64 + 2 * (64 * 64 + 64) + 64 * 2 + 2);
        assertThat(BASE.work()).isLessThan(TrainingConfig.MAX_WORK);
        assertThat(BASE.classes()).isZero();
        assertThat(BASE.withClasses(true, 0.1).classes()).isEqualTo(2);
    }

    @Test
    void eachRangeIsNamedInItsRefusal() {
        assertThat(refusal(() -> BASE.withNetwork(16, 3)).getMessage()).isEqualTo("width must be between 32 and 256, was 16");
        assertThat(refusal(() -> BASE.withNetwork(64, 4)).parameter()).isEqualTo("layers");
        assertThat(refusal(() -> BASE.withSchedule(0, 256, 1e-3)).parameter()).isEqualTo("steps");
        assertThat(refusal(() -> BASE.withSchedule(100, 8, 1e-3)).getMessage()).isEqualTo("batch must be between 16 and 1024, was 8");
        InvalidParameter rate = refusal(() -> BASE.withSchedule(100, 64, Double.NaN));
        assertThat(rate.parameter()).isEqualTo("learningRate");
        assertThat(rate.allowed()).containsExactly("(0, 0.05]");
        assertThat(refusal(() -> BASE.withSchedule(100, 64, 0.0)).parameter()).isEqualTo("learningRate");
        assertThat(refusal(() -> BASE.withTrainingSetSize(4)).getMessage())
                .isEqualTo("trainingSetSize must be between 8 and 65536, was 4");
        assertThat(refusal(() -> BASE.withClasses(true, 0.7)).parameter()).isEqualTo("labelDropout");
        assertThat(refusal(() -> BASE.withSeed(-1)).parameter()).isEqualTo("seed");
    }

    @Test
    void aTargetMustFitTheProcess() {
        InvalidParameter velocity = refusal(() -> BASE.withTarget(Target.VELOCITY));
        assertThat(velocity.parameter()).isEqualTo("target");
        assertThat(velocity.allowed()).containsExactly("eps", "x0", "score");
        assertThat(velocity.getMessage()).isEqualTo("target v does not fit process ddpm-linear; it takes eps, x0, score");
        assertThat(refusal(() -> BASE.withProcess(TrainingProcess.CONDOT, Target.EPS)).allowed()).containsExactly("x0", "v");
        assertThat(BASE.withProcess(TrainingProcess.CONDOT, Target.VELOCITY).target()).isEqualTo(Target.VELOCITY);
    }

    @Test
    void aRunAboveTheComputeBudgetIsRefusedUpFrontSayingWhy() {
        InvalidParameter budget = refusal(() -> BASE.withSchedule(5000, 1024, 1e-3));
        assertThat(budget.parameter()).isEqualTo("steps");
        assertThat(budget.getMessage()).isEqualTo("the run would cost steps x batch x parameters = 5000 x 1024 x 9666 = "
                + "49489920000, above the budget of 15000000000; lower the steps, the batch or the width");
        assertThat(refusal(() -> BASE.withNetwork(256, 3)).parameter()).isEqualTo("steps");
        assertThat(BASE.withDataset(ToyDataset.CHECKERBOARD).withClasses(true, 0.1).classes()).isEqualTo(8);
    }
}
