package org.diffusioncourse.lesson.ui;

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
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.flow.FlowDemo;
import org.diffusioncourse.demo.flow.FlowSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class FlowMatchingLessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/flow-matching";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theFlowLessonShowsEverySectionAndSaysWhichWayTimeRuns() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Flow matching and rectified flows");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(com.vaadin.flow.component.html.Aside.class).id("notation").getElement().getTextRecursively())
                .contains("running the other way from the DDPM and SDE lessons");
        assertThat($(Section.class).id("intuition").getElement().getTextRecursively())
                .contains("Small multiples, one row per sampler. Flow ODE (σ = 0): t = 0.000");
        assertThat($(Section.class).id("code").getElement().getTextRecursively())
                .contains("FlowSdeSampler.java, lines").contains("FieldConversions.java, lines").contains("CondOtPath.java, lines");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndBothSlidersRedraw() {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("dataset", "two-blobs", "sigma", "0.5", "step", "40")));
        DemoWidget<?, ?> demo = widget();
        FlowSettings expected = new FlowSettings(ToyDataset.TWO_BLOBS, 1, 0.5, 40);
        assertThat(demo.settings()).isEqualTo(expected);
        assertThat(figure()).as("the page's first frame is the frame its URL serves")
                .isEqualTo(catalog.demo(FlowDemo.ID).orElseThrow().figure("figure", FlowSettings.PARAMS.write(expected)));
        RangeInput step = $(RangeInput.class).id("flow-step");
        assertThat(step.getElement().hasAttribute("data-main-control")).isTrue();
        assertThat($(RangeInput.class).id("flow-sigma").getElement().hasAttribute("data-main-control")).isFalse();
        String before = figure();
        step.setValue(41.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("flow-readout").getText()).startsWith("step 41 of 200 · t = 0.205");
        String atSigmaHalf = figure();
        $(RangeInput.class).id("flow-sigma").setValue(1.5);
        assertThat(((FlowSettings) demo.settings()).sigma()).isEqualTo(1.5);
        assertThat($(DemoFigure.class).first().src()).contains("&sigma=1.5&step=41");
        assertThat(figure()).isNotEqualTo(atSigmaHalf).contains("SDE extension (σ = 1.5)");
    }

    @Test
    void aBadSigmaInTheLinkIsExplainedAndTheAuthoredValueIsShown() {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("sigma", "0.1")));
        String text = widget().getElement().getTextRecursively();
        assertThat(text).contains("sigma must be a multiple of 0.25 between 0 and 1.5, was 0.1");
        assertThat(widget().settings()).isEqualTo(new FlowSettings(ToyDataset.FIVE_MODES, 1, 1.0, 100));
    }

    @Test
    void theLearnerCommitsThenSeesTheEndMetrics() {
        navigate(LESSON, LessonView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("flow-prediction");
        prediction.setValue("Different points, the same distribution");
        test($(Button.class).id("flow-reveal")).click();
        assertThat($(Paragraph.class).id("flow-verdict").getText()).startsWith("Right. The same start point ends on average");
        assertThat($(Div.class).id("flow-metrics").getElement().getTextRecursively()).contains("Flow ODE (σ = 0)")
                .contains("Exact draws (reference)");
    }

    @Test
    void thePracticeAnswerIsComputedByTheDemo() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-velocity-to-score");
        com.vaadin.flow.component.textfield.TextArea free = $(com.vaadin.flow.component.textfield.TextArea.class, card).single();
        test(free).setValue("2");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 2.000.");
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }

    private DemoWidget<?, ?> widget() {
        return $(DemoWidget.class).single();
    }
}
