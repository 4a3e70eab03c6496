package org.diffusioncourse.demo.langevin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.langevin.LangevinScene.Start;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;

/** The Langevin demo's parameter checks, its link and the practice answers it computes. */
class LangevinDemoTest {

    private final LangevinDemo demo = new LangevinDemo();
    private static final Map<String, String> PLAIN_CORNER =
            Map.of("eta", "0.002", "annealed", "off", "start", "corner", "seed", "3", "n", "50", "k", "1000");

    @Test
    void wrongParametersAreNamedWithTheirAllowedValues() {
        assertThat(demo.check(PLAIN_CORNER)).isEmpty();
        assertThat(demo.check(Map.of("eta", "0.3", "k", "2000", "annealed", "yes"))).containsExactlyInAnyOrder(
                "eta must be one of 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2; was \"0.3\"",
                "annealed must be one of off, on; was \"yes\"",
                "k must be between 0 and 1000, was 2000");
        assertThat(demo.checkStoryboard(Map.of("k", "3"))).containsExactly(
                "unknown parameter 'k' for ::storyboard{demo=langevin-particles}; allowed: eta, n, seed, start");
        assertThat(demo.checkAnswer("occupied-modes", Map.of())).containsExactly(
                "quantity 'occupied-modes' needs an iteration k in params");
        assertThat(demo.checkAnswer("stationary-variance", Map.of())).containsExactly(
                "quantity 'stationary-variance' needs a step size eta in params");
        assertThat(demo.checkAnswer("largest-stable-step", Map.of())).isEmpty();
    }

    @Test
    void occupancyAnswersComeFromTheSimulatedRun() {
        assertThat(demo.answer("occupied-modes", PLAIN_CORNER).value()).isEqualTo("3");
        ComputedAnswer share = demo.answer("top-mode-share", PLAIN_CORNER);
        assertThat(share.value()).isEqualTo("0.76");
        assertThat(share.matches("0.7")).isTrue();
        assertThat(share.matches("0.5")).isFalse();
        Map<String, String> annealed = new java.util.HashMap<>(PLAIN_CORNER);
        annealed.put("annealed", "on");
        assertThat(demo.answer("occupied-modes", annealed).value()).isEqualTo("5");
    }

    @Test
    void stepSizeAnswersAreTheClosedForms() {
        assertThat(demo.answer("stationary-variance", Map.of("eta", "0.05")).value()).isEqualTo("0.1042");
        assertThat(demo.answer("stationary-variance", Map.of("eta", "0.15")).value()).isEqualTo("diverges");
        assertThat(demo.answer("largest-stable-step", Map.of()).value()).isEqualTo("0.1250");
        assertThat(demo.answer("annealed-stable-step", Map.of()).value()).isEqualTo("0.00508");
    }

    @Test
    void theDwellAnswerCountsTheSwitchesOfTheTablesSmallStepRun() {
        assertThat(demo.checkAnswer("dwell-switches", Map.of())).isEmpty();
        ComputedAnswer answer = demo.answer("dwell-switches", Map.of());
        assertThat(answer.value()).isEqualTo("0");
        assertThat(answer.explanation()).contains("100 particles × 20,000 steps of h = 0.01").contains("2.24 × 10^9 steps");
        assertThat(demo.dwellRuns()).isSameAs(demo.dwellRuns());
    }

    @Test
    void warmingUpFillsTheDwellCache() {
        LangevinDemo fresh = new LangevinDemo();
        fresh.warmUp();
        assertThat(fresh.caches().stream().filter(c -> c.name().equals(LangevinDemo.ID + "-dwell")).findFirst()
                .orElseThrow().caffeine().estimatedSize()).isEqualTo(1);
    }

    @Test
    void settingsRoundTripThroughTheLinkAndTheServedFigureIsTheWidgetsFirstFrame() {
        LangevinSettings annealedSpread = new LangevinSettings(0.05, true, Start.SPREAD, 700, 9, 120);
        for (LangevinSettings s : List.of(LangevinSettings.PARAMS.defaults(), annealedSpread)) {
            Component widget = DemoFigures.assertLinkRoundTrip(demo, s);
            assertThat(DrawnFrame.figureOf(DemoFigures.firstFrame(DemoFigures.named(widget, "figure"))))
                    .isEqualTo(LangevinFigure.render(demo.scene(s), s.k(), false));
        }
        assertThat(LangevinSettings.PARAMS.write(annealedSpread)).containsExactly(Map.entry("eta", "0.05"),
                Map.entry("annealed", "on"), Map.entry("start", "spread"), Map.entry("k", "700"), Map.entry("seed", "9"),
                Map.entry("n", "120"));
    }
}
