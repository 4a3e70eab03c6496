package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.ddpm.DdpmScene;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the DDPM lesson is the engine's: the posterior table, the training
 * example done by hand, the loss floor of the demo's default cloud and the numbers in hints.
 */
class DdpmLessonNumbersTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$");
    private final NoiseSchedule schedule = DdpmScene.schedule();
    private final String lesson = read("content/lessons/ddpm/index.md");

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePosteriorTableMatchesTheEngineToFourDecimals() {
        List<Matcher> rows = lesson.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(5);
        for (Matcher row : rows) {
            int t = Integer.parseInt(row.group(1));
            double beta = schedule.beta(t);
            double tilde = DdpmScene.posteriorVariance(t);
            assertThat(row.group(2)).as("alpha_bar_%d", t).isEqualTo(f(4, schedule.alphaBar(t)));
            assertThat(row.group(3)).as("beta_%d", t).isEqualTo(f(4, beta));
            assertThat(row.group(4)).as("beta_tilde_%d", t).isEqualTo(f(4, tilde));
            assertThat(row.group(5)).as("ratio at %d", t).isEqualTo(f(4, tilde / beta));
            assertThat(row.group(6)).as("x_0 weight at %d", t).isEqualTo(f(4, DdpmScene.posteriorDataWeight(t)));
            assertThat(row.group(7)).as("x_t weight at %d", t).isEqualTo(f(4, DdpmScene.posteriorNoisyWeight(t)));
        }
    }

    @Test
    void theTrainingExampleByHandMatchesTheEngine() {
        int t = 25;
        double a = schedule.signalScale(t);
        double s = schedule.noiseStd(t);
        double beta = schedule.beta(t);
        double[] x0 = {1, -1};
        double[] eps = {0.8, -0.5};
        double[] xt = {a * x0[0] + s * eps[0], a * x0[1] + s * eps[1]};
        double[] mean = new double[2];
        for (int d = 0; d < 2; d++) {
            mean[d] = (xt[d] - beta / s * eps[d]) / Math.sqrt(1 - beta);
        }
        assertThat(lesson).contains("\\sqrt{\\bar\\alpha_{25}} = " + f(4, a))
                .contains("\\sigma_{25} = " + f(4, s))
                .contains("= (" + f(4, xt[0]) + ", " + f(4, xt[1]) + ")")
                .contains(f(4, DdpmScene.posteriorDataWeight(t)) + " \\cdot (1, -1) + " + f(4, DdpmScene.posteriorNoisyWeight(t)))
                .contains("(" + f(4, beta) + " / " + f(4, s) + ") \\epsilon) / " + f(4, Math.sqrt(1 - beta)))
                .contains("Both give $(" + f(4, mean[0]) + ", " + f(4, mean[1]) + ")$")
                .contains("both forms give (" + f(4, mean[0]) + ", " + f(4, mean[1]).replace('-', '−') + ")");
        assertThat(f(2, 0.2 * 0.2 + 0.2 * 0.2)).isEqualTo("0.08");
    }

    @Test
    void theQuotedScheduleValuesMatchTheEngine() {
        assertThat(String.format(Locale.ROOT, "%.2e", schedule.alphaBar(100))).isEqualTo("2.04e-05");
        assertThat(lesson).contains("2.04 \\times 10^{-5}");
        assertThat(lesson).contains("β̃_2/β_2 = " + f(4, DdpmScene.posteriorVariance(2) / schedule.beta(2)))
                .contains("β̃_50/β_50 = " + f(4, DdpmScene.posteriorVariance(50) / schedule.beta(50)))
                .contains("(" + f(2, DdpmScene.posteriorVariance(25) / schedule.beta(25)) + " at t = 25)")
                .contains("(weight " + f(3, DdpmScene.posteriorDataWeight(50)) + ")");
        // Hints of the practice items.
        assertThat(lesson).contains("β_2 = 0.001 + (0.2 − 0.001)/99 ≈ " + f(5, schedule.beta(2)))
                .contains("1 − ᾱ_2 ≈ " + f(5, 1 - schedule.alphaBar(2)))
                .contains("β_50 ≈ " + f(4, schedule.beta(50)))
                .contains("√α_50 ≈ " + f(3, Math.sqrt(1 - schedule.beta(50))))
                .contains("ᾱ_49 ≈ " + f(4, schedule.alphaBar(49)))
                .contains("ᾱ_50 ≈ " + f(4, schedule.alphaBar(50)))
                .contains("x_t = " + f(4, schedule.signalScale(100)) + " x_0 + " + f(5, schedule.noiseStd(100)) + " ε")
                .contains("noise has standard deviation " + f(3, schedule.noiseStd(1)));
        assertThat(f(3, 1 - schedule.alphaBar(49))).isEqualTo("0.918");
    }

    @Test
    void theLossFloorQuotedForTheDefaultCloudIsTheDemos() {
        DdpmScene scene = DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500);
        assertThat(lesson).contains("1.856 at t = 1, 0.149 at t = 50 and 0.00004 at t = 100");
        assertThat(f(3, scene.minimalLoss(1))).isEqualTo("1.856");
        assertThat(f(3, scene.minimalLoss(50))).isEqualTo("0.149");
        assertThat(f(5, scene.minimalLoss(100))).isEqualTo("0.00004");
        assertThat(lesson).contains("L^\\star(1) = " + f(3, scene.minimalLoss(1)));
        assertThat(f(2, scene.reverseSpread(0))).isEqualTo("1.92");
        assertThat(lesson).contains("about 1.92 for two moons, seed 3");
        double ab = schedule.alphaBar(1);
        assertThat(f(3, 2 * ab * 0.01 / (ab * 0.01 + 1 - ab))).isEqualTo("1.818");
        assertThat(lesson).contains("2 \\times " + f(5, ab * 0.01) + " / " + f(5, ab * 0.01 + 1 - ab) + " \\approx 1.818");
        assertThat(lesson).contains("ᾱ_50 ≈ " + f(3, schedule.alphaBar(50)));
    }

    private static String f(int digits, double v) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
