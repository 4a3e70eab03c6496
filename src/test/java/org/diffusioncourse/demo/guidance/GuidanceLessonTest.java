package org.diffusioncourse.demo.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class GuidanceLessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/guidance";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theLessonShowsEverySectionTheStoryboardAndTheRealSource() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Guidance");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("storyboard-text-guidance-two-moons-0").getText())
                .contains("w = 0 (accuracy").contains("w = 8 (accuracy 1.00");
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("GuidedField.java, lines").contains("ClassifierGuidedField.java, lines")
                .contains("double u = 1 - weight;");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsWhatTheSceneDraws() {
        open(Map.of("dataset", "rings", "y", "1", "w", "1.5", "seed", "2", "n", "200"));
        GuidanceSettings expected = new GuidanceSettings(ToyDataset.RINGS, 1, 1.5, 2, 200);
        assertThat(widget().settings()).isEqualTo(expected);
        assertThat(DrawnFrame.figureOf(samplesFigure())).isEqualTo(GuidanceFigure.samples(guidance().scene(expected), expected.weightIndex()));
        assertThat(figure("samples").src())
                .isEqualTo("api/v1/figures/guidance/samples.svg?dataset=rings&y=1&w=1.5&seed=2&n=200");
    }

    @Test
    void badLinkValuesAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("w", "2.7", "dataset", "spiral", "y", "9"));
        String text = widget().getElement().getTextRecursively();
        assertThat(text).contains("w must be one of 0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8; was \"2.7\"")
                .contains("dataset must be one of two-moons, two-blobs, eight-gaussians, rings, checkerboard, five-modes; was \"spiral\"")
                .contains("y must be between 0 and 1, was 9");
        assertThat(widget().settings()).isEqualTo(new GuidanceSettings(ToyDataset.TWO_MOONS, 0, 3.0, 1, 500));
    }

    @Test
    void theMainControlIsMarkedAndMovingItRedrawsTheSamples() {
        navigate(LESSON, LessonView.class);
        RangeInput w = $(RangeInput.class).id("guidance-w");
        assertThat(w.getElement().hasAttribute("data-main-control")).isTrue();
        String before = samplesFigure();
        w.setValue(9.0);
        assertThat(((GuidanceSettings) widget().settings()).w()).isEqualTo(8.0);
        assertThat(samplesFigure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("guidance-samples-readout").getText()).startsWith("w = 8 · 500 samples");
    }

    @Test
    void theMeasurementsAppearOnlyAfterThePredictionIsRevealed() {
        navigate(LESSON, LessonView.class);
        assertThat(figure("curves").isVisible()).as("hidden before the reveal").isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("guidance-prediction");
        prediction.setValue("grows");
        test($(Button.class).id("guidance-reveal")).click();
        assertThat(figure("curves").isVisible()).isTrue();
        assertThat(figure("curves").svg()).contains("guidance-curves-mark-0");
        assertThat($(Paragraph.class).id("guidance-verdict").getText())
                .contains("You predicted grows; the simulation says shrinks");
        assertThat($(Paragraph.class).id("guidance-samples-readout").getText()).contains("class accuracy 1.000");
    }

    @Test
    void practiceAnswersAreComputedBySweepAndField() {
        GuidanceDemo demo = new GuidanceDemo();
        Map<String, String> setup = Map.of("dataset", "two-moons", "y", "0", "seed", "1", "n", "500");
        assertThat(demo.answer("spread-trend", setup).value()).isEqualTo("shrinks");
        assertThat(demo.answer("closest-w", setup).value()).isEqualTo("1");
        assertThat(demo.answer("guided-score", Map.of("x", "0", "w", "7")).value()).isEqualTo("21.000");
        assertThat(demo.answer("guided-score", Map.of("x", "0", "w", "7")).matches("21")).isTrue();
        assertThat(demo.checkAnswer("coverage", setup)).anyMatch(p -> p.contains("needs a guidance weight w"));
        assertThat(demo.checkAnswer("guided-score", Map.of("w", "7"))).anyMatch(p -> p.contains("needs a point x"));
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG of the samples figure as the page has it. */
    private String samplesFigure() {
        return figure("samples").svg();
    }

    private DemoFigure figure(String name) {
        return DemoFigures.named(widget(), name);
    }

    private DemoWidget<?, ?> widget() {
        return $(DemoWidget.class).single();
    }

    private GuidanceDemo guidance() {
        return (GuidanceDemo) catalog.demo(GuidanceDemo.ID).orElseThrow();
    }
}
