package org.diffusioncourse.demo.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/** The flow demo's parameters, storyboard checks and computed practice answers. */
class FlowDemoTest {

    private final FlowDemo demo = new FlowDemo();

    @Test
    void itIsRegisteredWithItsWitnesses() {
        DemoCatalog catalog = new DemoCatalog();
        assertThat(catalog.demoIds()).contains(FlowDemo.ID);
        for (String witness : demo.witnesses().keySet()) {
            assertThat(catalog.witness(witness)).as(witness).isPresent();
        }
        assertThat(catalog.witness("flow-sde-step").orElseThrow().code()).contains("step(p.xs[i], ux, p.field.scoreX[i], sigma, h, zx)");
        assertThat(catalog.witness("condot-path").orElseThrow().code()).contains("return t;");
    }

    @Test
    void wrongParametersAreNamedWithTheirAllowedValues() {
        assertThat(demo.check(Map.of("sigma", "0.3", "step", "-1", "dataset", "spiral"))).containsExactlyInAnyOrder(
                "sigma must be a multiple of 0.25 between 0 and 1.5, was 0.3",
                "step must be between 0 and 200, was -1",
                "dataset must be one of five-modes, two-blobs, eight-gaussians; was \"spiral\"");
        assertThat(demo.check(Map.of("sigma", "2"))).containsExactly("sigma must be between 0 and 1.5, was 2");
        assertThat(demo.check(Map.of("sigma", "1.25", "seed", "9", "step", "200", "dataset", "two-blobs"))).isEmpty();
        assertThat(demo.checkStoryboard(Map.of("step", "1"))).containsExactly(
                "unknown parameter 'step' for ::storyboard{demo=flow-paths}; allowed: dataset, seed, sigma");
    }

    @Test
    void theConditionalTargetsAreVelocityScoreNoiseAndDenoiserOfOnePoint() {
        // z = 2, eps = 0.5, t = 0.75: u = 1.5, score = -2, noise 0.5, denoiser 2.
        assertThat(answer("velocity")).isEqualTo("1.500");
        assertThat(answer("score")).isEqualTo("-2.000");
        assertThat(answer("noise")).isEqualTo("0.500");
        assertThat(answer("denoiser")).isEqualTo("2.000");
        assertThat(demo.checkAnswer("condot-target", Map.of("form", "speed", "z", "1", "eps", "0", "t", "1")))
                .containsExactlyInAnyOrder("form must be one of velocity, score, noise, denoiser; was \"speed\"",
                        "t must be between 0.01 and 0.99, was 1");
    }

    @Test
    void theVelocityToScoreAnswerInvertsTheCondOtVelocity() {
        Map<String, String> params = Map.of("t", "0.75", "x", "1", "u", "2");
        assertThat(demo.checkAnswer("score-from-velocity", params)).isEmpty();
        ComputedAnswer answer = demo.answer("score-from-velocity", params);
        assertThat(answer.value()).isEqualTo("2.000");
        assertThat(demo.checkAnswer("score-from-velocity", Map.of("t", "0.5"))).containsExactlyInAnyOrder(
                "quantity 'score-from-velocity' needs x in params", "quantity 'score-from-velocity' needs u in params");
    }

    @Test
    void thePathLengthRatioComesFromTheRunsTheDemoDraws() {
        ComputedAnswer ode = demo.answer("path-length-ratio", Map.of("dataset", "five-modes", "seed", "1", "sigma", "0"));
        assertThat(ode.value()).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f",
                demo.scene(new FlowSettings(ToyDataset.FIVE_MODES, 1, 0, 0)).runs().pathLengthRatio(1)));
        assertThat(Double.parseDouble(ode.value())).isGreaterThan(1.5);
        assertThat(ode.matches("1")).isFalse();
    }

    @Test
    void theSettingsRoundTripThroughTheLink() {
        FlowSettings settings = new FlowSettings(ToyDataset.TWO_BLOBS, 3, 0.75, 12);
        assertThat(FlowSettings.PARAMS.write(settings)).containsExactly(Map.entry("dataset", "two-blobs"),
                Map.entry("seed", "3"), Map.entry("sigma", "0.75"), Map.entry("step", "12"));
        for (FlowSettings s : List.of(FlowSettings.PARAMS.defaults(), settings)) {
            Reading<FlowSettings> back = FlowSettings.PARAMS.read(FlowSettings.PARAMS.write(s));
            assertThat(back.problems()).isEmpty();
            assertThat(back.settings()).isEqualTo(s);
        }
        assertThat(FlowSettings.PARAMS.write(new FlowSettings(ToyDataset.TWO_BLOBS, 3, 1.0, 12)).get("sigma")).isEqualTo("1");
        assertThat(FlowSettings.PARAMS.read(Map.of("sigma", "1.50")).settings().sigma()).isEqualTo(1.5);
    }

    @Test
    void aFigureUrlGivesTheFigureOfItsSettings() {
        FlowSettings settings = new FlowSettings(ToyDataset.TWO_BLOBS, 1, 0.5, 40);
        String svg = demo.figure("figure", FlowSettings.PARAMS.write(settings));
        assertThat(DrawnFrame.figureOf(svg)).isEqualTo(CoupledFigure.render("flow-plot", demo.scene(settings), FlowDemo.headings(settings), 40))
                .contains("SDE extension (σ = 0.5)");
        assertThat(demo.figureUrl("figure", settings, true))
                .isEqualTo("api/v1/figures/flow-paths/figure.svg?dataset=two-blobs&seed=1&sigma=0.5&step=40&revealed=true");
    }

    private String answer(String form) {
        return demo.answer("condot-target", Map.of("form", form, "z", "2", "eps", "0.5", "t", "0.75")).value();
    }
}
