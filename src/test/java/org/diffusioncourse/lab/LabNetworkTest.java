package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;

/** A network in place of the exact field, without the page: the link key, the two columns, the refusals. */
class LabNetworkTest {

    private static LabSettings settings(Map<String, String> query) {
        Reading<LabSettings> r = LabSettings.read(query, LabSettings.DEFAULTS);
        assertThat(r.problems()).isEmpty();
        return r.settings();
    }

    private static LabWork.Result run(LabPlan plan) {
        return LabWork.samples(plan, new LabCaches(), (f, note) -> { }, () -> false);
    }

    private static void assertSame(PointCloud a, PointCloud b) {
        assertThat(a.xs()).isEqualTo(b.xs());
        assertThat(a.ys()).isEqualTo(b.ys());
    }

    @Test
    void aNetworkRunsBesideTheExactFieldFromTheSameNoise() {
        LabSettings learned = settings(Map.of("model", "two-moons-eps", "steps", "20", "n", "400", "seed", "5"));
        LabWork.Result r = run(LabPlan.of(learned));
        assertThat(r.columns()).hasSize(2);
        assertThat(r.columns().get(0).plan().heading()).isEqualTo("DDIM on ddpm-linear · 20 steps · η = 0 · network two-moons-eps");
        assertThat(r.columns().get(1).plan().heading()).isEqualTo("DDIM on ddpm-linear · 20 steps · η = 0 · exact score");
        // The exact column is the run without a network, bit for bit: same start, same step noise.
        LabWork.Result exact = run(LabPlan.of(settings(Map.of("steps", "20", "n", "400", "seed", "5"))));
        assertSame(r.columns().get(1).samples(), exact.columns().getFirst().samples());
        // The network's column follows the network's field from the same start.
        Sampler ddim = SamplerKind.DDIM.create("ddpm-linear", r.columns().get(0).plan().options());
        SampleRun direct = ddim.runFrom(ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_EPS).field(),
                LabWork.slice(LabStreams.start(5, 400), 0, 400, ddim.priorStd()), LabStreams.stepNoise(5),
                PathSelection.none());
        assertSame(r.columns().get(0).samples(), direct.samples());
        assertThat(r.columns().get(0).metrics().energyDistance()).isNotEqualTo(r.columns().get(1).metrics().energyDistance());
    }

    @Test
    void aNetworkInTheLinkBringsItsTargetAndProcessAndSurvivesTheTrip() {
        LabSettings s = settings(Map.of("model", "two-moons-score"));
        assertThat(s.target()).isEqualTo("two-moons");
        assertThat(s.process()).isEqualTo("vp-sde");
        assertThat(s.sampler()).isEqualTo("reverse-sde");
        assertThat(s.toQuery()).containsEntry("model", "two-moons-score");
        assertThat(LabSettings.read(s.toQuery(), LabSettings.DEFAULTS).settings()).isEqualTo(s);
        assertThat(LabSettings.DEFAULTS.toQuery()).doesNotContainKey("model");
    }

    @Test
    void anUnknownOrMismatchedNetworkInTheLinkIsNamedAndTheExactFieldUsed() {
        Reading<LabSettings> unknown = LabSettings.read(Map.of("model", "two-moons-big"), LabSettings.DEFAULTS);
        assertThat(unknown.settings()).isEqualTo(LabSettings.DEFAULTS);
        assertThat(unknown.problems()).containsExactly("model must be one of exact, two-moons-eps, two-moons-score, "
                + "two-moons-velocity, two-moons-guided, two-moons-16, two-moons-128, eight-gaussians-eps, trained; "
                + "was \"two-moons-big\"");
        Reading<LabSettings> mismatched = LabSettings.read(Map.of("model", "two-moons-score", "process", "ddpm-linear"),
                LabSettings.DEFAULTS);
        assertThat(mismatched.settings().model()).isEqualTo(LabModels.EXACT);
        assertThat(mismatched.problems()).containsExactly("model two-moons-score was trained on two-moons with process "
                + "vp-sde, so it needs that target and process; was two-moons with ddpm-linear");
    }

    @Test
    void theTrainedNetworkIsRefusedWhenTheSessionHasNoneOrTheServerNoLongerKeepsIt() {
        LabSettings s = settings(Map.of("model", "trained"));
        assertThatThrownBy(() -> LabPlan.of(s, null)).isInstanceOf(InvalidParameter.class)
                .hasMessage("there is no network you trained in this session: train one in the lesson Training a "
                        + "denoiser, or choose the exact score or a shipped network")
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("model");
        TrainingConfig gone = TrainingConfig.defaults().withSeed(987_654_321L);
        assertThatThrownBy(() -> LabPlan.of(s, gone)).isInstanceOf(InvalidParameter.class)
                .hasMessage("the network you trained (two-moons, ddpm-linear, eps, width 64, 3000 steps, seed 987654321) "
                        + "is no longer kept by the server, which keeps the most recent ones only; train it again, or "
                        + "choose the exact score or a shipped network");
        // A held configuration (here a shipped one) is found without training.
        LabPlan plan = LabPlan.of(s, ShippedModel.TWO_MOONS_EPS.config());
        assertThat(plan.columns().getFirst().field()).isEqualTo("network you trained");
    }

    @Test
    void aNetworkRunAboveTheBudgetIsRefusedSayingWhatAnEvaluationCosts() {
        LabSettings many = settings(Map.of("model", "two-moons-eps", "n", "20000"));
        assertThatThrownBy(() -> LabPlan.of(many)).isInstanceOf(InvalidParameter.class)
                .hasMessageContaining("above the budget of 200000000: one evaluation of model two-moons-eps (a network of")
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("n");
        // DDPM's 1000 steps are too many for the network even at 1000 particles.
        assertThatThrownBy(() -> LabPlan.of(settings(Map.of("model", "two-moons-eps", "sampler", "ddpm", "n", "1000"))))
                .extracting(e -> ((InvalidParameter) e).parameter()).isEqualTo("steps");
        // The same runs on the exact field fit.
        assertThat(LabPlan.of(settings(Map.of("n", "20000"))).columns()).hasSize(1);
        assertThat(LabPlan.of(settings(Map.of("sampler", "ddpm"))).columns()).hasSize(1);
    }

    @Test
    void guidanceNeedsAClassConditionalNetwork() {
        assertThatThrownBy(() -> LabPlan.of(settings(Map.of("model", "two-moons-eps", "class", "1", "w", "2"))))
                .isInstanceOf(InvalidParameter.class).hasMessageStartingWith("guidance needs a class-conditional network");
        LabPlan guided = LabPlan.of(settings(Map.of("model", "two-moons-guided", "class", "1", "w", "2", "n", "200")));
        assertThat(run(guided).columns().get(0).plan().heading()).endsWith("network two-moons-guided");
    }

    @Test
    void theErrorSweepMeasuresTheNetworkAndTheExactFieldAsTwoSeries() {
        LabPlan plan = LabPlan.of(settings(Map.of("model", "two-moons-eps", "n", "100")));
        ErrorSweep.Result r = ErrorSweep.run(plan, (f, note) -> { }, () -> false);
        assertThat(r.errorName()).isEqualTo(ErrorSweep.ENERGY_ERROR);
        assertThat(r.series()).extracting(s -> s.label()).containsExactly("DDIM on ddpm-linear, network two-moons-eps",
                "DDIM on ddpm-linear, exact score");
        assertThat(r.series().get(0).nfe()).containsExactly(5, 10, 20, 50, 100, 200);
    }
}
