package org.diffusioncourse.simulation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLogSlopeTest {

    /**
     * The logs here are below 10 in size, each exact to half an ulp of 10 (8.9e-16), and the fit
     * adds, multiplies and divides a handful of them: its slope is exact to a few dozen such ulps.
     */
    private static final double EXACT = 64 * Math.ulp(10.0);

    @Test
    void thePowerLawCWorkToTheMinusPHasSlopeMinusP() {
        long[] nfe = {5, 10, 20, 50, 100, 200};
        for (double p : new double[] {0.5, 1, 2, 3}) {
            double[] error = new double[nfe.length];
            for (int k = 0; k < nfe.length; k++) {
                error[k] = 7 * Math.pow(nfe[k], -p);
            }
            assertThat(LogLogSlope.of(nfe, error)).as("p = %s", p).isCloseTo(-p, within(EXACT));
        }
    }

    @Test
    void scatteredPointsGiveTheLeastSquaresSlopeOfTheirLogs() {
        // In logs: (0, 1), (1, 3), (2, 4); mean (1, 8/3), Sxy = 5/3 + 4/3 = 3, Sxx = 2, slope 3/2.
        double e = Math.E;
        assertThat(LogLogSlope.of(new double[] {1, e, e * e}, new double[] {e, Math.pow(e, 3), Math.pow(e, 4)}))
                .isCloseTo(1.5, within(EXACT));
    }

    @Test
    void pointsNoLogAxisCanHoldAreLeftOutAndTooFewGiveNaN() {
        assertThat(LogLogSlope.of(new long[] {5, 10, 20, 40}, new double[] {0.1, -0.001, Double.NaN, 0.0125}))
                .isCloseTo(-1, within(EXACT));
        assertThat(LogLogSlope.of(new long[] {5, 10, 20}, new double[] {0.1, -0.001, Double.NaN})).isNaN();
        assertThat(LogLogSlope.of(new long[] {1000, 1000}, new double[] {0.1, 0.2})).isNaN();
        assertThatIllegalArgumentException().isThrownBy(() -> LogLogSlope.of(new long[] {1}, new double[0]))
                .withMessage("error must have one value per work (1), had 0");
    }
}
