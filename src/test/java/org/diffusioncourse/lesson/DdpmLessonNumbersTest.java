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

    @Test
    void theBoundsWeightsOnDdpmsOwnScheduleAreTheClosedForm() {
        NoiseSchedule ddpm = NoiseSchedule.linear(1000, 1e-4, 0.02);
        for (int t : new int[] {1, 500, 1000}) {
            double beta = ddpm.beta(t);
            double alpha = 1 - beta;
            double weight = beta * beta / (2 * beta * alpha * (1 - ddpm.alphaBar(t)));
            String row = "| t = " + t + " | " + f(6, beta) + " | " + f(6, ddpm.alphaBar(t)) + " | " + f(6, weight) + " | ";
            if (t > 1) {
                double tilde = (1 - ddpm.alphaBar(t - 1)) / (1 - ddpm.alphaBar(t)) * beta;
                double tildeWeight = beta * beta / (2 * tilde * alpha * (1 - ddpm.alphaBar(t)));
                assertThat(f(6, tildeWeight)).isEqualTo(f(6, beta / (2 * alpha * (1 - ddpm.alphaBar(t - 1)))));
                row += f(6, tildeWeight) + " |";
            }
            assertThat(lesson).as("weight row at t = %d", t).contains(row);
        }
        double w1 = 1 / (2 * (1 - ddpm.beta(1)));
        double w500 = ddpm.beta(500) / (2 * (1 - ddpm.beta(500)) * (1 - ddpm.alphaBar(500)));
        assertThat(Math.round(w1 / w500)).isEqualTo(91);
        assertThat(lesson).contains("about 91 times").contains("0.500050 at t = 1, 0.005503 at t = 500 and 0.010204 at t = 1000");
    }

    @Test
    void theKlOfOneStepIsTheGaussianKlOfTheEnginesPosteriorAndModelStep() {
        int t = 25;
        double beta = schedule.beta(t);
        double alpha = 1 - beta;
        double tilde = DdpmScene.posteriorVariance(t);
        double[] x0 = {1, -1};
        double[] eps = {0.8, -0.5};
        double[] guess = {0.6, -0.3};
        double a = schedule.signalScale(t);
        double s = schedule.noiseStd(t);
        // Both means from their definitions, not from the weight formula the lesson derives.
        double meanGap2 = 0;
        for (int d = 0; d < 2; d++) {
            double xt = a * x0[d] + s * eps[d];
            double posterior = DdpmScene.posteriorDataWeight(t) * x0[d] + DdpmScene.posteriorNoisyWeight(t) * xt;
            double model = (xt - beta / s * guess[d]) / Math.sqrt(alpha);
            meanGap2 += (posterior - model) * (posterior - model);
        }
        double factor = beta * beta / (alpha * (1 - schedule.alphaBar(t)));
        assertThat(meanGap2).isCloseTo(factor * 0.08, org.assertj.core.api.Assertions.within(1e-15));
        double klTilde = gaussianKl(2, tilde, tilde, meanGap2);
        double constant = gaussianKl(2, tilde, beta, 0);
        double klBeta = gaussianKl(2, tilde, beta, meanGap2);
        assertThat(lesson).contains("is $" + f(6, factor) + "$")
                .contains("= " + f(8, meanGap2) + "$")
                .contains("\\tilde\\beta_{25} = " + f(6, tilde) + "$")
                .contains("L_{24} = " + f(8, meanGap2) + " / (2 \\times " + f(6, tilde) + ") = " + f(6, klTilde) + "$ nats")
                .contains("a weight of $" + f(6, factor / (2 * tilde)) + "$")
                .contains("\\beta_{25} = " + f(6, beta) + "$")
                .contains("$C_{25} = " + f(6, constant) + "$")
                .contains("the weight is $" + f(6, factor / (2 * beta)) + "$")
                .contains("$L_{24} = " + f(6, klBeta) + "$ nats");
        assertThat(lesson).contains("learned-variance").contains("nichol-2021-improved");
    }

    @Test
    void theEndTermIsTheKlOfTheLastMarginalFromThePrior() {
        double ab = schedule.alphaBar(schedule.steps());
        double lt = gaussianKl(2, 1 - ab, 1, 2 * ab);
        assertThat(String.format(Locale.ROOT, "%.2e", lt)).isEqualTo("2.04e-05");
        assertThat(lesson).contains("that is $2.04 \\times 10^{-5}$ nats");
    }

    /** KL(N(m1, v1 I) || N(m2, v2 I)) in d dimensions, with |m1 - m2|^2 given. */
    private static double gaussianKl(int d, double v1, double v2, double meanGap2) {
        return 0.5 * d * (v1 / v2 - 1 + Math.log(v2 / v1)) + meanGap2 / (2 * v2);
    }

    private static String f(int digits, double v) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
