package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.demo.likelihood.GridQuadrature;
import org.diffusioncourse.demo.likelihood.LikelihoodFit;
import org.diffusioncourse.demo.likelihood.LikelihoodScene;
import org.diffusioncourse.demo.likelihood.QuarticEnergy;
import org.diffusioncourse.demo.likelihood.QuarticSamples;
import org.diffusioncourse.demo.likelihood.ScoreMatchingFit;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/**
 * The score lesson's engine: the chapter's worked scores through the demo's scene, Tweedie's
 * formula, the integration-by-parts identity behind Hyvarinen's objective, the closed-form
 * score-matching estimate recovering a known model, and denoising score matching having the
 * exact score as its minimiser, each with a tolerance from rounding or the Monte Carlo error.
 */
class ScoreMatchingTest {

    /** A few exponentials and divisions: rounding only. */
    private static final double EXACT = 1e-9;
    /** Quadrature of smooth quartic integrands on 401 points of [-6, 6] (see LikelihoodFitTest). */
    private static final double QUADRATURE = 1e-7;

    private final ScoreFieldScene twoModes = ScoreFieldScene.of(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR);

    @Test
    void theChaptersMixtureScoresAreReproducedAtTZero() {
        ScoreFieldScene.Probe mid = twoModes.probe(0, 0, 0);
        assertThat(mid.score().x()).isCloseTo(0, within(EXACT));
        assertThat(mid.score().y()).isCloseTo(0, within(EXACT));
        ScoreFieldScene.Probe near = twoModes.probe(3, 0, 0);
        // The far component's weight is exp(-24.5) ~ 2e-11 of the near one's: -1/0.49 to 9 digits.
        assertThat(near.score().x()).isCloseTo(-1 / 0.49, within(1e-8));
        assertThat(near.denoised().x()).as("no noise: D(x) = x").isCloseTo(3, within(EXACT));
    }

    @Test
    void tweediesFormulaLinksTheDenoiserTheNoiseAndTheScore() {
        for (int t : new int[] {1, 100, 250, 500, 1000}) {
            double a = twoModes.schedule().signalScale(t);
            double s = twoModes.schedule().noiseStd(t);
            ScoreFieldScene.Probe p = twoModes.probe(1.3, -0.4, t);
            assertThat(a * p.denoised().x()).as("t = %d", t).isCloseTo(1.3 + s * s * p.score().x(), within(EXACT));
            assertThat(a * p.denoised().y()).isCloseTo(-0.4 + s * s * p.score().y(), within(EXACT));
            assertThat(p.noise().x()).isCloseTo(-s * p.score().x(), within(EXACT));
        }
    }

    @Test
    void atTheEndOfTheNoisingTheScoreIsAlmostMinusX() {
        // p_T = sum_k w_k N(a mu_k, (a^2 0.49 + s^2) I) with a = sqrt(4.04e-5) = 0.0064.
        ScoreFieldScene.Probe p = twoModes.probe(3, 0, 1000);
        assertThat(p.score().x()).isCloseTo(-3, within(1e-3));
    }

    @Test
    void theDensityGridHoldsTheMassOfTheSquareAndTheArrowsAreTheExactScores() {
        ScoreFieldScene.Frame frame = twoModes.frame(1000);
        double h = 2 * ScoreFieldScene.LIMIT / (ScoreFieldScene.DENSITY_GRID - 1);
        double mass = 0;
        for (double l : frame.logDensity()) {
            mass += Math.exp(l) * h * h;
        }
        // Almost N(0, I): the square [-4, 4]^2 holds (erf(4 / sqrt 2))^2 = 0.99987; the Riemann sum
        // over grid nodes adds about one row and column of edge cells, a few 1e-4.
        assertThat(mass).isCloseTo(0.99987, within(2e-3));
        int k = 5 * ScoreFieldScene.ARROW_GRID + 11;
        ScoreFieldScene.Probe p = twoModes.probe(frame.arrowX()[k], frame.arrowY()[k], 1000);
        assertThat(frame.scoreX()[k]).isCloseTo(p.score().x(), within(EXACT));
        assertThat(frame.scoreY()[k]).isCloseTo(p.score().y(), within(EXACT));
    }

    @Test
    void integrationByPartsHoldsForTheQuarticModelComputedByQuadrature() {
        // E[s_theta s*] = -E[s_theta'] under p* for every theta: the step that removes the unknown
        // data score from Hyvarinen's objective. Both sides are combinations of the moments of p*.
        QuarticEnergy truth = QuarticEnergy.of(-1.0, 0.5);
        GridQuadrature.Moments m = LikelihoodFit.RULE.moments(truth);
        for (double[] th : new double[][] {{0.5, 0.1}, {-2, 1}, {1, 0}}) {
            double cross = 4 * th[0] * truth.theta1() * m.x2()
                    + 8 * (th[0] * truth.theta2() + th[1] * truth.theta1()) * m.x4()
                    + 16 * th[1] * truth.theta2() * m.x6();
            double slope = -(2 * th[0] + 12 * th[1] * m.x2());
            assertThat(cross).as("theta = (%s, %s)", th[0], th[1]).isCloseTo(-slope, within(QUADRATURE * 100));
        }
    }

    @Test
    void scoreMatchingRecoversAKnownModelWithinTheReplicateSpread() {
        QuarticEnergy truth = QuarticEnergy.of(-1.0, 0.5);
        int replicates = 12;
        double[] t1 = new double[replicates];
        double[] t2 = new double[replicates];
        UniformRandomProvider rng = Seeds.generator(2024);
        for (int r = 0; r < replicates; r++) {
            ScoreMatchingFit.Estimate e = ScoreMatchingFit.of(QuarticSamples.draw(truth, 5000, rng));
            t1[r] = e.theta1();
            t2[r] = e.theta2();
        }
        assertThat(mean(t1)).isCloseTo(truth.theta1(), within(4 * sd(t1) / Math.sqrt(replicates)));
        assertThat(mean(t2)).isCloseTo(truth.theta2(), within(4 * sd(t2) / Math.sqrt(replicates)));
        assertThat(sd(t1)).as("the test must be able to fail").isLessThan(0.2);
    }

    @Test
    void theEstimateMinimisesHyvarinensObjective() {
        double[] data = LikelihoodScene.of(3, 500).data();
        ScoreMatchingFit.Estimate e = ScoreMatchingFit.of(data);
        double best = ScoreMatchingFit.objective(e.theta1(), e.theta2(), data);
        for (int dir = 0; dir < 8; dir++) {
            double angle = Math.PI * dir / 4;
            double moved = ScoreMatchingFit.objective(e.theta1() + 1e-3 * Math.cos(angle),
                    e.theta2() + 1e-3 * Math.sin(angle), data);
            assertThat(moved).as("direction %d", dir).isGreaterThan(best);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreMatchingFit.of(new double[] {1, 2}))
                .withMessageContaining("data");
    }

    @Test
    void denoisingScoreMatchingHasTheExactScoreAsItsMinimiser() {
        int n = 20_000;
        int t = 250;
        double a = twoModes.schedule().signalScale(t);
        double s = twoModes.schedule().noiseStd(t);
        UniformRandomProvider rng = Seeds.generator(7);
        PointCloud x0 = ScoreTarget.TWO_MODES.mixture().sample(n, rng);
        PointCloud eps = PointCloud.standardNormal(n, rng);
        NoisedMixture exact = NoisedMixture.of(ScoreTarget.TWO_MODES.mixture());
        DenoisingScoreMatching.Pass pass = DenoisingScoreMatching.evaluate(exact, a, s, x0, eps);
        // E[score(x) + eps/s | x] = 0, so the residual's mean is 0 within its standard error.
        assertThat(pass.meanResidualX()).isCloseTo(0, within(4 * pass.sdResidualX() / Math.sqrt(n)));
        assertThat(pass.meanResidualY()).isCloseTo(0, within(4 * pass.sdResidualY() / Math.sqrt(n)));
        // Shifting the field by delta adds |delta|^2 + 2 delta . mean residual to the loss.
        double dx = 0.3;
        DenoisingScoreMatching.Pass shifted = DenoisingScoreMatching.evaluate(shifted(exact, dx), a, s, x0, eps);
        assertThat(shifted.loss() - pass.loss()).isCloseTo(dx * dx + 2 * dx * pass.meanResidualX(), within(1e-9));
        assertThat(shifted.loss()).isGreaterThan(pass.loss());
    }

    @Test
    void theChaptersDenoisingStepIsReproduced() {
        Vec2 target = DenoisingScoreMatching.target(new Vec2(0.5, -1.2), 0.3);
        assertThat(target.x()).isCloseTo(-1.6667, within(1e-4));
        assertThat(target.y()).isCloseTo(4.0, within(EXACT));
        double loss = Math.pow(-1.5 - target.x(), 2) + Math.pow(3.5 - target.y(), 2);
        assertThat(loss).isCloseTo(0.2778, within(1e-4));
    }

    private static ScoreField shifted(ScoreField field, double dx) {
        return new ScoreField() {
            @Override
            public void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out) {
                field.evaluate(a, s, xs, ys, n, out);
                for (int i = 0; i < n; i++) {
                    out.scoreX[i] += dx;
                }
            }

            @Override
            public int componentCost() {
                return field.componentCost();
            }
        };
    }


    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
