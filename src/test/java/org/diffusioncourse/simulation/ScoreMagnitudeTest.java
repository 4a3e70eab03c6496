package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/** The root-mean-square score against closed forms and against a seeded Monte Carlo estimate. */
class ScoreMagnitudeTest {

    /** The trapezoid rule on a Gaussian-tailed integrand: rounding of about 1e4 grid terms. */
    private static final double QUADRATURE = 1e-9;
    /** Monte Carlo draws for the independent estimate. */
    private static final int DRAWS = 200_000;
    /** Standard errors allowed between the quadrature and the Monte Carlo mean (two-sided p about 6e-5). */
    private static final double STANDARD_ERRORS = 4;

    private static final GaussianMixture2D TWO_MODES = GaussianMixture2D.of(new double[] {0.5, 0.5},
            new double[][] {{-2, 0}, {2, 0}}, new double[] {0.7, 0.7});

    @Test
    void oneGaussianHasRootMeanSquareScoreSqrtTwoOverItsVariance() {
        GaussianMixture2D one = GaussianMixture2D.of(new double[] {1}, new double[][] {{1, -0.5}}, new double[] {0.6});
        ScoreMagnitude m = ScoreMagnitude.of(one);
        for (double[] as : new double[][] {{1, 0}, {0.9, 0.3}, {0.5, 0.8}, {0.05, 0.99}}) {
            double v = as[0] * as[0] * 0.36 + as[1] * as[1];
            ScoreMagnitude.Row row = m.at(as[0], as[1]);
            assertThat(row.rms()).isCloseTo(Math.sqrt(2 / v), within(QUADRATURE));
            assertThat(row.gaussianFloor()).isCloseTo(Math.sqrt(2 / v), within(QUADRATURE));
            assertThat(row.separatedModes()).isCloseTo(Math.sqrt(2 / v), within(QUADRATURE));
        }
    }

    @Test
    void modesFarApartReachTheSeparatedModesForm() {
        GaussianMixture2D apart = GaussianMixture2D.of(new double[] {0.3, 0.7}, new double[][] {{-20, 0}, {20, 0}},
                new double[] {0.5, 1.0});
        ScoreMagnitude.Row row = ScoreMagnitude.of(apart).at(1, 0.1);
        double expected = Math.sqrt(0.3 * 2 / (0.25 + 0.01) + 0.7 * 2 / (1 + 0.01));
        assertThat(row.rms()).isCloseTo(expected, within(QUADRATURE));
    }

    @Test
    void theExactSizeLiesBetweenItsThreeClosedForms() {
        ScoreMagnitude m = ScoreMagnitude.of(TWO_MODES);
        for (double s : new double[] {0.01, 0.1, 0.3, 0.6, 0.9, 0.999}) {
            ScoreMagnitude.Row row = m.at(Math.sqrt(1 - s * s), s);
            assertThat(row.gaussianFloor()).isLessThanOrEqualTo(row.rms() + QUADRATURE);
            assertThat(row.rms()).isLessThanOrEqualTo(row.separatedModes() + QUADRATURE);
            assertThat(row.separatedModes()).isLessThanOrEqualTo(row.denoisingTarget());
        }
        assertThat(m.at(1, 0).denoisingTarget()).isInfinite();
    }

    @Test
    void quadratureAgreesWithASeededMonteCarloMean() {
        NoisedMixture field = NoisedMixture.of(TWO_MODES);
        ScoreMagnitude m = ScoreMagnitude.of(TWO_MODES);
        for (double s : new double[] {0.2, 0.7}) {
            double a = Math.sqrt(1 - s * s);
            UniformRandomProvider rng = Seeds.generator(11);
            PointCloud clean = TWO_MODES.sample(DRAWS, rng);
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            double[] xs = new double[DRAWS];
            double[] ys = new double[DRAWS];
            for (int i = 0; i < DRAWS; i++) {
                xs[i] = a * clean.x(i) + s * z.sample();
                ys[i] = a * clean.y(i) + s * z.sample();
            }
            FieldBuffer out = FieldBuffer.of(DRAWS);
            field.evaluate(a, s, xs, ys, DRAWS, out);
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < DRAWS; i++) {
                double q = out.scoreX(i) * out.scoreX(i) + out.scoreY(i) * out.scoreY(i);
                sum += q;
                sumSq += q * q;
            }
            double mean = sum / DRAWS;
            double standardError = Math.sqrt((sumSq / DRAWS - mean * mean) / DRAWS);
            double rms = m.at(a, s).rms();
            assertThat(rms * rms).isCloseTo(mean, within(STANDARD_ERRORS * standardError));
        }
    }

    @Test
    void refusesAPointMass() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreMagnitude.of(TWO_MODES).at(0, 0))
                .withMessageContaining("a and s");
    }
}
