package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.FlowSdeSampler;
import org.junit.jupiter.api.Test;

/** Closed forms and the worked examples of chapter 004 for the exact noised-mixture fields. */
class NoisedMixtureTest {

    /** Sums of a few exponentials: rounding only. */
    private static final double EXACT = 1e-12;
    /** The chapter prints two decimals. */
    private static final double PRINTED = 0.005;
    /** Central differences with step 1e-5 on log p: truncation 1e-10, rounding 1e-11. */
    private static final double FINITE_DIFFERENCE = 1e-6;
    /** The chapter rounds intermediate values (3.33 x 1.2 = 4.0), which moves its results by up to 0.01. */
    private static final double CHAPTER_ROUNDING = 0.01;
    /** A std so small that a component is a point mass to double precision in these examples. */
    private static final double POINT_MASS = 1e-9;

    private static NoisedMixture single(double mx, double my, double std) {
        return NoisedMixture.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{mx, my}}, new double[] {std}));
    }

    @Test
    void theScoreOfNormalThreeOnePointsBackToTheMean() {
        // Chapter 004: mu = 3, sigma = 1; score at 5, 1, 3 is -2, +2, 0 (on the x axis of the plane).
        NoisedMixture gauss = single(3, 0, 1);
        assertThat(gauss.score(5, 0, 1, 0).x()).isCloseTo(-2, within(EXACT));
        assertThat(gauss.score(1, 0, 1, 0).x()).isCloseTo(2, within(EXACT));
        assertThat(gauss.score(3, 0, 1, 0).x()).isCloseTo(0, within(EXACT));
    }

    @Test
    void theTwoModeMixtureScoreVanishesAtTheMidpointAndPointsBackNearAMode() {
        NoisedMixture mix = NoisedMixture.of(GaussianMixture2D.of(new double[] {0.5, 0.5},
                new double[][] {{-2, 0}, {2, 0}}, new double[] {0.7, 0.7}));
        Vec2 mid = mix.score(0, 0, 1, 0);
        assertThat(mid.x()).isCloseTo(0, within(EXACT));
        assertThat(mid.y()).isCloseTo(0, within(EXACT));
        Vec2 near = mix.score(3, 0, 1, 0);
        assertThat(near.x()).isCloseTo(-2.04, within(PRINTED));
        assertThat(near.y()).isCloseTo(0, within(EXACT));
    }

    @Test
    void theConditionalScoreOfAPointMassIsMinusXMinusAlphaZOverBetaSquared() {
        // Chapter 004: z = (3, -1), x = (2.5, 0), alpha = 0.7, beta = 0.3 -> (-4.44, -7.78).
        Vec2 score = single(3, -1, POINT_MASS).score(2.5, 0, 0.7, 0.3);
        assertThat(score.x()).isCloseTo(-0.4 / 0.09, within(1e-9));
        assertThat(score.y()).isCloseTo(-0.7 / 0.09, within(1e-9));
        assertThat(score.x()).isCloseTo(-4.44, within(PRINTED));
        assertThat(score.y()).isCloseTo(-7.78, within(PRINTED));
    }

    @Test
    void theCondOtConversionsOfChapterFourGiveVelocitySixScoreTwoAndAHalfNoiseMinusOneDenoiserFive() {
        // z = 5, eps = -1, t = 0.6: x = 2.6; u = z - eps = 6, score = 2.5, eps_hat = -1, D = 5.
        NoisedMixture point = single(5, 0, POINT_MASS);
        CondOtPath path = CondOtPath.of();
        double t = 0.6;
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        double x = 2.6;
        assertThat(point.score(x, 0, a, s).x()).isCloseTo(2.5, within(1e-9));
        assertThat(point.noisePrediction(x, 0, a, s).x()).isCloseTo(-1, within(1e-9));
        assertThat(point.denoised(x, 0, a, s).x()).isCloseTo(5, within(1e-9));
        assertThat(point.velocity(path, x, 0, t).x()).isCloseTo(6, within(1e-9));
        // And each one recovered from another by the conversions.
        assertThat(FieldConversions.velocityFromScore(path, t, x, 2.5)).isCloseTo(6, within(EXACT));
        assertThat(FieldConversions.scoreFromVelocity(path, t, x, 6)).isCloseTo(2.5, within(EXACT));
        assertThat(FieldConversions.noiseFromScore(2.5, s)).isCloseTo(-1, within(EXACT));
        assertThat(FieldConversions.scoreFromNoise(-1, s)).isCloseTo(2.5, within(EXACT));
        assertThat(FieldConversions.denoisedFromScore(x, 2.5, a, s)).isCloseTo(5, within(EXACT));
        assertThat(FieldConversions.scoreFromDenoised(x, 5, a, s)).isCloseTo(2.5, within(EXACT));
    }

    @Test
    void theSdeExtensionStepOfChapterFourGivesDriftTwoAndOneFortySix() {
        // t = 0.3, X = (1.2, -0.5), sigma = 0.5, h = 0.02, u = (2.1, 1.3), eps = (0.3, -0.8).
        CondOtPath path = CondOtPath.of();
        double sx = FieldConversions.scoreFromVelocity(path, 0.3, 1.2, 2.1);
        double sy = FieldConversions.scoreFromVelocity(path, 0.3, -0.5, 1.3);
        assertThat(sx).isCloseTo(-0.82, within(CHAPTER_ROUNDING));
        assertThat(sy).isCloseTo(1.27, within(CHAPTER_ROUNDING));
        assertThat(2.1 + 0.125 * sx).isCloseTo(2.0, within(CHAPTER_ROUNDING));
        assertThat(1.3 + 0.125 * sy).isCloseTo(1.46, within(CHAPTER_ROUNDING));
        assertThat(FlowSdeSampler.step(1.2, 2.1, sx, 0.5, 0.02, 0.3)).isCloseTo(1.261, within(0.001));
        assertThat(FlowSdeSampler.step(-0.5, 1.3, sy, 0.5, 0.02, -0.8)).isCloseTo(-0.528, within(0.001));
    }

    @Test
    void theVelocityFormulaAgreesWithTheConversionsOnEveryContinuousPath() {
        NoisedMixture mix = NoisedMixture.of(ToyDataset.FIVE_MODES.mixture());
        for (ContinuousPath path : new ContinuousPath[] {VpSde.standard(), VeSde.standard(), CondOtPath.of()}) {
            for (double t : new double[] {0.1, 0.5, 0.9}) {
                double a = path.signalScale(t);
                double s = path.noiseStd(t);
                Vec2 score = mix.score(0.3, -0.7, a, s);
                Vec2 u = mix.velocity(path, 0.3, -0.7, t);
                assertThat(u.x()).isCloseTo(FieldConversions.velocityFromScore(path, t, 0.3, score.x()), within(1e-9));
                assertThat(u.y()).isCloseTo(FieldConversions.velocityFromScore(path, t, -0.7, score.y()), within(1e-9));
                assertThat(FieldConversions.scoreFromVelocity(path, t, 0.3, u.x())).isCloseTo(score.x(), within(1e-8));
            }
        }
    }

    @Test
    void tweedieHoldsAndTheScoreIsTheGradientOfTheLogDensity() {
        NoisedMixture mix = NoisedMixture.of(ToyDataset.TWO_MOONS.mixture());
        UniformRandomProvider rng = Seeds.generator(3);
        double h = 1e-5;
        for (double[] as : new double[][] {{1, 0}, {0.9, 0.3}, {0.5, 0.8}, {0.05, 1}}) {
            double a = as[0];
            double s = as[1];
            for (int i = 0; i < 20; i++) {
                double x = 3 * (rng.nextDouble() - 0.5);
                double y = 3 * (rng.nextDouble() - 0.5);
                Vec2 score = mix.score(x, y, a, s);
                Vec2 d = mix.denoised(x, y, a, s);
                assertThat(a * d.x()).isCloseTo(x + s * s * score.x(), within(1e-9));
                assertThat(a * d.y()).isCloseTo(y + s * s * score.y(), within(1e-9));
                double gx = (mix.logDensity(x + h, y, a, s) - mix.logDensity(x - h, y, a, s)) / (2 * h);
                double gy = (mix.logDensity(x, y + h, a, s) - mix.logDensity(x, y - h, a, s)) / (2 * h);
                double scale = Math.max(1, Math.abs(score.x()) + Math.abs(score.y()));
                assertThat(gx).isCloseTo(score.x(), within(FINITE_DIFFERENCE * scale * 100));
                assertThat(gy).isCloseTo(score.y(), within(FINITE_DIFFERENCE * scale * 100));
            }
        }
    }

    @Test
    void aNoisedGaussianIsTheGaussianWithMeanAMuAndVarianceASquaredSigmaSquaredPlusSSquared() {
        NoisedMixture gauss = single(1, -2, 0.5);
        double a = 0.8;
        double s = 0.6;
        double v = a * a * 0.25 + s * s;
        double x = 0.4;
        double y = 0.1;
        double d2 = (x - 0.8) * (x - 0.8) + (y + 1.6) * (y + 1.6);
        assertThat(gauss.density(x, y, a, s)).isCloseTo(Math.exp(-d2 / (2 * v)) / (2 * Math.PI * v), within(EXACT));
        assertThat(gauss.score(x, y, a, s).x()).isCloseTo(-(x - 0.8) / v, within(EXACT));
    }

    @Test
    void farFromEveryModeTheScoreStaysFiniteThanksToLogSumExp() {
        NoisedMixture mix = NoisedMixture.of(ToyDataset.SPIRAL.mixture());
        Vec2 score = mix.score(1000, -1000, 1, 0);
        assertThat(Double.isFinite(score.x()) && Double.isFinite(score.y())).isTrue();
        assertThat(score.x()).isLessThan(0);
        assertThat(Double.isFinite(mix.logDensity(1000, -1000, 1, 0))).isTrue();
    }

    @Test
    void theBatchEvaluationMatchesPointByPointEvaluation() {
        NoisedMixture mix = NoisedMixture.of(ToyDataset.CHECKERBOARD.mixture());
        PointCloud points = PointCloud.standardNormal(50, Seeds.generator(9));
        FieldBuffer out = FieldBuffer.of(50);
        mix.evaluate(0.7, 0.5, points.xs(), points.ys(), 50, out);
        for (int i = 0; i < 50; i++) {
            Vec2 score = mix.score(points.x(i), points.y(i), 0.7, 0.5);
            assertThat(out.scoreX(i)).isEqualTo(score.x());
            assertThat(out.scoreY(i)).isEqualTo(score.y());
        }
        double[] logp = new double[50];
        mix.logDensity(0.7, 0.5, points.xs(), points.ys(), 50, logp);
        assertThat(logp[17]).isEqualTo(mix.logDensity(points.x(17), points.y(17), 0.7, 0.5));
    }

    @Test
    void guidanceWeightZeroIsUnconditionalOneIsConditionalAndSevenExtrapolates() {
        // Chapter 004's 1-D guidance example, modes at -3 and +3, condition on the right mode.
        LabelledMixture mix = LabelledMixture.of(new double[] {0.5, 0.5}, new double[][] {{-3, 0}, {3, 0}},
                new double[] {1, 1}, new int[] {0, 1});
        NoisedMixture uncond = NoisedMixture.of(mix.mixture());
        NoisedMixture cond = NoisedMixture.conditional(mix, 1);
        double su = uncond.score(1, 0, 1, 0).x();
        double sc = cond.score(1, 0, 1, 0).x();
        assertThat(sc).isCloseTo(2, within(EXACT));
        for (double w : new double[] {0, 1, 7}) {
            FieldBuffer out = FieldBuffer.of(1);
            GuidedField.of(mix, 1, w).evaluate(1, 0, new double[] {1}, new double[] {0}, 1, out);
            assertThat(out.scoreX(0)).isCloseTo(su + w * (sc - su), within(EXACT));
        }
        assertThat(GuidedField.of(mix, 1, 7).componentCost()).isEqualTo(3);
    }

    @Test
    void negativeOrNonFiniteScalesAreRejectedByName() {
        NoisedMixture gauss = single(0, 0, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> gauss.score(0, 0, -1, 0))
                .withMessage("a must be a finite number >= 0, was -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> gauss.score(0, 0, 1, Double.NaN))
                .withMessage("s must be a finite number >= 0, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> GuidedField.of(gauss, gauss, 21))
                .withMessage("weight must be between 0 and 20.0, was 21.0");
    }
}
