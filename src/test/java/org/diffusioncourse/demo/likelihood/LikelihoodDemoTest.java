package org.diffusioncourse.demo.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.practice.ComputedAnswer;
import org.junit.jupiter.api.Test;

/** The likelihood demo's settings, parameter checks and computed practice answers. */
class LikelihoodDemoTest {

    private final LikelihoodDemo demo = new LikelihoodDemo();

    @Test
    void theAnswersAreTheEnginesNumbers() {
        assertThat(demo.answer("partition-function", Map.of("k", "0")).value()).isEqualTo("2.5066");
        LikelihoodFit fit = LikelihoodScene.of(3, 500).fit();
        ComputedAnswer moment = demo.answer("model-x2", Map.of("k", "40", "seed", "3", "n", "500"));
        assertThat(Double.parseDouble(moment.value())).isEqualTo(fit.dataX2(), org.assertj.core.api.Assertions.within(5e-5));
        assertThat(demo.answer("score", Map.of("k", "40", "x", "1")).value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", fit.last().model().score(1)));
        assertThat(demo.answer("theta1", Map.of()).value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", fit.last().model().theta1()));
        var sm = org.diffusioncourse.demo.likelihood.ScoreMatchingFit.of(LikelihoodScene.of(3, 500).data());
        assertThat(demo.answer("sm-theta1", Map.of("seed", "3", "n", "500")).value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", sm.theta1()));
        ComputedAnswer grid = demo.answer("grid-points", Map.of("m", "100", "d", "10"));
        assertThat(Double.parseDouble(grid.value())).isEqualTo(1e20);
        assertThat(grid.matches("1e20")).isTrue();
        assertThat(grid.matches("1e19")).isFalse();
    }

    @Test
    void answersThatLackTheirPointOrGridAreRefusedWithAMessage() {
        assertThat(demo.checkAnswer("score", Map.of("k", "40"))).anyMatch(p -> p.contains("needs a point x"));
        assertThat(demo.checkAnswer("grid-points", Map.of("m", "100"))).anyMatch(p -> p.contains("needs m"));
        assertThat(demo.checkAnswer("score", Map.of("x", "9"))).anyMatch(p -> p.startsWith("x must be between -3 and 3"));
        assertThat(demo.checkAnswer("theta1", Map.of("t", "3"))).anyMatch(p -> p.contains("unknown parameter 't'"));
        assertThat(demo.checkAnswer("theta1", Map.of("k", "40", "seed", "3", "n", "500"))).isEmpty();
    }

    @Test
    void directiveParametersAreCheckedWithTheirRanges() {
        assertThat(demo.check(Map.of("k", "41"))).containsExactly("k must be between 0 and 40, was 41");
        assertThat(demo.check(Map.of("n", "10"))).containsExactly("n must be between 20 and 5000, was 10");
        assertThat(demo.checkStoryboard(Map.of("k", "3"))).anyMatch(p -> p.contains("unknown parameter 'k'"));
        assertThat(demo.check(Map.of("k", "5", "seed", "3", "n", "500"))).isEmpty();
    }

    @Test
    void settingsRoundTripThroughTheLink() {
        LikelihoodSettings defaults = LikelihoodSettings.PARAMS.defaults();
        LikelihoodSettings other = new LikelihoodSettings(17, 12345678901L, 2500);
        for (LikelihoodSettings s : new LikelihoodSettings[] {defaults, other}) {
            assertThat(LikelihoodSettings.PARAMS.read(LikelihoodSettings.PARAMS.write(s)).settings()).isEqualTo(s);
        }
        assertThat(LikelihoodSettings.PARAMS.write(defaults))
                .containsExactly(Map.entry("k", "0"), Map.entry("seed", "3"), Map.entry("n", "500"));
        assertThat(demo.check(Map.of("k", "x", "seed", "-1", "n", "5001"))).containsExactly(
                "k must be a whole number between 0 and 40, was \"x\"",
                "seed must be between 0 and " + Long.MAX_VALUE + ", was -1",
                "n must be between 20 and 5000, was 5001");
    }

    @Test
    void theServedFigureIsTheRenderersAndAStepReusesTheScene() {
        LikelihoodSettings s = new LikelihoodSettings(12, 5, 800);
        assertThat(DrawnFrame.figureOf(demo.figure("figure", LikelihoodSettings.PARAMS.write(s))))
                .isEqualTo(LikelihoodFigure.render(LikelihoodScene.of(5, 800), 12));
        assertThat(demo.scene(new LikelihoodSettings(30, 5, 800))).isSameAs(demo.scene(s));
        assertThat(demo.sceneKey(s)).isEqualTo(new LikelihoodSettings.SceneKey(5, 800));
    }

    @Test
    void theWidgetsFirstFrameIsTheServedFigure() {
        LikelihoodSettings s = new LikelihoodSettings(7, 9, 300);
        LikelihoodWidget widget = new LikelihoodWidget(demo, s, List.of(), next -> { });
        DemoFigure figure = widget.getChildren()
                .filter(DemoFigure.class::isInstance)
                .map(DemoFigure.class::cast).findFirst().orElseThrow();
        assertThat(figure.svg()).isEqualTo(demo.figure("figure", LikelihoodSettings.PARAMS.write(s)));
        assertThat(figure.src()).isEqualTo("api/v1/figures/likelihood-fit/figure.svg?k=7&seed=9&n=300");
    }
}
