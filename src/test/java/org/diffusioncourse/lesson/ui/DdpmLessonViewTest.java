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
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.ddpm.DdpmDemo;
import org.diffusioncourse.demo.ddpm.DdpmFigure;
import org.diffusioncourse.demo.ddpm.DdpmScene;
import org.diffusioncourse.demo.ddpm.DdpmSettings;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class DdpmLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/ddpm";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theDdpmLessonShowsEverySectionTheStoryboardAndTheCode() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("DDPM: the reverse process and the noise-prediction loss");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("ddpm-reverse-storyboard-text").getText()).startsWith("Top row: 500 points");
        assertThat($(Section.class).id("code").getElement().getTextRecursively())
                .contains("private void runReverse(NoisedMixture field, UniformRandomProvider rng)")
                .contains("DdpmScene.java, lines");
    }

    @Test
    void theSliderIsTheMarkedMainControlAndRedrawsTheFigureAndReadout() {
        navigate(LESSON, LessonView.class);
        RangeInput t = $(RangeInput.class).id("ddpm-reverse-t");
        assertThat(t.getElement().hasAttribute("data-main-control")).isTrue();
        String before = figure();
        t.setValue(70.0);
        assertThat(DrawnFrame.figureOf(figure())).isNotEqualTo(before)
                .isEqualTo(DdpmFigure.render(DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500), 70, false));
        assertThat($(Paragraph.class).id("ddpm-reverse-readout").getText()).startsWith(String.format(java.util.Locale.ROOT, "t = 70 · ᾱ_t = %.4f", DdpmScene.schedule().alphaBar(70)));
        assertThat(query()).containsEntry("t", "70");
    }

    @Test
    void aLinkRedrawsTheSameFigureAndBadValuesAreListed() {
        Map<String, String> link = Map.of("dataset", "spiral", "t", "80", "seed", "5", "n", "200");
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(link));
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(DdpmFigure.render(DdpmScene.of(ToyDataset.SPIRAL, 5, 200), 80, false));
        assertThat(figure()).isEqualTo(catalog.demo(DdpmDemo.ID).orElseThrow().figure("figure", link));
        assertThat($(DemoFigure.class).first().src())
                .isEqualTo("api/v1/figures/ddpm-reverse/figure.svg?dataset=spiral&t=80&seed=5&n=200");
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("t", "-1", "n", "abc")));
        String text = $(DemoWidget.class).single().getElement().getTextRecursively();
        assertThat(text).contains("t must be between 0 and 100, was -1").contains("n must be a whole number between 50 and 1000");
        assertThat(query()).isEqualTo(Map.of("dataset", "two-moons", "t", "30", "seed", "3", "n", "500"));
    }

    @Test
    void theLearnerPredictsThenTheLossCurveIsRevealed() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("ddpm-reverse-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CrossingBand> prediction = $(RadioButtonGroup.class).id("ddpm-reverse-prediction");
        prediction.setValue(CrossingBand.LATE);
        test(reveal).click();
        DdpmScene scene = DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500);
        assertThat($(Paragraph.class).id("ddpm-reverse-verdict").getText()).startsWith("Not quite.")
                .contains("largest at t = " + scene.hardestStep());
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(DdpmFigure.render(scene, 30, true));
    }

    @Test
    void aPracticeChoiceIsAnsweredByTheSimulation() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-hardest-band");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class, card).single();
        choice.setValue("early");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("early").contains("largest at t = 1");
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }

    /** The link of the state the demo shows. */
    private Map<String, String> query() {
        return DdpmSettings.PARAMS.write((DdpmSettings) $(DemoWidget.class).single().settings());
    }
}
