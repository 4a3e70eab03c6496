package org.diffusioncourse.demo.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.diffusioncourse.practice.ComputedAnswer;
import org.junit.jupiter.api.Test;

/** The likelihood demo's parameter checks and its computed practice answers. */
class LikelihoodFitDemoTest {

    private final LikelihoodFitDemo demo = new LikelihoodFitDemo();

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
}
