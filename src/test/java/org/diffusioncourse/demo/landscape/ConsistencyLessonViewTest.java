package org.diffusioncourse.demo.landscape;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

@CourseTest
class ConsistencyLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/consistency-models";

    @Test
    void theConsistencyLessonShowsEverySectionInOrderWithItsStoryboardAndCode() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Consistency models and distillation");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("consistency-storyboard-eight-gaussians-text").getText())
                .startsWith("200 noise points of eight gaussians followed along the probability-flow ODE");
        assertThat($(Section.class).id("code").getElement().getTextRecursively())
                .contains("public PointCloud exact(PointCloud x, double t)").contains("ConsistencyMap.java, lines");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsTheSameFigureAsTheRenderer() {
        open(Map.of("dataset", "two-blobs", "t", "0.35", "steps", "2", "seed", "9", "n", "60"));
        ConsistencyWidget demo = $(ConsistencyWidget.class).single();
        ConsistencySettings expected = new ConsistencySettings(ToyDataset.TWO_BLOBS, 35, 2, 9, 60);
        assertThat(demo.settings()).isEqualTo(expected);
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_BLOBS, 9, 60);
        DensityContours contours = DensityContours.of(ToyDataset.TWO_BLOBS.mixture(), SamplerFigure.AXIS_LIMIT);
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(ConsistencyFigure.render("consistency-svg", scene, contours, 35, 2));
        assertThat($(Paragraph.class).id("consistency-figure-text").getText())
                .isEqualTo(ConsistencyFigure.describe(scene, contours, 35, 2));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/consistency-map/figure.svg?dataset=two-blobs&t=0.35&steps=2&seed=9&n=60");
    }

    @Test
    void badValuesInTheLinkAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("t", "0.333", "steps", "5", "dataset", "<b>", "n", "9"));
        String text = $(ConsistencyWidget.class).single().getElement().getTextRecursively();
        assertThat(text).contains("t must be a multiple of 0.01 between 0 and 1, was 0.333")
                .contains("steps must be one of 1, 2, 4, 8, 16, 32, 64, was 5")
                .contains("dataset must be one of").contains("was \"<b>\"")
                .contains("n must be between 10 and 500, was 9");
        assertThat($(ConsistencyWidget.class).single().settings())
                .isEqualTo(new ConsistencySettings(ToyDataset.TWO_MOONS, 15, 4, 3, 200));
    }

    @Test
    void theMainControlIsTheTimeSliderAndMovingItRedrawsTheFigure() {
        navigate(LESSON, LessonView.class);
        RangeInput t = $(RangeInput.class).id("consistency-t");
        assertThat(t.getElement().hasAttribute("data-main-control")).isTrue();
        assertThat(t.getElement().getAttribute("aria-label")).startsWith("Time t in hundredths");
        String before = figure();
        t.setValue(16.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("consistency-readout").getText()).startsWith("t = 0.16 · a(t) = ");
        assertThat($(ConsistencyWidget.class).single().settings().k()).isEqualTo(16);
    }

    @Test
    void moreEulerStepsShrinkTheErrorInTheReadout() {
        navigate(LESSON, LessonView.class);
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_MOONS, 3, 200);
        @SuppressWarnings("unchecked")
        Select<Integer> steps = $(Select.class).id("consistency-steps");
        steps.setValue(32);
        assertThat($(Paragraph.class).id("consistency-readout").getText())
                .contains(String.format(java.util.Locale.ROOT, "32-step Euler: mean error %.4f", scene.eulerError(15, 32)));
    }

    @Test
    void theLearnerPredictsThenTheTableOfErrorsIsRevealed() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("consistency-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("consistency-prediction");
        prediction.setValue("4 or 8");
        test(reveal).click();
        assertThat($(Paragraph.class).id("consistency-verdict").getText())
                .startsWith("You predicted 4 or 8; the simulation says 16 or 32. 16 Euler steps are the fewest");
        assertThat($(Div.class).id("consistency-table").getElement().getTextRecursively())
                .contains("0.5813").contains("0.0389").contains("0.0077");
    }

    @Test
    void aPracticePredictionIsAnsweredByTheSimulation() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-fewest-euler-steps");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class, card).single();
        choice.setValue("16 or 32");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 16 or 32.");
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }
}
