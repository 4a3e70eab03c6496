package org.diffusioncourse.simulation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

/** The sample distances against closed forms and their null behaviour, with Monte Carlo tolerances. */
class SampleDistancesTest {

    private static final double[] M1 = {0.5, -0.3};
    private static final double[][] S1 = {{1.2, 0.4}, {0.4, 0.7}};
    private static final double[] M2 = {-0.2, 0.4};
    private static final double[][] S2 = {{0.5, -0.2}, {-0.2, 1.5}};

    @Test
    void theTwoByTwoSquareRootSquaresBackAndTheFrechetTraceHasItsClosedForm() {
        for (double[][] a : new double[][][] {S1, S2, {{2, 0}, {0, 0.01}}, {{1, 1}, {1, 1}}}) {
            double[][] r = SampleDistances.sqrtSpd(a);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double square = r[i][0] * r[0][j] + r[i][1] * r[1][j];
                    assertThat(square).isCloseTo(a[i][j], within(1e-12));
                }
            }
        }
        // tr sqrt(S1^1/2 S2 S1^1/2) = sqrt(tr(S1 S2) + 2 sqrt(det S1 det S2)) for 2 x 2 SPD matrices.
        double tr12 = S1[0][0] * S2[0][0] + 2 * S1[0][1] * S2[0][1] + S1[1][1] * S2[1][1];
        double det = (S1[0][0] * S1[1][1] - S1[0][1] * S1[0][1]) * (S2[0][0] * S2[1][1] - S2[0][1] * S2[0][1]);
        double dm = Math.pow(M1[0] - M2[0], 2) + Math.pow(M1[1] - M2[1], 2);
        double expected = dm + S1[0][0] + S1[1][1] + S2[0][0] + S2[1][1] - 2 * Math.sqrt(tr12 + 2 * Math.sqrt(det));
        assertThat(SampleDistances.frechet(M1, S1, M2, S2)).isCloseTo(expected, within(1e-12));
        assertThat(SampleDistances.frechet(M1, S1, M1, S1)).isCloseTo(0, within(1e-12));
        assertThatThrownBy(() -> SampleDistances.sqrtSpd(new double[][] {{1, 2}, {2, 1}}))
                .hasMessageContaining("positive semi-definite");
    }

    /**
     * FD from n = 20000 draws of each Gaussian. By the delta method its error is dominated by the
     * means: FD changes by 2 d^T (dm), and dm has covariance (S1 + S2) / n, so
     * sd = 2 sqrt(d^T (S1 + S2) d / n) = 0.026 here; the covariance terms add at most
     * sqrt(2 / n) (tr S1 + tr S2) = 0.039. Tolerance: 4 times their sum.
     */
    @Test
    void theFrechetDistanceOfSamplesOfTwoGaussiansIsTheClosedFormWithinMonteCarloError() {
        int n = 20_000;
        UniformRandomProvider rng = Seeds.generator(5);
        PointCloud a = gaussian(M1, S1, n, rng);
        PointCloud b = gaussian(M2, S2, n, rng);
        double dx = M1[0] - M2[0];
        double dy = M1[1] - M2[1];
        double quad = dx * dx * (S1[0][0] + S2[0][0]) + 2 * dx * dy * (S1[0][1] + S2[0][1]) + dy * dy * (S1[1][1] + S2[1][1]);
        double sd = 2 * Math.sqrt(quad / n) + Math.sqrt(2.0 / n) * (S1[0][0] + S1[1][1] + S2[0][0] + S2[1][1]);
        assertThat(SampleDistances.frechet(a, b)).isCloseTo(SampleDistances.frechet(M1, S1, M2, S2), within(4 * sd));
    }

    @Test
    void theEnergyDistanceOfASetToItselfIsZeroAndGrowsWithAShift() {
        PointCloud a = gaussian(M1, S1, 300, Seeds.generator(8));
        assertThat(SampleDistances.energy(a, a)).isCloseTo(0, within(1e-12));
        PointCloud shifted = PointCloud.of(shift(a.xs(), 1.0), a.ys());
        assertThat(SampleDistances.energy(a, shifted)).isGreaterThan(0.3);
    }

    /**
     * The unbiased MMD^2 has mean 0 when both sets come from one distribution: over R = 400
     * pairs of sets of 40 points the mean of the estimates lies within 4 standard errors of 0.
     * The biased V-statistic, by contrast, sits well above 0 (its bias is about 2 (1 - E k) / n).
     */
    @Test
    void theUnbiasedMmdHasMeanZeroUnderTheNull() {
        int r = 400;
        double sum = 0;
        double sumSq = 0;
        UniformRandomProvider rng = Seeds.generator(13);
        for (int i = 0; i < r; i++) {
            double v = SampleDistances.mmdSquared(gaussian(M1, S1, 40, rng), gaussian(M1, S1, 40, rng), 0.5);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / r;
        double sd = Math.sqrt((sumSq - r * mean * mean) / (r - 1));
        assertThat(Math.abs(mean)).isLessThan(4 * sd / Math.sqrt(r));
        assertThat(SampleDistances.mmdSquared(gaussian(M1, S1, 400, rng), gaussian(M2, S2, 400, rng), 0.5))
                .as("two different Gaussians, against the null sd at n = 400 (about a tenth of that at 40)")
                .isGreaterThan(10 * sd / 10);
    }

    private static double[] shift(double[] v, double by) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by;
        }
        return out;
    }

    /** n draws of N(m, S) by the Cholesky factor of S. */
    static PointCloud gaussian(double[] m, double[][] s, int n, UniformRandomProvider rng) {
        PointCloud z = PointCloud.standardNormal(n, rng);
        double l11 = Math.sqrt(s[0][0]);
        double l21 = s[0][1] / l11;
        double l22 = Math.sqrt(s[1][1] - l21 * l21);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = m[0] + l11 * z.x(i);
            ys[i] = m[1] + l21 * z.x(i) + l22 * z.y(i);
        }
        return PointCloud.wrap(xs, ys);
    }
}
