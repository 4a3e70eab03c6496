package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianMixture2DTest {

    private static final double STANDARD_ERRORS = 5.0;

    /**
     * Both the batch log-sum-exp and the direct sum below take a dozen roundings of relative
     * size 2^-53 on p, so their logs agree to about 24 x 1.1e-16 = 2.7e-15; this allows 4 times that.
     */
    private static final double LOG_DENSITY = 1e-14;

    @Test
    void theBatchLogDensityIsTheMixtureFormulaAtEveryPoint() {
        GaussianMixture2D m = GaussianMixture2D.of(new double[] {0.3, 0.7}, new double[][] {{-1, 0.5}, {2, -1}},
                new double[] {0.5, 1.5});
        PointCloud points = PointCloud.standardNormal(50, Seeds.generator(12));
        double[] log = new double[points.size()];
        m.logDensity(points.xs(), points.ys(), points.size(), log);
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            double x = points.x(i);
            double y = points.y(i);
            double p = 0.3 * normal(x + 1, y - 0.5, 0.5) + 0.7 * normal(x - 2, y + 1, 1.5);
            assertThat(log[i]).isCloseTo(Math.log(p), within(LOG_DENSITY));
            // The same arithmetic as the one-point method, so the same bits.
            assertThat(log[i]).isEqualTo(NoisedMixture.of(m).logDensity(x, y, 1, 0));
            sum += log[i];
        }
        assertThat(m.meanLogDensity(points)).isEqualTo(sum / points.size());
    }

    /** N((dx, dy); 0, sd^2 I). */
    private static double normal(double dx, double dy, double sd) {
        return Math.exp(-(dx * dx + dy * dy) / (2 * sd * sd)) / (2 * Math.PI * sd * sd);
    }

    @Test
    void weightsThatDoNotSumToOneAreRejectedWithTheSum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {0.5, 0.4}, new double[][] {{0, 0}, {1, 1}},
                        new double[] {1, 1}))
                .withMessage("weights must sum to 1 (within 1e-9), sum was 0.9");
    }

    @Test
    void aNegativeWeightIsRejectedWithItsIndexAndValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {1.5, -0.5}, new double[][] {{0, 0}, {1, 1}},
                        new double[] {1, 1}))
                .withMessage("weights[1] must be a finite number >= 0, was -0.5");
    }

    @Test
    void badStdsAndMeansAreRejectedWithTheirIndex() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}}, new double[] {0}))
                .withMessage("stds[0] must be a finite number > 0, was 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0, 0}}, new double[] {1}))
                .withMessage("means[0] must have 2 coordinates, had 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {1}, new double[][] {{0, Double.NaN}},
                        new double[] {1}))
                .withMessage("means[0][1] must be finite, was NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}, {1, 1}},
                        new double[] {1}))
                .withMessage("means must have 1 rows (one per weight), had 2");
    }

    @Test
    void accessorsReturnCopies() {
        GaussianMixture2D m = GaussianMixture2D.of(new double[] {1}, new double[][] {{2, 3}}, new double[] {0.5});
        m.weights()[0] = 7;
        m.means()[0][0] = 7;
        m.stds()[0] = 7;
        assertThat(m.weights()).containsExactly(1);
        assertThat(m.means()[0]).containsExactly(2, 3);
        assertThat(m.stds()).containsExactly(0.5);
    }

    @Test
    void exactMomentsOfATwoComponentMixtureMatchTheClosedForm() {
        GaussianMixture2D m = GaussianMixture2D.of(new double[] {0.25, 0.75}, new double[][] {{-2, 0}, {2, 4}},
                new double[] {1, 0.5});
        // mean = 0.25 (-2, 0) + 0.75 (2, 4) = (1, 3)
        assertThat(m.mean()).containsExactly(1.0, 3.0);
        // var x = 0.25 (9 + 1) + 0.75 (1 + 0.25) = 3.4375; cov = 0.25 (-3)(-3) + 0.75 (1)(1) = 3
        assertThat(m.covariance()[0][0]).isCloseTo(3.4375, within(1e-12));
        assertThat(m.covariance()[0][1]).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void samplingPicksComponentsInProportionToTheirWeights() {
        GaussianMixture2D m = GaussianMixture2D.of(new double[] {0.2, 0.8}, new double[][] {{-10, 0}, {10, 0}},
                new double[] {0.1, 0.1});
        int n = 10_000;
        PointCloud cloud = m.sample(n, Seeds.generator(4));
        int left = 0;
        for (int i = 0; i < n; i++) {
            if (cloud.x(i) < 0) {
                left++;
            }
        }
        double share = left / (double) n;
        assertThat(share).isCloseTo(0.2, within(STANDARD_ERRORS * Math.sqrt(0.2 * 0.8 / n)));
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        GaussianMixture2D m = ToyDataset.TWO_MOONS.mixture();
        assertThat(m.sample(100, Seeds.generator(8))).isEqualTo(m.sample(100, Seeds.generator(8)));
        assertThat(m.sample(100, Seeds.generator(8))).isNotEqualTo(m.sample(100, Seeds.generator(9)));
    }
}
