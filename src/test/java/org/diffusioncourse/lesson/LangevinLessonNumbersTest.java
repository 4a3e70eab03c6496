package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.langevin.DwellTable;
import org.diffusioncourse.demo.langevin.LangevinScene;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.sampler.LangevinDwell;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the Langevin lesson is the engine's: the chapter's first steps, the
 * stability limit and stationary variances, the target's geometry and barrier, the noise ladder
 * and the demo runs the page describes.
 */
class LangevinLessonNumbersTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d) \\| (-?[0-9.]+) \\| (-?[0-9.]+) \\| (-?[0-9.]+) \\| (-?[0-9.]+) \\| (-?[0-9.]+) \\|$");
    private final String lesson = read("content/lessons/langevin/index.md");

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTwoModeDwellNumbersAreTheEngines() {
        LangevinDwell chapter = LangevinDwell.chapter();
        List<LangevinDwell.Run> runs = DwellTable.runs();
        LangevinDwell.Run small = runs.get(DwellTable.HS.indexOf(0.01));
        LangevinDwell.Run large = runs.get(DwellTable.HS.indexOf(0.7));
        assertThat(small.particles()).isEqualTo(100);
        assertThat(small.steps()).isEqualTo(20_000);
        assertThat(small.switches()).isZero();
        assertThat(small.firstRight()).isEqualTo(51);
        double time = chapter.meanDwellTime();
        assertThat(String.format(Locale.ROOT, "%.2f", time / 1e7)).isEqualTo("2.24");
        assertThat(String.format(Locale.ROOT, "%.2f", time / 0.01 / 1e9)).isEqualTo("2.24");
        assertThat(time / 0.01 / small.steps()).isGreaterThan(100_000);
        // p(0) / p(3) for 0.5 N(-3, 0.25) + 0.5 N(3, 0.25).
        NoisedMixture p = NoisedMixture.of(GaussianMixture2D.of(new double[] {0.5, 0.5}, new double[][] {{-3, 0}, {3, 0}},
                new double[] {0.5, 0.5}));
        double ratio = Math.exp(p.logDensity(0, 0, 1, 0) - p.logDensity(3, 0, 1, 0));
        assertThat(String.format(Locale.ROOT, "%.2f", ratio * 1e8)).isEqualTo("3.05");
        assertThat(Math.round(-Math.log(ratio))).isEqualTo(17);
        assertThat(String.format(Locale.ROOT, "%.0f", 1 / ratio / 1e7)).isEqualTo("3");
        assertThat(lesson).contains("the log-density drops by about 17 between them")
                .contains("about 3 × 10^7 here, in time units").contains("each particle runs for 200");
        assertThat(small.steps() * 0.01).isEqualTo(200);
        assertThat(large.switches()).isEqualTo(978);
        assertThat(String.format(Locale.ROOT, "%,.0f", large.stepsPerSwitch())).isEqualTo("2,045");
        assertThat(String.format(Locale.ROOT, "%.3f", chapter.chainSpread(0.7))).isEqualTo("0.913")
                .isEqualTo(String.format(Locale.ROOT, "%.3f", Math.sqrt(LangevinScene.stationaryVariance(0.35, 0.25))));
        assertThat(lesson).contains("51 of the 100 particles went to $+3$")
                .contains("which is $2.24 \\times 10^7$ time units, or $2.24 \\times 10^9$ steps of $h = 0.01$: more than 100,000")
                .contains("about $3.05 \\times 10^{-8}$ of the density at a mode")
                .contains("switched 978 times, about once every 2,045 steps").contains("spread of 0.913")
                .contains("2.24 × 10^7 time units, 2.24 × 10^9 steps, and 100 particles of 20,000 steps each switch 0 times");
    }

    @Test
    void theWorkedStepsTableIsTheUpdateOnNormalThreeOne() {
        NoisedMixture target = NoisedMixture.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{3, 3}}, new double[] {1}));
        double eta = 0.005;
        double[] z = {0.3, -1.2, 0.8};
        List<Matcher> rows = lesson.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(3);
        double x = -2;
        for (int k = 0; k < 3; k++) {
            Matcher row = rows.get(k);
            double score = target.score(x, 3, 1, 0).x();
            assertThat(row.group(2)).isEqualTo(f(3, x));
            assertThat(row.group(3)).isEqualTo(f(3, score));
            assertThat(row.group(4)).isEqualTo(f(3, eta * score));
            assertThat(row.group(5)).isEqualTo(f(3, Math.sqrt(2 * eta) * z[k]));
            x = x + eta * score + Math.sqrt(2 * eta) * z[k];
            assertThat(row.group(6)).isEqualTo(f(3, x));
        }
        assertThat(lesson).contains("−1.945, −2.040 and −1.935");
        assertThat((int) Math.ceil(Math.log(0.05 / 5) / Math.log(1 - eta))).isEqualTo(919);
        assertThat(lesson).contains("about 919 steps");
    }

    @Test
    void theStabilityLimitAndStationaryVariancesMatchTheEngine() {
        assertThat(lesson).contains("η* = " + f(3, LangevinScene.largestStableStep()))
                .contains("$\\eta^\\star = " + f(3, LangevinScene.largestStableStep()) + "$");
        assertThat(lesson).contains("settles at $" + f(4, LangevinScene.stationaryVariance(0.01, 0.0625)) + "$")
                .contains("at $\\eta = 0.05$ at $" + f(4, LangevinScene.stationaryVariance(0.05, 0.0625)) + "$")
                .contains("at $\\eta = 0.1$ at $" + f(4, LangevinScene.stationaryVariance(0.1, 0.0625)) + "$")
                .contains("η = 0.05 gives " + f(4, LangevinScene.stationaryVariance(0.05, 0.0625)));
        assertThat(f(3, LangevinScene.stationaryVariance(0.05, 0.0625))).isEqualTo("0.104");
        double annealedLimit = 2 * 0.05 * 0.05 * (0.0625 + 4) / 4;
        assertThat(f(4, annealedLimit)).isEqualTo("0.0051");
        assertThat(lesson).contains("\\approx 0.0051");
    }

    @Test
    void theTargetsGeometryBarrierAndLadderMatchTheEngine() {
        GaussianMixture2D target = LangevinScene.target();
        double[][] mu = target.means();
        assertThat(lesson).contains("radius " + f(3, Math.hypot(mu[0][0], mu[0][1])));
        assertThat(lesson).contains("adjacent modes are " + f(3, Math.hypot(mu[0][0] - mu[1][0], mu[0][1] - mu[1][1])) + " apart");
        NoisedMixture p = NoisedMixture.of(target);
        double barrier = p.logDensity(mu[0][0], mu[0][1], 1, 0)
                - p.logDensity((mu[0][0] + mu[1][0]) / 2, (mu[0][1] + mu[1][1]) / 2, 1, 0);
        assertThat(lesson).contains("drops by " + f(3, barrier));
        assertThat(lesson).contains("about " + f(1, barrier) + " between");
        StringBuilder ladder = new StringBuilder();
        double[] sigmas = LangevinScene.sigmas();
        for (int i = 0; i < sigmas.length; i++) {
            ladder.append(i == 0 ? "" : i == sigmas.length - 1 ? " and " : ", ").append(f(3, sigmas[i]));
        }
        assertThat(lesson).contains("The levels are " + ladder + ".");
    }

    @Test
    void theDemoRunsThePageDescribesAreTheSimulations() {
        LangevinScene plain = LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 50);
        LangevinScene annealed = LangevinScene.of(0.002, true, LangevinScene.Start.CORNER, 3, 50);
        assertThat(plain.occupiedModes(1000)).isEqualTo(3);
        double[] shares = plain.occupancy(1000);
        assertThat(shares[3]).isEqualTo(0.76);
        assertThat(shares[0] + shares[1]).as("two modes never visited").isZero();
        assertThat(shares[2] + shares[4]).as("the corner mode's two neighbours").isCloseTo(0.24, within(1e-12));
        assertThat(lesson).contains("about a quarter of them have crossed to the two neighbouring bumps");
        assertThat(annealed.occupiedModes(1000)).isEqualTo(5);
        double[] a = annealed.occupancy(1000);
        double min = 1;
        double max = 0;
        for (int m = 0; m < 5; m++) {
            min = Math.min(min, a[m]);
            max = Math.max(max, a[m]);
        }
        assertThat(f(2, min)).isEqualTo("0.14");
        assertThat(f(2, max)).isEqualTo("0.26");
        assertThat(lesson).contains("between 14% and 26%").contains("76% in one mode")
                .contains("76% of the particles are still in one mode");
        // The spread start: 0.15 stays bounded, 0.2 escapes entirely.
        assertThat(LangevinScene.of(0.15, false, LangevinScene.Start.SPREAD, 3, 50).occupancy(1000)[5]).isZero();
        assertThat(LangevinScene.of(0.2, false, LangevinScene.Start.SPREAD, 3, 50).occupancy(1000)[5]).isEqualTo(1.0);
        assertThat(LangevinScene.of(0.01, true, LangevinScene.Start.CORNER, 3, 50)
                .occupancy(LangevinScene.ITERATIONS_PER_LEVEL)[5]).isEqualTo(1.0);
        assertThat(lesson).contains("$1600 \\eta = 16$");
    }

    private static String f(int digits, double v) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
