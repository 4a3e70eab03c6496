package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/** The score-field demo's settings, parameter checks and exact practice answers. */
class ScoreDemoTest {

    private final ScoreDemo demo = new ScoreDemo();

    @Test
    void theAnswersAreTheExactFieldsAtTheProbe() {
        assertThat(demo.answer("score-x", Map.of("px", "3", "py", "0")).value()).isEqualTo("-2.041");
        assertThat(demo.answer("score-x", Map.of("px", "0", "py", "0")).value()).isEqualTo("0.000");
        assertThat(demo.answer("denoised-x", Map.of("t", "250", "px", "3", "py", "0")).value()).isEqualTo("2.751");
        assertThat(demo.answer("score-x", Map.of("t", "1000", "px", "3", "py", "0")).value()).isEqualTo("-3.000");
        assertThat(demo.answer("noise-x", Map.of("t", "250", "px", "3", "py", "0")).matches("1.46")).isTrue();
        assertThat(demo.answer("score-norm", Map.of("dataset", "two-moons", "schedule", "cosine", "px", "1", "py", "0"))
                .explanation()).startsWith("Exact field of Two moons under the cosine schedule at t = 0, at (1, 0)");
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
    void wrongLinkValuesAreNamedWithTheirAllowedValues() {
        assertThat(demo.check(Map.of("dataset", "spiral", "schedule", "quadratic", "t", "1001", "px", "4.5", "py", "x")))
                .containsExactly(
                        "dataset must be one of two-modes, two-blobs, two-moons, eight-gaussians, five-modes; was \"spiral\"",
                        "schedule must be one of linear, cosine; was \"quadratic\"",
                        "t must be between 0 and 1000, was 1001",
                        "px must be between -4 and 4, was 4.5",
                        "py must be a number between -4 and 4, was \"x\"");
    }

    @Test
    void settingsRoundTripThroughTheLink() {
        ScoreSettings defaults = ScoreSettings.PARAMS.defaults();
        ScoreSettings other = new ScoreSettings(ScoreTarget.EIGHT_GAUSSIANS, NoiseSchedule.Kind.COSINE, 420, -1.25, 0.5);
        for (ScoreSettings s : new ScoreSettings[] {defaults, other}) {
            assertThat(ScoreSettings.PARAMS.read(ScoreSettings.PARAMS.write(s)).settings()).isEqualTo(s);
        }
        assertThat(ScoreSettings.PARAMS.write(defaults))
                .containsExactly(Map.entry("dataset", "two-modes"), Map.entry("schedule", "linear"), Map.entry("t", "0"),
                        Map.entry("px", "3"), Map.entry("py", "0"));
        assertThat(ScoreSettings.PARAMS.write(other)).containsEntry("px", "-1.25").containsEntry("py", "0.5");
    }

    @Test
    void theServedFigureIsTheRenderersAndTheProbeChangesOnlyTheDrawingNotTheGrid() {
        ScoreSettings s = new ScoreSettings(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE, 400, 1, -0.5);
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE);
        assertThat(DrawnFrame.figureOf(demo.figure("figure", ScoreSettings.PARAMS.write(s))))
                .isEqualTo(ScoreFieldFigure.render(scene, 400, 1, -0.5, false));
        ScoreSettings moved = new ScoreSettings(s.dataset(), s.schedule(), s.t(), 2, 2);
        assertThat(demo.field(moved)).isSameAs(demo.field(s));
        assertThat(demo.caches()).extracting(c -> c.name())
                .containsExactly("score-field-scenes", "score-field-frames", "score-field-grids", "score-field-magnitudes");
        assertThat(demo.magnitude(moved, 400)).isSameAs(demo.magnitude(s, 400));
    }

    @Test
    void theScoreSizeTableHasEveryFixedStep() {
        ScoreSettings s = new ScoreSettings(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR, 400, 3, 0);
        var rows = ScoreMagnitudeTable.rows(step -> demo.magnitude(s, step));
        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(ScoreMagnitudeTable.HEADERS.size()));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("0", "10", "50", "100", "250", "500", "1000");
        assertThat(rows.get(0)).containsExactly("0", "0.0000", "∞", "1.993", "2.020", "1.505");
    }

    @Test
    void thePredictionComparesTheTwoLengthsWithATenPerCentBand() {
        assertThat(ScoreWidget.comparison(2.04, 3.0)).isEqualTo("longer at t = T");
        assertThat(ScoreWidget.comparison(92.6, 3.0)).isEqualTo("longer at t = 0");
        assertThat(ScoreWidget.comparison(2.9, 3.0)).isEqualTo("about the same");
    }
}
