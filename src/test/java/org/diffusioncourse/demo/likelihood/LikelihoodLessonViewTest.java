package org.diffusioncourse.demo.likelihood;

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
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class LikelihoodLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/maximum-likelihood";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theLessonShowsEverySectionWithTheStoryboardBeforeTheExplanation() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Maximum likelihood and the normalising constant");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        Section intuition = $(Section.class).id("intuition");
        assertThat(intuition.getChildren().skip(1).findFirst().orElseThrow().hasClassName("storyboard")).isTrue();
        assertThat(intuition.getElement().getTextRecursively()).contains("k = 40: theta = (-0.93, 0.44)");
    }

    @Test
    void theCodeSectionShowsTheRealQuadratureGradientAndScore() {
        navigate(LESSON, LessonView.class);
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("public Moments moments(QuarticEnergy model)")
                .contains("double g1 = m.x2() - dataX2;")
                .contains("public double score(double x)")
                .contains("GridQuadrature.java, lines");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsTheSameFigureAsTheRenderer() {
        open(Map.of("k", "12", "seed", "5", "n", "800"));
        LikelihoodWidget view = $(LikelihoodWidget.class).single();
        assertThat(view.settings()).isEqualTo(new LikelihoodSettings(12, 5, 800));
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LikelihoodFigure.render(LikelihoodScene.of(5, 800), 12));
        assertThat(figure()).isEqualTo(catalog.demo(LikelihoodDemo.ID).orElseThrow().figure("figure",
                LikelihoodSettings.PARAMS.write(view.settings())));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/likelihood-fit/figure.svg?k=12&seed=5&n=800");
        assertThat($(Paragraph.class).id("likelihood-figure-text").getText())
                .isEqualTo(LikelihoodFigure.describe(LikelihoodScene.of(5, 800), 12));
    }

    @Test
    void badValuesInTheLinkAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("k", "99", "seed", "abc", "n", "3"));
        LikelihoodWidget view = $(LikelihoodWidget.class).single();
        assertThat(view.getElement().getTextRecursively()).contains("k must be between 0 and 40, was 99")
                .contains("seed must be a whole number between 0 and").contains("n must be between 20 and 5000, was 3");
        assertThat(view.settings()).isEqualTo(new LikelihoodSettings(5, 3, 500));
        assertThat(figure()).startsWith("<svg");
    }

    @Test
    void theMainControlIsMarkedAndMovingItRedrawsTheFigureAndReadout() {
        navigate(LESSON, LessonView.class);
        RangeInput k = $(RangeInput.class).id("likelihood-k");
        assertThat(k.getElement().hasAttribute("data-main-control")).isTrue();
        assertThat(k.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("Fitting step k"));
        String before = figure();
        k.setValue(20.0);
        assertThat(DrawnFrame.figureOf(figure())).isNotEqualTo(before).isEqualTo(LikelihoodFigure.render(LikelihoodScene.of(3, 500), 20));
        assertThat($(Paragraph.class).id("likelihood-readout").getText()).startsWith("k = 20 ·");
    }

    @Test
    void theLearnerPredictsThenTheFitRevealsThatTheMomentsMatch() {
        navigate(LESSON, LessonView.class);
        assertThat($(Button.class).id("likelihood-reveal").isEnabled()).isFalse();
        predictAndReveal("equal");
        assertThat($(Paragraph.class).id("likelihood-verdict").getText()).startsWith("Your prediction, equal, is right.")
                .contains("0.9505");
    }

    @Test
    void scrubbingKeepsTheRevealedAnswerAndNewDataAskTheQuestionAgain() {
        navigate(LESSON, LessonView.class);
        predictAndReveal("larger");
        $(RangeInput.class).id("likelihood-k").setValue(30.0);
        assertThat($(Paragraph.class).id("likelihood-verdict").getText()).startsWith("You predicted larger;");
        test($(TextField.class).id("likelihood-seed")).setValue("4");
        assertThat($(Paragraph.class).id("likelihood-verdict").getText()).isEmpty();
        assertThat($(RadioButtonGroup.class).id("likelihood-prediction").getValue()).isNull();
        assertThat($(LikelihoodWidget.class).single().settings()).isEqualTo(new LikelihoodSettings(30, 4, 500));
    }

    @Test
    void aPracticeAnswerIsComputedByTheEngine() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-z-at-the-start");
        test($(TextArea.class, card).single()).setValue("2.51");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 2.5066");
    }

    /** Commits to {@code guess} in the demo's question and reveals the answer. */
    private void predictAndReveal(String guess) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("likelihood-prediction");
        prediction.setValue(guess);
        test($(Button.class).id("likelihood-reveal")).click();
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }
}
