package org.diffusioncourse.demo.sde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/** The SDE demo's parameters, storyboard checks and computed practice answers. */
class SdeDemoTest {

    private final SdeDemo demo = new SdeDemo();

    @Test
    void itIsRegisteredWithItsWitnesses() {
        DemoCatalog catalog = new DemoCatalog();
        assertThat(catalog.demoIds()).contains(SdeDemo.ID);
        for (String witness : demo.witnesses().keySet()) {
            assertThat(catalog.witness(witness)).as(witness).isPresent();
        }
        assertThat(catalog.witness("sde-reverse-step").orElseThrow().code()).contains("pull * p.field.scoreX[i]");
    }

    @Test
    void wrongParametersAreNamedWithTheirAllowedValues() {
        assertThat(demo.check(Map.of("dataset", "two-moons", "step", "201", "seed", "-1", "n", "5"))).containsExactlyInAnyOrder(
                "unknown parameter 'n' for ::demo{id=sde-trajectories}; allowed: dataset, process, seed, step",
                "dataset must be one of five-modes, two-blobs, eight-gaussians; was \"two-moons\"",
                "step must be between 0 and 200, was 201",
                "seed must be between 0 and 2147483647, was -1");
        assertThat(demo.check(Map.of("dataset", "two-blobs", "seed", "4", "step", "0"))).isEmpty();
        assertThat(demo.checkStoryboard(Map.of("step", "3"))).containsExactly(
                "unknown parameter 'step' for ::storyboard{demo=sde-trajectories}; allowed: dataset, process, seed");
    }

    @Test
    void theOrnsteinUhlenbeckAnswerIsSigmaSquaredOverTwoTheta() {
        assertThat(demo.checkAnswer("ou-stationary-variance", Map.of("theta", "2", "sigma", "1.5"))).isEmpty();
        ComputedAnswer answer = demo.answer("ou-stationary-variance", Map.of("theta", "2", "sigma", "1.5"));
        assertThat(answer.value()).isEqualTo("0.5625");
        assertThat(answer.matches("0.56")).isTrue();
        assertThat(demo.checkAnswer("ou-stationary-variance", Map.of("theta", "0"))).containsExactlyInAnyOrder(
                "quantity 'ou-stationary-variance' needs sigma in params", "theta must be between 0.01 and 100, was 0");
    }

    @Test
    void thePairedEndDistanceComesFromTheSameRunsTheDemoDraws() {
        ComputedAnswer answer = demo.answer("paired-end-distance", Map.of("dataset", "five-modes", "seed", "1"));
        CoupledRuns runs = demo.scene(new SdeSettings(ToyDataset.FIVE_MODES, 1, 0)).runs();
        assertThat(Double.parseDouble(answer.value())).isCloseTo(runs.meanPairedEndDistance(0, 1), within(0.005));
        assertThat(answer.matches("1.6")).as("within a quarter").isTrue();
        assertThat(answer.matches("0")).isFalse();
    }

    @Test
    void theProbabilityFlowDriftAnswerIsTheXComponentOfTheExactDrift() {
        Map<String, String> params = Map.of("dataset", "five-modes", "t", "0.1", "x", "1", "y", "0");
        assertThat(demo.checkAnswer("pf-drift-x", params)).isEmpty();
        assertThat(demo.answer("pf-drift-x", params).value()).isEqualTo("-2.412");
        assertThat(demo.checkAnswer("pf-drift-x", Map.of("t", "0", "x", "1"))).containsExactlyInAnyOrder(
                "quantity 'pf-drift-x' needs y in params", "t must be between 0.001 and 1, was 0");
    }

    @Test
    void theSettingsRoundTripThroughTheLink() {
        SdeSettings settings = new SdeSettings(ToyDataset.EIGHT_GAUSSIANS, 12, 37);
        assertThat(SdeSettings.PARAMS.write(settings)).containsExactly(Map.entry("dataset", "eight-gaussians"),
                Map.entry("process", "vp"), Map.entry("seed", "12"), Map.entry("step", "37"));
        for (SdeSettings s : List.of(SdeSettings.PARAMS.defaults(), settings)) {
            Reading<SdeSettings> back = SdeSettings.PARAMS.read(SdeSettings.PARAMS.write(s));
            assertThat(back.problems()).isEmpty();
            assertThat(back.settings()).isEqualTo(s);
        }
        assertThat(SdeSettings.PARAMS.defaults()).isEqualTo(new SdeSettings(ToyDataset.FIVE_MODES, 1, 100));
    }

    @Test
    void aFigureUrlGivesTheFigureOfItsSettingsAndCountsEveryMarkDrawn() {
        SdeSettings settings = new SdeSettings(ToyDataset.TWO_BLOBS, 4, 150);
        String svg = demo.figure("figure", SdeSettings.PARAMS.write(settings));
        assertThat(DrawnFrame.figureOf(svg)).isEqualTo(CoupledFigure.render("sde-plot", demo.scene(settings), SdeDemo.RUNS, 150,
                SdeDemo.note(SdeProcess.VP)))
                .startsWith("<svg id='sde-plot'");
        assertThat(demo.figureUrl("figure", settings, false))
                .isEqualTo("api/v1/figures/sde-trajectories/figure.svg?dataset=two-blobs&process=vp&seed=4&step=150");
        // 2 x 600 particles, the contour vertices, the tracked paths and their rings.
        assertThat(Integer.parseInt(svg.replaceAll("(?s).*data-points='(\\d+)'.*", "$1"))).isGreaterThan(1200 + 6 * 2 * 60);
    }
}
