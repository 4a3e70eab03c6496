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
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.langevin.LangevinFigure;
import org.diffusioncourse.demo.langevin.LangevinScene;
import org.diffusioncourse.demo.langevin.LangevinSettings;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

@CourseTest
class LangevinLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/langevin";

    @Test
    void theLangevinLessonShowsEverySectionTheStoryboardAndTheCode() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Langevin dynamics");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("langevin-particles-storyboard-text").getText())
                .startsWith("50 particles started at the corner");
        assertThat($(Section.class).id("code").getElement().getTextRecursively())
                .contains("static double step(double x, double score, double h, double z)")
                .contains("LangevinScene.java, lines");
    }

    @Test
    void theDemoSectionShowsTheDwellCodeAndTheTableItsRunsPrint() {
        navigate(LESSON, LessonView.class);
        String table = $(Div.class).id("langevin-dwell-numbers").getElement().getTextRecursively();
        assertThat(table).contains("steps per switch, seen").contains("0.01 (η = 0.005)").contains("none seen")
                .contains("2.24 × 10^9").contains("51 of 100").contains("978").contains("2,045").contains("0.913");
        assertThat($(Section.class).id("demo").getElement().getTextRecursively())
                .contains("LangevinSampler.step(x[i], score.scoreX(i), h, gauss.sample())");
    }

    @Test
    void theIterationSliderIsTheMarkedMainControlAndRedrawsTheFigure() {
        navigate(LESSON, LessonView.class);
        RangeInput k = $(RangeInput.class).id("langevin-particles-k");
        assertThat(k.getElement().hasAttribute("data-main-control")).isTrue();
        String before = figure();
        k.setValue(101.0);
        LangevinScene scene = LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 50);
        assertThat(DrawnFrame.figureOf(figure())).isNotEqualTo(before).isEqualTo(LangevinFigure.render(scene, 101, false));
        assertThat($(Paragraph.class).id("langevin-particles-readout").getText()).startsWith("k = 101 · step 0.002 · 1 of 5 modes occupied")
                .contains("spread around the modes 0.0");
        assertThat(query()).containsEntry("k", "101");
        assertThat($(DemoFigure.class).single().src()).isEqualTo("api/v1/figures/langevin-particles/figure.svg?"
                + "eta=0.002&annealed=off&start=corner&k=101&seed=3&n=50");
    }

    @Test
    void switchingAnnealingOnRedrawsFromTheAnnealedRun() {
        navigate(LESSON, LessonView.class);
        @SuppressWarnings("unchecked")
        Select<Boolean> annealed = $(Select.class).id("langevin-particles-annealed");
        test(annealed).selectItem("Annealed over σ from 2 to 0.05");
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LangevinFigure.render(
                LangevinScene.of(0.002, true, LangevinScene.Start.CORNER, 3, 50), 100, false));
        assertThat(query()).containsEntry("annealed", "on");
    }

    @Test
    void aLinkRedrawsTheSameFigureAndBadValuesAreListed() {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("eta", "0.05", "annealed", "off",
                "start", "spread", "k", "700", "seed", "9", "n", "120")));
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LangevinFigure.render(
                LangevinScene.of(0.05, false, LangevinScene.Start.SPREAD, 9, 120), 700, false));
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(Map.of("eta", "big", "k", "-3")));
        String text = $(DemoWidget.class).single().getElement().getTextRecursively();
        assertThat(text).contains("eta must be one of 0.001").contains("k must be between 0 and 1000, was -3");
        assertThat(query()).isEqualTo(Map.of("eta", "0.002", "annealed", "off",
                "start", "corner", "k", "100", "seed", "3", "n", "50"));
    }

    @Test
    void theLearnerPredictsThenTheRunIsRevealed() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("langevin-particles-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> prediction = $(RadioButtonGroup.class).id("langevin-particles-prediction");
        prediction.setValue(3);
        test(reveal).click();
        assertThat($(Paragraph.class).id("langevin-particles-verdict").getText()).startsWith("Right: 3 of 5 modes");
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LangevinFigure.render(
                LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 50), 100, true));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).single().svg();
    }

    /** The settings shown, as the page's link writes them. */
    private Map<String, String> query() {
        return LangevinSettings.PARAMS.write((LangevinSettings) $(DemoWidget.class).single().settings());
    }
}
