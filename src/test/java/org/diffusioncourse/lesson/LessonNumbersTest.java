package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.simulation.metrics.StructureProxy;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/**
 * The worked numbers printed in the forward-process lesson are the engine's numbers: the
 * schedule table, the noise std column quoted in the Code section and the proxy threshold.
 * An author who edits a number, or a change to the engine, fails here.
 */
class LessonNumbersTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$");
    private final NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
    private final NoiseSchedule cosine = NoiseSchedule.named("cosine", 1000);
    private final String lesson = read("content/lessons/forward-process/index.md");

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theScheduleTableMatchesTheEngineToFourDecimals() {
        List<Matcher> rows = lesson.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(7);
        for (Matcher row : rows) {
            int t = Integer.parseInt(row.group(1));
            assertThat(row.group(2)).as("linear alpha_bar at t = %d", t).isEqualTo(fixed(linear.alphaBar(t)));
            assertThat(row.group(3)).as("linear sigma at t = %d", t).isEqualTo(fixed(linear.noiseStd(t)));
            assertThat(row.group(4)).as("cosine alpha_bar at t = %d", t).isEqualTo(fixed(cosine.alphaBar(t)));
            assertThat(row.group(5)).as("cosine sigma at t = %d", t).isEqualTo(fixed(cosine.noiseStd(t)));
        }
    }

    @Test
    void theQuotedNoiseStdColumnOfTheTraceMatchesTheEngine() {
        String quoted = String.join(", ", fixed(linear.noiseStd(10)), fixed(linear.noiseStd(100)),
                fixed(linear.noiseStd(500)));
        assertThat(lesson).contains("0, " + quoted + " and " + fixed(linear.noiseStd(1000)));
    }

    @Test
    void theStatedAlphaBarAtTheEndOfTheLinearScheduleMatchesTheEngine() {
        assertThat(String.format(Locale.ROOT, "%.2e", linear.alphaBar(1000))).isEqualTo("4.04e-05");
        assertThat(lesson).contains("4.04e-5");
    }

    @Test
    void theStatedThresholdsMatchTheProxy() {
        assertThat(String.format(Locale.ROOT, "%.3f", StructureProxy.CRITICAL_CONSTANT)).isEqualTo("1.797");
        for (int n : new int[] {500, 2000, 5000}) {
            String tau = String.format(Locale.ROOT, "%.4f", StructureProxy.threshold(n));
            assertThat(lesson).as("tau(%d)", n).contains("\\tau(" + n + ") \\approx " + tau);
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
