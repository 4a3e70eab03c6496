package org.diffusioncourse.demo.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/** The demo's parameter checks, its link round trip, and answers that come from the engine. */
class ConsistencyDemoTest {

    private final ConsistencyDemo demo = new ConsistencyDemo();

    @Test
    void wrongParametersAreNamedWithTheirValuesAndWhatIsAllowed() {
        assertThat(demo.check(Map.of("t", "0.615", "steps", "3", "n", "5000", "colour", "red"))).containsExactlyInAnyOrder(
                "unknown parameter 'colour' for ::demo{id=consistency-map}; allowed: dataset, n, seed, steps, t",
                "t must be a multiple of 0.01 between 0 and 1, was 0.615",
                "steps must be one of 1, 2, 4, 8, 16, 32, 64, was 3",
                "n must be between 10 and 500, was 5000");
        assertThat(demo.check(Map.of("t", "2", "dataset", "moons"))).containsExactlyInAnyOrder(
                "t must be between 0 and 1, was 2",
                "dataset must be one of two-moons, spiral, two-blobs, eight-gaussians, rings, checkerboard, five-modes; was \"moons\"");
        assertThat(demo.checkStoryboard(Map.of("t", "0.5"))).containsExactly(
                "unknown parameter 't' for ::storyboard{demo=consistency-map}; allowed: dataset, n, seed");
        assertThat(demo.checkAnswer("endpoint-x", Map.of("dataset", "two-blobs"))).containsExactly(
                "quantity 'endpoint-x' needs x and y in params");
        assertThat(demo.quantities()).containsExactly("endpoint-x", "endpoint-y", "euler-error", "euler-gap", "fewest-steps");
    }

    @Test
    void theLinkRoundTripsEverySetting() {
        ConsistencySettings s = new ConsistencySettings(ToyDataset.RINGS, 7, 16, 42, 123);
        assertThat(ConsistencySettings.PARAMS.write(s)).containsExactly(Map.entry("dataset", "rings"), Map.entry("t", "0.07"),
                Map.entry("steps", "16"), Map.entry("seed", "42"), Map.entry("n", "123"));
        for (ConsistencySettings settings : List.of(ConsistencySettings.PARAMS.defaults(), s)) {
            Reading<ConsistencySettings> back = ConsistencySettings.PARAMS.read(ConsistencySettings.PARAMS.write(settings));
            assertThat(back.problems()).isEmpty();
            assertThat(back.settings()).isEqualTo(settings);
        }
        assertThat(ConsistencySettings.PARAMS.read(Map.of("t", "0")).settings().k()).isZero();
        assertThat(ConsistencySettings.PARAMS.read(Map.of("t", "0.5")).settings().k()).isEqualTo(50);
        assertThat(ConsistencySettings.PARAMS.write(ConsistencySettings.PARAMS.read(Map.of("t", "0.5")).settings()))
                .containsEntry("t", "0.50");
        assertThat(demo.check(Map.of("steps", "100"))).containsExactly("steps must be between 1 and 64, was 100");
    }

    @Test
    void aFigureUrlGivesTheFigureOfItsSettings() {
        ConsistencySettings s = new ConsistencySettings(ToyDataset.TWO_BLOBS, 35, 2, 9, 60);
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_BLOBS, 9, 60);
        DensityContours contours = DensityContours.of(ToyDataset.TWO_BLOBS.mixture(), SamplerFigure.AXIS_LIMIT);
        assertThat(DrawnFrame.figureOf(demo.figure("figure", ConsistencySettings.PARAMS.write(s))))
                .isEqualTo(ConsistencyFigure.render("consistency-svg", scene, contours, 35, 2));
        assertThat(demo.figureUrl("figure", s, false))
                .isEqualTo("api/v1/figures/consistency-map/figure.svg?dataset=two-blobs&t=0.35&steps=2&seed=9&n=60");
    }

    @Test
    void sceneAnswersAreTheScenesNumbers() {
        Map<String, String> p = Map.of("dataset", "spiral", "t", "0.3", "steps", "8", "seed", "5", "n", "40");
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.SPIRAL, 5, 40);
        assertThat(demo.answer("euler-error", p).value()).isEqualTo(fixed(scene.eulerError(30, 8), 4));
        assertThat(demo.answer("euler-gap", p).value()).isEqualTo(fixed(scene.eulerGap(30, 8), 4));
        assertThat(demo.answer("fewest-steps", Map.of("dataset", "spiral", "seed", "5", "n", "40")).value())
                .isEqualTo(ConsistencyDemo.band(scene.fewestStepsWithin(0.05)));
    }

    @Test
    void theEndpointAnswerIsTheExactMapOfThatNoisePoint() {
        PointCloud end = ConsistencyMap.of(ToyDataset.RINGS.mixture())
                .exact(PointCloud.of(new double[] {-1.5}, new double[] {0.25}), 1.0);
        Map<String, String> p = Map.of("dataset", "rings", "x", "-1.5", "y", "0.25");
        assertThat(demo.answer("endpoint-x", p).value()).isEqualTo(fixed(end.x(0), 3));
        assertThat(demo.answer("endpoint-y", p).value()).isEqualTo(fixed(end.y(0), 3));
        assertThat(demo.answer("endpoint-y", p).explanation()).contains("carries (-1.5, 0.25) at t = 1");
    }

    @Test
    void theBandsFollowTheFewestSteps() {
        assertThat(ConsistencyDemo.band(2)).isEqualTo("1 or 2");
        assertThat(ConsistencyDemo.band(4)).isEqualTo("4 or 8");
        assertThat(ConsistencyDemo.band(32)).isEqualTo("16 or 32");
        assertThat(ConsistencyDemo.band(64)).isEqualTo("64 or more");
        assertThat(ConsistencyDemo.band(-1)).isEqualTo("64 or more");
    }

    @Test
    void theLessonsPracticeAnswersAreWhatItsRubricsSay() {
        Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
        Lesson lesson = course.lesson("consistency-models").orElseThrow();
        Map<String, String> expected = Map.of("blob-endpoint", "1.056", "fewest-euler-steps", "16 or 32",
                "euler-self-consistency-gap", "0.1640");
        DemoCatalog catalog = new DemoCatalog();
        for (Lesson.PracticeItem item : lesson.practice()) {
            String value = catalog.answer(item.answer().demo(), item.answer().quantity(), item.answer().params()).value();
            assertThat(value).as(item.id()).isEqualTo(expected.get(item.id()));
        }
        assertThat(lesson.practice()).hasSize(expected.size());
    }

    private static String fixed(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
