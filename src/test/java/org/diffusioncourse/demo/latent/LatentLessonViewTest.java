package org.diffusioncourse.demo.latent;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

@CourseTest
class LatentLessonViewTest extends SpringBrowserlessTest {

    private static final String LESSON = "lessons/landscape";

    @Test
    void theLandscapeLessonShowsEverySectionInOrderWithItsStoryboardAndCode() {
        navigate(LESSON, LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("The landscape");
        assertThat($(Section.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("intuition", "math", "code", "demo", "source-grounding", "practice", "research-room");
        assertThat($(Paragraph.class).id("latent-storyboard-c4-text").getText())
                .isEqualTo(LatentFigure.describeStoryboard(4));
        assertThat($(Section.class).id("code").getElement().getTextRecursively())
                .contains("static LatentShape latentOf(int factor, int channels)").contains("LatentPipeline.java, lines")
                .contains("public double compressionTo(LatentShape latent)");
    }

    @Test
    void theDemoTakesItsStateFromTheLinkAndDrawsTheSameFigureAsTheRenderer() {
        open(Map.of("f", "16", "c", "16"));
        LatentWidget demo = $(LatentWidget.class).single();
        assertThat(demo.settings()).isEqualTo(new LatentSettings(16, 16));
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LatentFigure.render("latent-svg", LatentPipeline.of(16, 16), false));
        assertThat($(Paragraph.class).id("latent-figure-text").getText())
                .isEqualTo(LatentFigure.describe(LatentPipeline.of(16, 16), false));
        assertThat($(DemoFigure.class).first().src()).isEqualTo("api/v1/figures/latent-pipeline/figure.svg?f=16&c=16");
    }

    @Test
    void badValuesInTheLinkAreListedAndTheAuthoredValuesAreShown() {
        open(Map.of("f", "7", "c", "<b>"));
        String text = $(LatentWidget.class).single().getElement().getTextRecursively();
        assertThat(text).contains("f must be one of 1, 2, 4, 8, 16, 32; was \"7\"").contains("was \"<b>\"");
        assertThat($(LatentWidget.class).single().settings()).isEqualTo(new LatentSettings(8, 4));
    }

    @Test
    void theMainControlIsTheFactorSliderAndMovingItRedrawsTheFigure() {
        navigate(LESSON, LessonView.class);
        RangeInput f = $(RangeInput.class).id("latent-f");
        assertThat(f.getElement().hasAttribute("data-main-control")).isTrue();
        assertThat(f.getElement().getAttribute("aria-label")).startsWith("Downsampling factor f per side");
        String before = figure();
        f.setValue(4.0);
        assertThat(figure()).isNotEqualTo(before);
        assertThat($(LatentWidget.class).single().settings()).isEqualTo(new LatentSettings(16, 4));
        assertThat($(Paragraph.class).id("latent-readout").getText())
                .isEqualTo("f = 16 · latent 32 × 32 × 4 · 4,096 values · 192 times fewer than the pixels");
    }

    @Test
    void moreChannelsMeanLessCompressionInTheReadout() {
        navigate(LESSON, LessonView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> channels = $(Select.class).id("latent-c");
        channels.setValue(16);
        assertThat($(Paragraph.class).id("latent-readout").getText()).contains("64 × 64 × 16").contains("12 times fewer");
    }

    @Test
    void theLearnerPredictsThenTheAttentionModelIsRevealed() {
        navigate(LESSON, LessonView.class);
        Button reveal = $(Button.class).id("latent-reveal");
        assertThat(reveal.isEnabled()).isFalse();
        assertThat($(Paragraph.class).id("latent-readout").getText()).doesNotContain("cheaper");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> prediction = $(RadioButtonGroup.class).id("latent-prediction");
        prediction.setValue("4");
        test(reveal).click();
        assertThat($(Paragraph.class).id("latent-verdict").getText())
                .startsWith("You predicted 4 times; the model says 16 times. Halving each side divides the positions by 4");
        assertThat($(Paragraph.class).id("latent-readout").getText()).contains("attention of one step 4,096 times cheaper");
        assertThat(DrawnFrame.figureOf(figure())).isEqualTo(LatentFigure.render("latent-svg", LatentPipeline.of(8, 4), true));
    }

    @Test
    void aPracticePredictionIsAnsweredByTheShapes() {
        navigate(LESSON, LessonView.class);
        Div card = $(Div.class).id("practice-same-values-fewer-positions");
        test($(TextArea.class, card).single()).setValue("65536");
        test($(Button.class, card).all().stream().filter(b -> b.getText().equals("Commit my prediction"))
                .findFirst().orElseThrow()).click();
        test($(Button.class, card).withClassName("reveal-button").single()).click();
        assertThat(card.getElement().getTextRecursively()).contains("Right: 65536");
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate(LESSON, QueryParameters.simple(query));
    }

    /** The SVG the page shows (the first frame inline, every later one fetched from its URL). */
    private String figure() {
        return $(DemoFigure.class).first().svg();
    }
}
