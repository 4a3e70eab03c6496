package org.diffusioncourse.demo.sde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/** The demo's VP/VE switch: its key in links, its refusals, the figure it selects and the answer that uses it. */
class SdeProcessSwitchTest {

    private final SdeDemo demo = new SdeDemo();
    private final SdeSettings ve = new SdeSettings(ToyDataset.TWO_BLOBS, SdeProcess.VE, 4, 150);

    @Test
    void aLinkWithoutProcessIsTheVpDemoAsBefore() {
        Reading<SdeSettings> old = SdeSettings.PARAMS.read(Map.of("dataset", "two-blobs", "seed", "4", "step", "150"));
        assertThat(old.problems()).isEmpty();
        assertThat(old.settings()).isEqualTo(new SdeSettings(ToyDataset.TWO_BLOBS, SdeProcess.VP, 4, 150));
        assertThat(SdeSettings.PARAMS.defaults().process()).isEqualTo(SdeProcess.VP);
        assertThat(demo.figure("figure", Map.of("dataset", "two-blobs", "seed", "4", "step", "150")))
                .as("an old figure URL draws what the VP URL draws")
                .isEqualTo(demo.figure("figure", Map.of("dataset", "two-blobs", "process", "vp", "seed", "4", "step", "150")));
    }

    @Test
    void anUnknownProcessIsRefusedNamingKeyValueAndAllowedValues() {
        assertThat(demo.check(Map.of("process", "vp-sde"))).containsExactly("process must be one of vp, ve; was \"vp-sde\"");
        assertThat(demo.check(Map.of("process", "VE"))).containsExactly("process must be one of vp, ve; was \"VE\"");
        assertThat(demo.checkStoryboard(Map.of("process", "ou"))).containsExactly("process must be one of vp, ve; was \"ou\"");
        assertThat(demo.checkAnswer("ode-travel", Map.of("process", "ncsn", "seed", "1"))).containsExactly(
                "process must be one of vp, ve; was \"ncsn\"");
        assertThat(demo.check(Map.of("process", "ve", "dataset", "two-blobs"))).isEmpty();
        assertThat(demo.checkStoryboard(Map.of("process", "ve"))).isEmpty();
        Reading<SdeSettings> bad = SdeSettings.PARAMS.read(Map.of("process", "x", "seed", "3"));
        assertThat(bad.problems()).containsExactly("process must be one of vp, ve; was \"x\"");
        assertThat(bad.settings().process()).as("a refused value keeps the default").isEqualTo(SdeProcess.VP);
        assertThat(bad.settings().seed()).isEqualTo(3);
    }

    @Test
    void theVeSettingsRoundTripThroughTheLinkAndTheFigureUrl() {
        Map<String, String> link = SdeSettings.PARAMS.write(ve);
        assertThat(link).containsExactly(Map.entry("dataset", "two-blobs"), Map.entry("process", "ve"),
                Map.entry("seed", "4"), Map.entry("step", "150"));
        Reading<SdeSettings> back = SdeSettings.PARAMS.read(link);
        assertThat(back.problems()).isEmpty();
        assertThat(back.settings()).isEqualTo(ve);
        String url = demo.figureUrl("figure", ve, false);
        assertThat(url).isEqualTo("api/v1/figures/sde-trajectories/figure.svg?dataset=two-blobs&process=ve&seed=4&step=150");
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String svg = demo.figure("figure", query);
        assertThat(DrawnFrame.figureOf(svg)).isEqualTo(CoupledFigure.render("sde-plot", demo.scene(ve), SdeDemo.RUNS, 150,
                SdeDemo.note(SdeProcess.VE)));
        assertThat(svg).isNotEqualTo(demo.figure("figure", SdeSettings.PARAMS.write(
                new SdeSettings(ToyDataset.TWO_BLOBS, SdeProcess.VP, 4, 150))));
    }

    @Test
    void theFigureAndItsTextAlternativeSayWhichProcessIsShown() {
        String veNote = "Process: VE SDE (σ from 0.01 to 10; starts from N(0, 10.05² I)).";
        String vpNote = "Process: VP SDE (β from 0.1 to 20; starts from N(0, I)).";
        assertThat(SdeDemo.note(SdeProcess.VE)).isEqualTo(veNote);
        assertThat(SdeDemo.note(SdeProcess.VP)).isEqualTo(vpNote);
        assertThat(CoupledFigure.describe(demo.scene(ve), SdeDemo.RUNS, 0, SdeDemo.note(SdeProcess.VE)))
                .startsWith("Reverse SDE at t = 1.000: 600 particles").endsWith(veNote);
        assertThat(demo.figure("figure", SdeSettings.PARAMS.write(ve))).contains(veNote);
        assertThat(demo.figure("figure", SdeSettings.PARAMS.write(SdeSettings.PARAMS.defaults()))).contains(vpNote);
        assertThat(demo.storyboard(Map.of("process", "ve")).getElement().getTextRecursively()).endsWith(veNote);
    }

    @Test
    void theVeRunsStartFromTheWidePriorAndEndInTheTarget() {
        CoupledRuns runs = demo.scene(ve).runs();
        double[][] start = runs.start().covariance();
        // 600 draws of N(0, 101 I): the variance estimate has standard error 101 sqrt(2 / 600) = 5.8.
        assertThat(start[0][0]).isCloseTo(101, within(5 * 101 * Math.sqrt(2.0 / 600)));
        assertThat(runs.at(1, 200).covariance()[0][0]).isCloseTo(1, within(5 * Math.sqrt(2.0 / 600) + 0.05));
        assertThat(demo.scene(new SdeSettings(ToyDataset.TWO_BLOBS, 4, 150)).runs().start().covariance()[0][0])
                .isCloseTo(1, within(5 * Math.sqrt(2.0 / 600)));
    }

    @Test
    void theTravelAnswerIsTheMeanStartToEndDistanceOfTheOdeAndGrowsWithTheVePrior() {
        Map<String, String> params = Map.of("dataset", "five-modes", "process", "ve", "seed", "1");
        assertThat(demo.checkAnswer("ode-travel", params)).isEmpty();
        ComputedAnswer answer = demo.answer("ode-travel", params);
        CoupledRuns runs = demo.scene(new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VE, 1, 0)).runs();
        assertThat(Double.parseDouble(answer.value())).isCloseTo(SdeDemo.meanTravel(runs, 1), within(0.005));
        assertThat(answer.value()).isEqualTo("11.63");
        // sigma sqrt(pi / 2) = 12.6 for the start's distance from the origin: accepted as an estimate.
        assertThat(answer.matches("12.6")).isTrue();
        assertThat(answer.matches("1.4")).isFalse();
        assertThat(answer.explanation()).contains("VE SDE").contains("std 10.05");
        ComputedAnswer vp = demo.answer("ode-travel", Map.of("dataset", "five-modes", "seed", "1"));
        assertThat(vp.value()).isEqualTo("0.47");
        assertThat(vp.explanation()).contains("VP SDE");
        assertThat(demo.checkAnswer("ode-travel", Map.of("t", "0.5"))).containsExactly(
                "unknown parameter 't' for the answer's params; allowed: dataset, process, seed");
    }

    @Test
    void thePairedEndDistanceTakesTheProcessToo() {
        ComputedAnswer answer = demo.answer("paired-end-distance", Map.of("dataset", "five-modes", "process", "ve", "seed", "1"));
        CoupledRuns runs = demo.scene(new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VE, 1, 0)).runs();
        assertThat(Double.parseDouble(answer.value())).isCloseTo(runs.meanPairedEndDistance(0, 1), within(0.005));
        assertThat(answer.explanation()).contains("of the VE SDE");
    }
}
