package org.diffusioncourse.demo.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;
import org.diffusioncourse.lesson.Lesson;
import org.junit.jupiter.api.Test;

/** The demo's parameter checks, its link round trip, and answers that come from the shapes. */
class LatentDemoTest {

    private final LatentDemo demo = new LatentDemo();

    @Test
    void theCatalogListsTheDemoWithItsWitnesses() {
        DemoCatalog catalog = new DemoCatalog();
        assertThat(catalog.demoIds()).contains(LatentDemo.ID);
        assertThat(catalog.witness("latent-pipeline")).isPresent();
        assertThat(catalog.witness("latent-compression")).isPresent();
    }

    @Test
    void wrongParametersAreNamedWithTheirValuesAndWhatIsAllowed() {
        assertThat(demo.check(Map.of("f", "3", "c", "5", "size", "512"))).containsExactlyInAnyOrder(
                "unknown parameter 'size' for ::demo{id=latent-pipeline}; allowed: c, f",
                "f must be one of 1, 2, 4, 8, 16, 32; was \"3\"",
                "c must be one of 1, 2, 3, 4, 8, 16; was \"5\"");
        assertThat(demo.checkStoryboard(Map.of("f", "8"))).containsExactly(
                "unknown parameter 'f' for ::storyboard{demo=latent-pipeline}; allowed: c");
        assertThat(demo.checkAnswer("compression-factor", Map.of("image", "512x512", "latent", "64x64x4"))).containsExactly(
                "image: shape must look like 512x512x3 (height x width x channels), was \"512x512\"");
        assertThat(demo.checkAnswer("attention-ratio", Map.of("image", "512x512x3"))).containsExactly(
                "quantity 'attention-ratio' needs latent in params");
        assertThat(demo.checkAnswer("compression", Map.of("f", "12"))).containsExactly(
                "f must be one of 1, 2, 4, 8, 16, 32; was \"12\"");
        assertThat(demo.checkAnswer("latent-values", Map.of("f", "16", "c", "16"))).isEmpty();
    }

    @Test
    void theLinkRoundTripsEverySetting() {
        LatentSettings s = new LatentSettings(16, 8);
        assertThat(LatentSettings.PARAMS.write(s)).containsExactly(Map.entry("f", "16"), Map.entry("c", "8"));
        for (int f : org.diffusioncourse.demo.latent.LatentPipeline.FACTORS) {
            for (int c : org.diffusioncourse.demo.latent.LatentPipeline.CHANNELS) {
                LatentSettings settings = new LatentSettings(f, c);
                Reading<LatentSettings> back = LatentSettings.PARAMS.read(LatentSettings.PARAMS.write(settings));
                assertThat(back.problems()).isEmpty();
                assertThat(back.settings()).isEqualTo(settings);
            }
        }
        assertThat(LatentSettings.PARAMS.defaults()).isEqualTo(new LatentSettings(8, 4));
    }

    @Test
    void aFigureUrlGivesTheFigureOfItsSettings() {
        LatentSettings s = new LatentSettings(4, 2);
        assertThat(DrawnFrame.figureOf(demo.figure("figure", LatentSettings.PARAMS.write(s))))
                .isEqualTo(LatentFigure.render("latent-svg", LatentPipeline.of(4, 2), false));
        assertThat(demo.figureUrl("figure", s, true)).isEqualTo("api/v1/figures/latent-pipeline/figure.svg?f=4&c=2&revealed=true");
        assertThat(DrawnFrame.figureOf(demo.figure("figure", Map.of("f", "4", "c", "2", "revealed", "true"))))
                .isEqualTo(LatentFigure.render("latent-svg", LatentPipeline.of(4, 2), true));
    }

    @Test
    void theAnswersAreThePipelinesNumbers() {
        Map<String, String> sd = Map.of("f", "8", "c", "4");
        assertThat(demo.answer("latent-values", sd).value()).isEqualTo("16384");
        assertThat(demo.answer("compression", sd).value()).isEqualTo("48");
        assertThat(demo.answer("attention-saving", sd).value()).isEqualTo("4096");
        assertThat(demo.answer("compression", Map.of("f", "1", "c", "16")).value()).isEqualTo("0.1875");
        assertThat(demo.answer("attention-saving", Map.of("f", "32", "c", "1")).value()).isEqualTo("1048576");
        assertThat(demo.answer("compression", Map.of("f", "16", "c", "16")).explanation())
                .isEqualTo("With f = 16 and c = 16: a 32 × 32 × 16 latent: 786,432 / 16,384 = 3 f² / c.");
        assertThat(demo.answer("compression-factor", Map.of("image", "1024x1024x3", "latent", "128x128x16")).value())
                .isEqualTo("12.0");
        assertThat(demo.answer("attention-ratio", Map.of("image", "512x512x3", "latent", "64x64x4")).value())
                .isEqualTo("4096");
    }

    @Test
    void thePredictionsTruthIsSixteenForEveryChannelCount() {
        for (int c : LatentPipeline.CHANNELS) {
            assertThat(LatentDemo.predictedSaving(c)).isEqualTo(16.0);
            assertThat(LatentDemo.nearestChoice(LatentDemo.predictedSaving(c))).isEqualTo("16");
        }
        assertThat(LatentDemo.nearestChoice(3.0)).isEqualTo("4");
        assertThat(LatentDemo.nearestChoice(1000)).isEqualTo("64");
    }

    @Test
    void theLandscapeLessonsPracticeAnswersAreWhatItsRubricsSay() {
        Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
        Lesson lesson = course.lesson("landscape").orElseThrow();
        Map<String, String> expected = Map.of("latent-channels", "12.0", "same-values-fewer-positions", "65536");
        DemoCatalog catalog = new DemoCatalog();
        for (Lesson.PracticeItem item : lesson.practice()) {
            String value = catalog.answer(item.answer().demo(), item.answer().quantity(), item.answer().params()).value();
            assertThat(value).as(item.id()).isEqualTo(expected.get(item.id()));
        }
        assertThat(lesson.practice()).hasSize(expected.size());
    }
}
