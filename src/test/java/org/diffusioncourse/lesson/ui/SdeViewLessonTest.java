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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.sde.SdeDemo;
import org.diffusioncourse.demo.sde.SdeProcess;
import org.diffusioncourse.demo.sde.SdeSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class SdeViewLessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/sde-view";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theSdeLessonShowsEverySectionTheStoryboardAndTheRealSamplerCode() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("The SDE view");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        String intuition = $(Section.class).id("intuition").getElement().getTextRecursively();
        assertThat(intuition).contains("Small multiples, one row per sampler. Reverse SDE: t = 1.000");
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("ReverseSdeSampler.java, lines").contains("ProbabilityFlowSampler.java, lines")
                .contains("CoupledRuns.java, lines");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndMarksItsMainControl() {
        open(Map.of("dataset", "two-blobs", "seed", "4", "step", "150"));
        SdeSettings expected = new SdeSettings(ToyDataset.TWO_BLOBS, 4, 150);
        assertThat(widget().settings()).isEqualTo(expected);
        RangeInput step = $(RangeInput.class).id("sde-step");
        assertThat(step.getElement().hasAttribute("data-main-control")).isTrue();
        assertThat(step.getValue()).isEqualTo(150.0);
        assertThat($(Paragraph.class).id("sde-readout").getText()).startsWith("step 150 of 200 · t = 0.251");
        assertThat($(Paragraph.class).id("sde-figure-text").getText()).startsWith("Reverse SDE at t = 0.251: 600 particles");
        String drawn = figure();
        assertThat(drawn).as("the page's first frame is the frame its URL serves")
                .isEqualTo(sde().figure("figure", SdeSettings.PARAMS.write(expected)));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/sde-trajectories/figure.svg?dataset=two-blobs&process=vp&seed=4&step=150");
        open(Map.of("dataset", "two-blobs", "seed", "4", "step", "150"));
        assertThat(figure()).as("the same link redraws the same figure byte for byte").isEqualTo(drawn);
    }

    @Test
    void aBadLinkIsExplainedAndTheAuthoredValuesAreShown() {
        open(Map.of("dataset", "<b>x</b>", "step", "999"));
        String text = widget().getElement().getTextRecursively();
        assertThat(text).contains("dataset must be one of five-modes, two-blobs, eight-gaussians; was \"<b>x</b>\"")
                .contains("step must be between 0 and 200, was 999");
        assertThat(widget().settings()).isEqualTo(new SdeSettings(ToyDataset.FIVE_MODES, 1, 100));
    }

    @Test
    void movingTheSliderRedrawsTheFigureFromTheCachedRuns() {
        navigate(LESSON, LessonView.class);
        String before = figure();
        $(RangeInput.class).id("sde-step").setValue(101.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat(((SdeSettings) widget().settings()).step()).isEqualTo(101);
        assertThat(figure()).contains("t = 0.496");
    }

    @Test
    void theLearnerCommitsThenSeesTheEndMetricsOfBothRunsAndOfExactDraws() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("sde-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        assertThat($(Div.class).id("sde-metrics-box").getChildren()).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("sde-prediction");
        prediction.setValue("The same points");
        test(reveal).click();
        var runs = sde().scene(new SdeSettings(ToyDataset.FIVE_MODES, 1, 100)).runs();
        assertThat($(Paragraph.class).id("sde-verdict").getText()).startsWith("You predicted “The same points”.")
                .contains(String.format(Locale.ROOT, "ends on average %.2f apart", runs.meanPairedEndDistance(0, 1)));
        String table = $(Div.class).id("sde-metrics").getElement().getTextRecursively();
        assertThat(table).contains("Reverse SDE").contains("Probability-flow ODE").contains("Exact draws (reference)")
                .contains(String.format(Locale.ROOT, "%.4f", runs.run(1).metrics().energyDistance()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToVeIsANewQuestionAndTheFigureReadoutAndTextSayWhichProcessIsShown() {
        navigate(LESSON, LessonView.class);
        Select<SdeProcess> process = $(Select.class).id("sde-process");
        assertThat(process.getValue()).isEqualTo(SdeProcess.VP);
        assertThat($(Paragraph.class).id("sde-readout").getText()).contains("· VP SDE · a(t) = ");
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("sde-prediction");
        prediction.setValue("The same points");
        process.setValue(SdeProcess.VE);
        SdeSettings ve = new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VE, 1, 100);
        assertThat(widget().settings()).isEqualTo(ve);
        assertThat(prediction.getValue()).as("a new process is a new question").isNull();
        assertThat($(Paragraph.class).id("sde-readout").getText()).startsWith("step 100 of 200 · t = 0.501 · VE SDE · a(t) = 1 · σ(t) = 0.3173")
                .endsWith("in the plotted square: 600 (SDE) and 600 (ODE) of 600");
        assertThat($(Paragraph.class).id("sde-figure-text").getText()).startsWith("Reverse SDE at t = 0.501")
                .endsWith("Process: VE SDE (σ from 0.01 to 10; starts from N(0, 10.05² I)).");
        assertThat(figure()).isEqualTo(sde().figure("figure", SdeSettings.PARAMS.write(ve)));
    }

    @Test
    void thePracticeAnswerIsComputedByTheDemo() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-ou-variance");
        com.vaadin.flow.component.textfield.TextArea free = $(com.vaadin.flow.component.textfield.TextArea.class, card).single();
        test(free).setValue("1");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 1.0000.");
    }

    @Test
    void theVeTravelPracticeAnswerIsComputedFromTheVeRuns() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-ve-travel");
        com.vaadin.flow.component.textfield.TextArea free = $(com.vaadin.flow.component.textfield.TextArea.class, card).single();
        test(free).setValue("12.6");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 11.63.").contains("of the VE SDE");
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }

    private DemoWidget<?, ?> widget() {
        return $(DemoWidget.class).single();
    }

    private SdeDemo sde() {
        return (SdeDemo) catalog.demo(SdeDemo.ID).orElseThrow();
    }
}
