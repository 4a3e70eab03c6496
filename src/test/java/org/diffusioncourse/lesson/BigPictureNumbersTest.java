package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.latent.LatentPipeline;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.support.LessonFiles;
import org.junit.jupiter.api.Test;

/**
 * The opening lesson's numbers are the engine's (ᾱ_t of the linear schedule, the pass count of an
 * autoregressive sampler, the crossing band of its practice item), and its map of the course
 * lists every later lesson of course.yml, in order, so a new lesson cannot be left off the map.
 */
class BigPictureNumbersTest {

    private static final Pattern MAP_ROW = Pattern.compile("^\\| ([^|]+?) \\| ([^|]+) \\|$");

    private final String lesson = LessonFiles.read("big-picture");
    private final NoiseSchedule linear = NoiseSchedule.Kind.LINEAR.schedule(1000);

    @Test
    void theQuotedSignalSharesAreTheLinearSchedules() {
        assertThat(fixed(linear.alphaBar(250), 4)).isEqualTo("0.5241");
        assertThat(fixed(linear.alphaBar(500), 4)).isEqualTo("0.0786");
        assertThat(fixed(Math.sqrt(linear.alphaBar(1000)), 4)).isEqualTo("0.0064");
        assertThat(fixed(linear.noiseStd(1000), 4)).isEqualTo("1.0000");
        assertThat(lesson).contains("ᾱ_250 = 0.5241 and ᾱ_500 = 0.0786").contains("√ᾱ_T = 0.0064 times x_0")
                .contains("$\\bar\\alpha_{250} = 0.5241$, $\\bar\\alpha_{500} = 0.0786$ and $\\sqrt{\\bar\\alpha_{1000}} = 0.0064$")
                .contains("only 0.0064 · x_0 is left in x_T, next to noise of standard deviation 1.0000");
        double sum = 0;
        for (int t = 1; t <= 250; t++) {
            sum += 1e-4 + (0.02 - 1e-4) * (t - 1) / 999.0;
        }
        assertThat(fixed(sum, 3)).isEqualTo("0.645");
        assertThat(lesson).contains("The sum is about 0.645, and e^(−0.645) is about 0.52.");
    }

    @Test
    void theAutoregressivePassCountIsTheImagesValueCount() {
        long values = LatentPipeline.of(1, 3).image().values();
        assertThat(lesson).contains(String.format(Locale.ROOT, "%,d passes for a 512 × 512 × 3 image", values));
    }

    @Test
    void theMoonsDissolveInTheMiddleBand() {
        var answer = new DemoCatalog().answer("forward-noising", "crossing-band",
                Map.of("dataset", "two-moons", "schedule", "linear", "seed", "3", "n", "2000"));
        assertThat(answer.value()).isEqualTo("middle");
    }

    @Test
    void theMapListsEveryLaterLessonInCourseOrder() {
        Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
        List<String> titles = course.lessons().stream().filter(l -> !l.id().equals("big-picture")).map(Lesson::title)
                .toList();
        String map = lesson.substring(lesson.indexOf("### The map of the course"), lesson.indexOf("## Math"));
        List<String> rows = map.lines().map(MAP_ROW::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .filter(t -> !t.equals("lesson") && !t.startsWith("---")).toList();
        assertThat(rows).containsExactlyElementsOf(titles.stream().map(BigPictureNumbersTest::shortTitle).toList());
    }

    /** The map writes "DDPM" for "DDPM: the reverse process and …": the part before a colon. */
    private static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon < 0 ? title : title.substring(0, colon);
    }

    private static String fixed(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
