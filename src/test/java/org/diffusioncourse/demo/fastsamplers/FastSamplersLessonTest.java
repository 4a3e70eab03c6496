package org.diffusioncourse.demo.fastsamplers;

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
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class FastSamplersLessonTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/fast-samplers";

    @Autowired
    DemoCatalog catalog;

    @Test
    void theLessonShowsEverySectionTheStoryboardAndTheRealSource() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Fast samplers");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("storyboard-text-fast-samplers-five-modes").getText())
                .contains("EDM Heun (NFE 5 · error").contains("DPM-Solver++(2M) (NFE 41 · error");
        String code = $(Section.class).id("code").getElement().getTextRecursively();
        assertThat(code).contains("static double[] karrasSigmas(").contains("FastSamplerSweep.java, lines")
                .contains("Math.expm1(-h)");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsWhatTheSceneDraws() {
        open(Map.of("dataset", "two-blobs", "nfe", "21", "seed", "4", "n", "200"));
        FastSettings expected = new FastSettings(ToyDataset.TWO_BLOBS, 21, 4, 200);
        assertThat(widget().settings()).isEqualTo(expected);
        assertThat(DrawnFrame.figureOf(samplesFigure())).isEqualTo(FastFigure.samples(fastSamplers().scene(expected), expected.budgetIndex()));
        assertThat(figure("samples").src())
                .isEqualTo("api/v1/figures/fast-samplers/samples.svg?dataset=two-blobs&nfe=21&seed=4&n=200");
    }

    @Test
    void badLinkValuesAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("nfe", "10", "dataset", "<b>moons</b>", "n", "5"));
        String text = widget().getElement().getTextRecursively();
        assertThat(text).contains("nfe must be one of 3, 5, 7, 9, 11, 15, 21, 31, 41, 61, 81, 101; was \"10\"")
                .contains("dataset must be one of").contains("n must be between 50 and 1000, was 5");
        assertThat(widget().settings()).isEqualTo(new FastSettings(ToyDataset.FIVE_MODES, 9, 1, 400));
    }

    @Test
    void theMainControlIsMarkedAndMovingItRedrawsTheSamples() {
        navigate(LESSON, LessonView.class);
        RangeInput budget = $(RangeInput.class).id("fast-samplers-nfe");
        assertThat(budget.getElement().hasAttribute("data-main-control")).isTrue();
        String before = samplesFigure();
        budget.setValue(10.0);
        assertThat(((FastSettings) widget().settings()).nfe()).isEqualTo(81);
        assertThat(samplesFigure()).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("fast-samplers-samples-readout").getText()).startsWith("NFE = 81 per particle");
    }

    @Test
    void theErrorPlotAppearsOnlyAfterThePredictionIsRevealed() {
        navigate(LESSON, LessonView.class);
        assertThat(figure("error").isVisible()).as("hidden before the reveal").isFalse();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Method> prediction = $(RadioButtonGroup.class).id("fast-samplers-prediction");
        prediction.setValue(Method.EDM_HEUN);
        test($(Button.class).id("fast-samplers-reveal")).click();
        assertThat(figure("error").isVisible()).isTrue();
        assertThat(figure("error").svg()).contains("fast-error-budget");
        assertThat($(Paragraph.class).id("fast-samplers-verdict").getText())
                .contains("you predicted EDM Heun").contains("DPM-Solver++(2M)");
    }

    @Test
    void practiceAnswersAreComputedBySweepAndEngine() {
        FastSamplersDemo demo = new FastSamplersDemo();
        Map<String, String> setup = Map.of("dataset", "five-modes", "seed", "1", "n", "400", "nfe", "9");
        assertThat(demo.answer("best-sampler", setup).value()).isEqualTo("DPM-Solver++(2M)");
        ComputedAnswer sigma = demo.answer("karras-sigma", Map.of("steps", "18", "i", "1"));
        assertThat(sigma.value()).isEqualTo("57.59");
        assertThat(sigma.matches("57.6")).isTrue();
        ComputedAnswer order = demo.answer("order", Map.of("dataset", "five-modes", "seed", "1", "n", "400", "sampler", "edm-heun"));
        assertThat(Double.parseDouble(order.value())).isBetween(1.8, 2.6);
        assertThat(demo.checkAnswer("order", Map.of("dataset", "five-modes"))).anyMatch(p -> p.contains("needs sampler"));
        assertThat(demo.checkAnswer("karras-sigma", Map.of("steps", "5", "i", "9"))).anyMatch(p -> p.contains("i must be between 0 and 5"));
        int nine = FastSamplerSweep.BUDGETS.indexOf(9);
        assertThat(demo.answer("error", Map.of("dataset", "five-modes", "seed", "1", "n", "400", "nfe", "9",
                "sampler", "edm-heun")).value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.3g",
                        demo.scene(new FastSettings(ToyDataset.FIVE_MODES, 9, 1, 400)).sweep().run(Method.EDM_HEUN, nine)
                                .error()));
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

    private FastSamplersDemo fastSamplers() {
        return (FastSamplersDemo) catalog.demo(FastSamplersDemo.ID).orElseThrow();
    }
}
