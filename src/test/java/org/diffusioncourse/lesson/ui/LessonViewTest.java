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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.forward.ForwardDemo;
import org.diffusioncourse.demo.forward.ForwardFigure;
import org.diffusioncourse.demo.forward.ForwardSettings;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class LessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/forward-process";

    @Autowired
    DemoCatalog catalog;

    @Autowired
    org.diffusioncourse.lesson.ContentService content;

    @Test
    void theForwardLessonShowsEverySectionInOrder() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("The forward process");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
    }

    @Test
    void theMathIsPlacedAsKatexElementsAndTheNotationPanelIsShown() {
        navigate(LESSON, LessonView.class);
        String math = $(Section.class).id("math").getElement().getChildren()
                .map(e -> e.getProperty("innerHTML", "")).reduce("", String::concat);
        assertThat(math).contains("<course-math").contains("\\bar\\alpha_t");
        assertThat($(com.vaadin.flow.component.html.Aside.class).id("notation").getElement().getTextRecursively())
                .contains("Notation on this page").contains("is clean data and");
    }

    @Test
    void theCodeSectionShowsTheRealSourceAndTheNumbersItProduces() {
        navigate(LESSON, LessonView.class);
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("public PointCloud noise(PointCloud x0, PointCloud eps, int t)")
                .contains("ForwardProcess.java, lines");
        assertThat($(Div.class).id("forward-trace-numbers").getElement().getTextRecursively())
                .contains("1000").contains("1.000000").contains("0.000040");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsTheSameFigureAsTheRenderer() {
        open(Map.of("dataset", "spiral", "schedule", "cosine", "t", "600", "seed", "3", "n", "800"));
        ForwardSettings expected = new ForwardSettings(ToyDataset.SPIRAL, NoiseSchedule.Kind.COSINE, 600, 3, 800);
        assertThat(widget().settings()).isEqualTo(expected);
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(ForwardFigure.render(forward().scene(expected), 600, false));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/forward-noising/figure.svg?dataset=spiral&schedule=cosine&t=600&seed=3&n=800");
    }

    @Test
    void badValuesInTheLinkGiveClearMessagesAndTheDefaultsAreShown() {
        open(Map.of("t", "-5", "dataset", "<script>", "seed", "abc", "n", "99999"));
        String messages = widget().getElement().getTextRecursively();
        assertThat(messages).contains("t must be between 0 and 1000, was -5")
                .contains("dataset must be one of two-moons, spiral, two-blobs; was \"<script>\"")
                .contains("seed must be a whole number between 0 and")
                .contains("n must be between 10 and 5000, was 99999");
        assertThat(widget().settings())
                .isEqualTo(new ForwardSettings(ToyDataset.TWO_MOONS, NoiseSchedule.Kind.LINEAR, 250, 3, 2000));
        assertThat(figure()).startsWith("<svg");
    }

    @Test
    void movingTheSliderRedrawsTheFigureAndTheReadout() {
        navigate(LESSON, LessonView.class);
        String before = figure();
        $(RangeInput.class).id("forward-t").setValue(700.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("forward-readout").getText()).startsWith("t = 700 ·");
        assertThat(((ForwardSettings) widget().settings()).t()).isEqualTo(700);
    }

    @Test
    void aSeedThatIsNotANumberIsRejectedOnTheFieldAndNothingElseChanges() {
        navigate(LESSON, LessonView.class);
        String before = figure();
        TextField seed = $(TextField.class).id("forward-seed");
        test(seed).setValue("twelve");
        assertThat(seed.isInvalid()).isTrue();
        assertThat(seed.getErrorMessage()).contains("seed must be a whole number");
        assertThat(figure()).isEqualTo(before);
    }

    @Test
    void theLearnerPredictsThenTheSimulationRevealsTheCrossing() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("forward-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CrossingBand> prediction = $(RadioButtonGroup.class).id("forward-prediction");
        prediction.setValue(CrossingBand.LATE);
        assertThat(reveal.isEnabled()).isTrue();
        test(reveal).click();
        var scene = forward().scene(new ForwardSettings(ToyDataset.TWO_MOONS, NoiseSchedule.Kind.LINEAR, 250, 3, 2000));
        String verdict = $(Paragraph.class).id("forward-verdict").getText();
        assertThat(scene.crossingReached()).as("the default demo should cross").isTrue();
        assertThat(verdict).contains("t* = " + scene.crossingStep()).contains(scene.crossingBand().id());
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(ForwardFigure.render(scene, 250, true));
    }

    @Test
    void anAnonymousPredictionIsAnsweredByTheSimulationOnlyAfterItIsCommitted() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-crossing-band");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class, card).single();
        Button reveal = $(Button.class, card).withClassName("reveal-button").single();
        assertThat(reveal.isEnabled()).isFalse();
        assertThat(card.getElement().getTextRecursively()).contains("Sign in to keep your predictions");
        choice.setValue("early");
        test($(Button.class, card).withClassName("commit-button").single()).click();
        assertThat(choice.isReadOnly()).isTrue();
        test(reveal).click();
        var scene = forward().scene(new ForwardSettings(ToyDataset.TWO_BLOBS, NoiseSchedule.Kind.LINEAR, 250, 7, 2000));
        String outcome = card.getElement().getTextRecursively();
        assertThat(outcome).contains(scene.crossingBand().id()).contains("t* = " + scene.crossingStep());
    }

    @Test
    void hintsAreRevealedOneAtATime() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-crossing-band");
        Button hint = $(Button.class, card).all().stream().filter(b -> b.hasClassName("hint-button")).findFirst().orElseThrow();
        assertThat(hint.getText()).startsWith("Show hint 1 of");
        test(hint).click();
        assertThat(hint.getText()).startsWith("Show hint 2 of");
    }

    @Test
    void anUnknownLessonSaysSoInsteadOfFailing() {
        navigate("lessons/no-such-lesson", LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Lesson not found");
    }


    @Test
    void everyClaimIsListedWithItsSourcesAndScope() {
        navigate(LESSON, LessonView.class);
        String grounding = $(Section.class).id("source-grounding").getElement().getTextRecursively();
        assertThat(grounding).contains("Needs review").contains("Scope:").contains("Ho, Jain and Abbeel (2020)");
    }

    /** Opens the lesson as a link with these query parameters would. */
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

    private ForwardDemo forward() {
        return (ForwardDemo) catalog.demo(ForwardDemo.ID).orElseThrow();
    }
}
