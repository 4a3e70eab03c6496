package org.diffusioncourse.simulation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.diffusioncourse.support.ReferenceFiles;
import org.junit.jupiter.api.Test;

class NoiseScheduleTest {

    /** Java and NumPy run the same IEEE operations in the same order; allow a few ulps. */
    private static final double REFERENCE_RELATIVE_TOLERANCE = 1e-12;
    private static final double CLOSED_FORM_TOLERANCE = 1e-12;

    private final NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
    private final NoiseSchedule cosine = NoiseSchedule.named("cosine", 1000);

    @Test
    void alphaBarIsExactlyOneAtStepZeroForBothSchedules() {
        assertThat(linear.alphaBar(0)).isEqualTo(1.0);
        assertThat(cosine.alphaBar(0)).isEqualTo(1.0);
        assertThat(linear.noiseStd(0)).isEqualTo(0.0);
        assertThat(cosine.signalScale(0)).isEqualTo(1.0);
    }

    @Test
    void linearBetasRiseEvenlyFromBetaStartToBetaEnd() {
        for (int t = 1; t <= 1000; t++) {
            double expected = 1e-4 + (0.02 - 1e-4) * (t - 1) / 999.0;
            assertThat(linear.beta(t)).isCloseTo(expected, within(CLOSED_FORM_TOLERANCE));
        }
        assertThat(linear.beta(1000)).isEqualTo(0.02);
    }

    @Test
    void alphaBarIsTheProductOfOneMinusBeta() {
        for (NoiseSchedule s : List.of(linear, cosine)) {
            double product = 1;
            for (int t = 1; t <= s.steps(); t++) {
                product *= 1 - s.beta(t);
                assertThat(s.alphaBar(t)).isCloseTo(product, within(CLOSED_FORM_TOLERANCE));
                assertThat(s.signalScale(t)).isCloseTo(Math.sqrt(product), within(CLOSED_FORM_TOLERANCE));
                assertThat(s.noiseStd(t)).isCloseTo(Math.sqrt(1 - product), within(CLOSED_FORM_TOLERANCE));
            }
        }
    }

    @Test
    void cosineAlphaBarFollowsTheRatioOfCosinesWhereNoBetaIsClipped() {
        double s = 0.008;
        double f0 = Math.pow(Math.cos(s / (1 + s) * Math.PI / 2), 2);
        for (int t = 0; t <= 990; t++) {
            double ft = Math.pow(Math.cos((t / 1000.0 + s) / (1 + s) * Math.PI / 2), 2);
            assertThat(cosine.alphaBar(t)).isCloseTo(ft / f0, within(1e-12));
        }
        assertThat(cosine.beta(1000)).isEqualTo(NoiseSchedule.COSINE_MAX_BETA);
    }

    @Test
    void bothSchedulesMatchTheNumpyReferenceValues() throws IOException {
        List<String> lines = ReferenceFiles.lines("/reference/schedules.csv");
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            NoiseSchedule s = NoiseSchedule.named(f[0], 1000);
            int t = Integer.parseInt(f[1]);
            if (t >= 1) {
                assertClose(s.beta(t), Double.parseDouble(f[2]), line);
            }
            assertClose(s.alphaBar(t), Double.parseDouble(f[3]), line);
            assertClose(s.signalScale(t), Double.parseDouble(f[4]), line);
            assertClose(s.noiseStd(t), Double.parseDouble(f[5]), line);
        }
    }

    @Test
    void alphaBarsIsADefensiveCopyOfLengthTPlusOne() {
        double[] copy = linear.alphaBars();
        assertThat(copy).hasSize(1001);
        copy[5] = 42;
        assertThat(linear.alphaBar(5)).isNotEqualTo(42);
    }

    @Test
    void aStepOutsideZeroToTIsRejectedWithTheRangeAndTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> linear.alphaBar(1200))
                .withMessage("t must be between 0 and 1000, was 1200");
        assertThatIllegalArgumentException().isThrownBy(() -> cosine.noiseStd(-1))
                .withMessage("t must be between 0 and 1000, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> linear.beta(0))
                .withMessage("t must be between 1 and 1000, was 0");
    }

    @Test
    void anUnknownScheduleNameIsRejectedListingTheAllowedNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.named("foo", 1000))
                .withMessage("schedule must be one of linear, cosine; was \"foo\"");
    }

    @Test
    void badStepCountsAndBetasAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.linear(0, 1e-4, 0.02))
                .withMessage("steps must be between 1 and 100000, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.cosine(100_001, 0.008))
                .withMessageContaining("steps").withMessageContaining("100001");
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.linear(10, 0, 0.02))
                .withMessageContaining("betaStart").withMessageContaining("0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.linear(10, 0.1, 0.05))
                .withMessageContaining("betaEnd").withMessageContaining("0.05");
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.linear(10, 0.1, 1.0))
                .withMessageContaining("betaEnd");
        assertThatIllegalArgumentException().isThrownBy(() -> NoiseSchedule.cosine(10, Double.NaN))
                .withMessageContaining("offset");
    }

    @Test
    void aOneStepLinearScheduleUsesBetaStart() {
        NoiseSchedule one = NoiseSchedule.linear(1, 0.3, 0.5);
        assertThat(one.steps()).isEqualTo(1);
        assertThat(one.alphaBar(1)).isCloseTo(0.7, within(CLOSED_FORM_TOLERANCE));
    }

    @Test
    void namedSchedulesReportTheirNameAndLength() {
        assertThat(linear.name()).isEqualTo("linear");
        assertThat(cosine.name()).isEqualTo("cosine");
        assertThat(cosine.steps()).isEqualTo(1000);
        assertThat(NoiseSchedule.names()).containsExactly("linear", "cosine");
    }

    private static void assertClose(double actual, double expected, String row) {
        double tolerance = REFERENCE_RELATIVE_TOLERANCE * Math.max(Math.abs(expected), 1e-300);
        assertThat(actual).as(row).isCloseTo(expected, within(Math.max(tolerance, 1e-300)));
    }
}
