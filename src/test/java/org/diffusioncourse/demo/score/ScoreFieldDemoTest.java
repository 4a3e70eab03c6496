package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score-field demo's parameter checks and its exact practice answers. */
class ScoreFieldDemoTest {

    private final ScoreFieldDemo demo = new ScoreFieldDemo();

    @Test
    void theAnswersAreTheExactFieldsAtTheProbe() {
        assertThat(demo.answer("score-x", Map.of("px", "3", "py", "0")).value()).isEqualTo("-2.041");
        assertThat(demo.answer("score-x", Map.of("px", "0", "py", "0")).value()).isEqualTo("0.000");
        assertThat(demo.answer("denoised-x", Map.of("t", "250", "px", "3", "py", "0")).value()).isEqualTo("2.751");
        assertThat(demo.answer("score-x", Map.of("t", "1000", "px", "3", "py", "0")).value()).isEqualTo("-3.000");
        assertThat(demo.answer("noise-x", Map.of("t", "250", "px", "3", "py", "0")).matches("1.46")).isTrue();
    }

    @Test
    void anAnswerWithoutAProbeOrWithABadValueIsRefused() {
        assertThat(demo.checkAnswer("score-x", Map.of("t", "5"))).anyMatch(p -> p.contains("needs the point px and py"));
        assertThat(demo.checkAnswer("score-x", Map.of("px", "9", "py", "0"))).anyMatch(p -> p.startsWith("px must be between -4 and 4"));
        assertThat(demo.checkAnswer("score-x", Map.of("px", "1", "py", "0", "dataset", "spiral")))
                .anyMatch(p -> p.startsWith("dataset must be one of two-modes"));
        assertThat(demo.checkAnswer("score-x", Map.of("px", "1", "py", "0"))).isEmpty();
    }

    @Test
    void theStoryboardTakesOnlyTheTargetAndTheSchedule() {
        assertThat(demo.checkStoryboard(Map.of("t", "3"))).anyMatch(p -> p.contains("unknown parameter 't'"));
        assertThat(demo.checkStoryboard(Map.of("dataset", "two-moons", "schedule", "cosine"))).isEmpty();
    }

    @Test
    void thePredictionComparesTheTwoLengthsWithATenPerCentBand() {
        assertThat(ScoreFieldView.comparison(2.04, 3.0)).isEqualTo("longer at t = T");
        assertThat(ScoreFieldView.comparison(92.6, 3.0)).isEqualTo("longer at t = 0");
        assertThat(ScoreFieldView.comparison(2.9, 3.0)).isEqualTo("about the same");
    }
}
