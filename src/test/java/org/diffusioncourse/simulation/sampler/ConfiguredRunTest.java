package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.junit.jupiter.api.Test;

/** A run as the API and the lab configure it: guidance and the compute budget. */
class ConfiguredRunTest {

    private static final LabelledMixture EIGHT = ToyDataset.EIGHT_GAUSSIANS.labelled();

    private static InvalidParameter refusal(ThrowingCallable call) {
        return assertThatExceptionOfType(InvalidParameter.class).isThrownBy(call).actual();
    }

    @Test
    void guidanceMixesTheClassConditionalFieldAndChecksClassAndScale() {
        ScoreField plain = ConfiguredRun.field(EIGHT, null);
        assertThat(plain.componentCost()).isEqualTo(8);
        ScoreField guided = ConfiguredRun.field(EIGHT, new ConfiguredRun.Guidance(3, 2));
        assertThat(guided.componentCost()).isEqualTo(9);
        FieldBuffer configured = FieldBuffer.of(1);
        FieldBuffer direct = FieldBuffer.of(1);
        guided.evaluate(0.5, 0.8, new double[] {0.3}, new double[] {-0.2}, 1, configured);
        GuidedField.of(EIGHT, 3, 2).evaluate(0.5, 0.8, new double[] {0.3}, new double[] {-0.2}, 1, direct);
        assertThat(configured.scoreX(0)).isEqualTo(direct.scoreX(0));
        assertThat(configured.denoisedY(0)).isEqualTo(direct.denoisedY(0));

        InvalidParameter badClass = refusal(() -> ConfiguredRun.field(EIGHT, new ConfiguredRun.Guidance(8, 1)));
        assertThat(badClass.parameter()).isEqualTo("guidance.class");
        assertThat(badClass.allowed()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(badClass.getMessage()).isEqualTo("guidance.class must be a class of the target, one of 0, 1, 2, 3, 4, 5, 6, 7; was 8");
        InvalidParameter badScale = refusal(() -> ConfiguredRun.field(EIGHT, new ConfiguredRun.Guidance(1, 20.5)));
        assertThat(badScale.parameter()).isEqualTo("guidance.scale");
        assertThat(badScale.getMessage()).isEqualTo("guidance.scale must be between 0 and 20, was 20.5");
        assertThat(badScale.allowed()).containsExactly("0..20");
    }

    @Test
    void theBudgetAdmitsTwentyThousandParticlesTimesOneHundredStepsOnEightComponents() {
        ConfiguredRun run = ConfiguredRun.of(SamplerKind.REVERSE_SDE, "vp-sde", EIGHT, new SamplerOptions(100, 0, 0, 0), null);
        assertThat(run.cost(20_000)).isEqualTo(20_000L * 100 * 8);
        run.requireWithinBudget(20_000);
        ConfiguredRun spiralDdpm = ConfiguredRun.of(SamplerKind.DDPM, "ddpm-linear", ToyDataset.SPIRAL.labelled(),
                SamplerKind.DDPM.defaults(), null);
        spiralDdpm.requireWithinBudget(2000);
        assertThat(ConfiguredRun.BUDGET).isEqualTo(200_000_000L);
    }

    @Test
    void aRunAboveTheBudgetIsRefusedBlamingNOrStepsWithTheEstimate() {
        ConfiguredRun spiralDdpm = ConfiguredRun.of(SamplerKind.DDPM, "ddpm-linear", ToyDataset.SPIRAL.labelled(),
                SamplerKind.DDPM.defaults(), null);
        InvalidParameter n = refusal(() -> spiralDdpm.requireWithinBudget(20_000));
        assertThat(n.parameter()).isEqualTo("n");
        assertThat(n.getMessage()).isEqualTo("the run would need n x NFE x components = 20000 x 1000 x 60 = 1200000000 "
                + "field evaluations, above the budget of 200000000; lower n or steps");
        assertThat(n.allowed()).containsExactly("n x NFE x components <= 200000000");
        ConfiguredRun longSde = ConfiguredRun.of(SamplerKind.REVERSE_SDE, "vp-sde", ToyDataset.TWO_MOONS.labelled(),
                new SamplerOptions(5000, 0, 0, 0), new ConfiguredRun.Guidance(0, 2));
        InvalidParameter steps = refusal(() -> longSde.requireWithinBudget(20_000));
        assertThat(steps.parameter()).isEqualTo("steps");
        assertThat(steps.getMessage()).startsWith("the run would need n x NFE x components = 20000 x 5000 x 72 = 7200000000 ");
    }
}
