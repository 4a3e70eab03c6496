package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.guidance.GuidanceSweep;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.LessonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the guidance lesson is the engine's: the measurement table, the claim
 * that quotes it, the exact spread of the class, the emptied components and the two-Gaussian
 * example.
 */
class GuidanceNumbersTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| ([0-9.]+) \\| ([0-9.]+) \\| (-?[0-9.]+) \\| ([0-9.]+) \\| (-?[0-9.]+) \\| ([0-9.]+) \\|$");
    private static final String LESSON = LessonFiles.read("guidance");
    private static GuidanceSweep sweep;

    @BeforeAll
    static void runTheLessonsSweep() {
        sweep = GuidanceSweep.of(ToyDataset.TWO_MOONS.labelled(), 0, 1, 500);
    }

    @Test
    void theMeasurementTableIsTheSweepOfTwoMoonsClassZero() {
        List<Matcher> rows = LESSON.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(r -> r.group(1)).containsExactly("0", "0.5", "1", "2", "3", "8");
        for (Matcher row : rows) {
            GuidanceSweep.Point p = sweep.at(GuidanceSweep.WEIGHTS.indexOf(Double.parseDouble(row.group(1))));
            String w = "w = " + row.group(1);
            assertThat(row.group(2)).as("accuracy at %s", w).isEqualTo(f(p.accuracy(), 3));
            assertThat(row.group(3)).as("log p at %s", w).isEqualTo(f(p.meanLogDensity(), 2));
            assertThat(row.group(4)).as("spread at %s", w).isEqualTo(f(p.spread(), 3));
            assertThat(row.group(5)).as("energy at %s", w).isEqualTo(f(p.energyDistance(), 4));
            assertThat(row.group(6)).as("coverage at %s", w).isEqualTo(f(p.coverage(), 2));
        }
    }

    @Test
    void theClaimsAndMisconceptionsQuoteTheSweep() {
        GuidanceSweep.Point zero = at(0);
        GuidanceSweep.Point one = at(1);
        GuidanceSweep.Point three = at(3);
        GuidanceSweep.Point eight = at(8);
        assertThat(LESSON).contains(prose("class accuracy goes from " + f(zero.accuracy(), 3) + " at w = 0 to "
                + f(one.accuracy(), 3) + " at w = 1, while the spread goes from " + f(one.spread(), 3)
                + " at w = 1 to " + f(eight.spread(), 3) + " at w = 8 and the energy distance to p(x | y) grows from "
                + f(one.energyDistance(), 4) + " to " + f(eight.energyDistance(), 4)));
        assertThat(LESSON).contains(prose("energy distance to p(x | y) is " + f(one.energyDistance(), 4)
                + " (zero within noise) at w = 1 and " + f(three.energyDistance(), 4) + " at w = 3, while accuracy stays at "
                + f(three.accuracy(), 3)));
        assertThat(LESSON).contains("the simulation gives about " + f(eight.coverage(), 1));
        assertThat(GuidanceSweep.WEIGHTS.get(sweep.closestToConditional())).isEqualTo(1.0);
    }

    @Test
    void theExactSpreadAndTheEmptiedEndAreTheEngines() {
        GaussianMixture2D upper = ToyDataset.TWO_MOONS.labelled().restrictTo(0);
        double[][] cov = upper.covariance();
        assertThat(LESSON).contains("has spread " + f(Math.sqrt(cov[0][0] + cov[1][1]), 4));
        // The four components with the largest x, the end under the lower moon, hold no samples at w = 8.
        double[] fractions = org.diffusioncourse.simulation.metrics.SampleMetricsAccess.modeFractions(upper, at(8).samples());
        double[][] means = upper.means();
        Integer[] order = new Integer[means.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(means[b][0], means[a][0]));
        for (int k = 0; k < 4; k++) {
            assertThat(fractions[order[k]]).as("component at x = %s", means[order[k]][0]).isZero();
        }
        assertThat(fractions[order[4]]).isPositive();
        assertThat(LESSON).contains("the four components at the right-hand end");
    }

    @Test
    void theTwoGaussianExampleMatchesTheEngine() {
        assertThat(f(Math.tanh(3), 5)).isEqualTo("0.99505");
        assertThat(LESSON).contains("$s_u = " + f(GuidanceSweep.guidedScoreExample(1, 0), 3) + "$")
                .contains("is only $" + f(GuidanceSweep.guidedScoreExample(1, 1) - GuidanceSweep.guidedScoreExample(1, 0), 4) + "$")
                .contains("= " + f(GuidanceSweep.guidedScoreExample(1, 7), 3) + "$")
                .contains("$w = 7$ gives $" + f(GuidanceSweep.guidedScoreExample(0, 7), 0) + "$")
                .contains("$w = 3$ gives $" + f(GuidanceSweep.guidedScoreExample(-1, 3), 2) + "$")
                .contains("$w = 7$ gives $" + f(GuidanceSweep.guidedScoreExample(-1, 7), 2) + "$")
                .contains("1.985 and 2, so w = 7 gives " + f(GuidanceSweep.guidedScoreExample(1, 7), 3));
    }

    @Test
    void theCorrectionOfTheSourcesExampleStatesBothValuesAndWhy() {
        double responsibility = 1 / (1 + Math.exp(-6));
        assertThat(f(responsibility, 4)).isEqualTo("0.9975");
        assertThat(f(0.5 + 7 * (2 - 0.5), 1)).isEqualTo("11.0");
        assertThat(LESSON).contains("$1/(1 + e^{-6}) = 0.9975$").contains("$0.5 + 7 \\times 1.5 = 11.0$")
                .contains("responsibility 0.9975").contains("(about 0.5, giving 11.0)")
                .contains("corrects to the exact " + f(GuidanceSweep.guidedScoreExample(1, 0), 3) + " ("
                        + f(GuidanceSweep.guidedScoreExample(1, 7), 3) + " guided)");
    }

    private static GuidanceSweep.Point at(double w) {
        return sweep.at(GuidanceSweep.WEIGHTS.indexOf(w));
    }

    /** Prose writes a minus sign, not a hyphen. */
    private static String prose(String text) {
        return text.replace("-0", "−0");
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
