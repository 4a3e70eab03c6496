package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class ScoreLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/score-matching";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theLessonShowsEverySectionWithTheStoryboardFirst() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Score functions and score matching");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        Section intuition = $(Section.class).id("intuition");
        assertThat(intuition.getChildren().skip(1).findFirst().orElseThrow().hasClassName("storyboard")).isTrue();
    }

    @Test
    void theCodeSectionShowsTheRealProbeHyvarinenAndDenoisingCode() {
        navigate(LESSON, LessonView.class);
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("public Probe probe(double x, double y, int t)")
                .contains("public static Estimate of(double[] data)")
                .contains("public static Vec2 target(Vec2 eps, double s)")
                .contains("private void evaluateBlock(");
        assertThat($(Paragraph.class).id("loss-guide-text").getText()).startsWith("Which loss? Ask what you can compute.");
        assertThat(code).contains("Denoising score matching. Its loss is the squared distance");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsTheRenderersFigure() {
        open(Map.of("dataset", "two-moons", "schedule", "cosine", "t", "400", "px", "1", "py", "-0.5"));
        ScoreSettings expected = new ScoreSettings(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE, 400, 1, -0.5);
        assertThat($(ScoreWidget.class).single().settings()).isEqualTo(expected);
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(ScoreFieldFigure.render(
                ScoreFieldScene.of(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE), 400, 1, -0.5, false));
        assertThat(figure()).isEqualTo(catalog.demo(ScoreDemo.ID).orElseThrow().figure("figure",
                ScoreSettings.PARAMS.write(expected)));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/score-field/figure.svg?dataset=two-moons&schedule=cosine&t=400&px=1&py=-0.5");
    }

    @Test
    void badValuesInTheLinkAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("t", "2000", "dataset", "<b>x</b>", "px", "nope"));
        ScoreWidget view = $(ScoreWidget.class).single();
        assertThat(view.getElement().getTextRecursively()).contains("t must be between 0 and 1000, was 2000")
                .contains("dataset must be one of two-modes").contains("px must be a number between -4 and 4");
        assertThat(view.settings()).isEqualTo(new ScoreSettings(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR, 0, 3, 0));
    }

    @Test
    void theMainControlIsMarkedAndMovingItRedrawsTheFieldAndReadout() {
        navigate(LESSON, LessonView.class);
        RangeInput t = $(RangeInput.class).id("score-t");
        assertThat(t.getElement().hasAttribute("data-main-control")).isTrue();
        String before = figure();
        t.setValue(500.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("score-readout").getText()).startsWith("t = 500 ·").contains("probe (3, 0)");
    }

    @Test
    void aBadProbeIsRefusedOnTheFieldAndNothingElseChanges() {
        navigate(LESSON, LessonView.class);
        String before = figure();
        TextField px = $(TextField.class).id("score-px");
        test(px).setValue("12");
        assertThat(px.isInvalid()).isTrue();
        assertThat(px.getErrorMessage()).startsWith("px must be between -4 and 4");
        assertThat(figure()).isEqualTo(before);
    }

    @Test
    void theLearnerPredictsThenTheCurveAndVerdictAreRevealed() {
        navigate(LESSON, LessonView.class);
        assertThat(figure()).contains("Hidden until you commit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("score-prediction");
        prediction.setValue("longer at t = 0");
        test($(Button.class).id("score-reveal")).click();
        assertThat($(Paragraph.class).id("score-verdict").getText())
                .startsWith("You predicted longer at t = 0; the exact field says longer at t = T.")
                .contains("2.041 at t = 0 and 3.000 at t = 1000");
        assertThat(figure()).contains("score-figure-probe-curve");
    }

    @Test
    void aPracticeAnswerIsComputedFromTheExactField() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-score-near-a-mode");
        test($(TextArea.class, card).single()).setValue("-2.04");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: -2.041");
    }

    @Test
    void theScoreSizeTableFollowsTheTargetAndScheduleButNotTheSlider() {
        navigate(LESSON, LessonView.class);
        String table = $(Div.class).id("score-magnitudes").getElement().getTextRecursively();
        assertThat(table).contains("exact RMS |∇ log p_t|").contains("1.993").contains("32.489")
                .contains("Two modes at (±2, 0), σ = 0.7").contains("linear schedule");
        open(Map.of("dataset", "five-modes", "schedule", "cosine", "t", "400"));
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTarget.FIVE_MODES, NoiseSchedule.Kind.COSINE);
        Div magnitudes = $(Div.class).id("score-magnitudes");
        assertThat(magnitudes.getElement().getTextRecursively()).contains("cosine schedule")
                .contains(ScoreMagnitudeTable.number(scene.magnitude(500).rms(), 3));
        // A slider step leaves the table as it is: the same components, nothing computed.
        var before = magnitudes.getChildren().toList();
        $(RangeInput.class).id("score-t").setValue(401.0);
        assertThat($(Paragraph.class).id("score-readout").getText()).startsWith("t = 401 ·");
        assertThat(magnitudes.getChildren().toList()).containsExactlyElementsOf(before);
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }
}
