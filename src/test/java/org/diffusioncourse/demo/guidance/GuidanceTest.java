package org.diffusioncourse.demo.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.ClassifierGuidedField;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;

/**
 * Guidance against closed forms and independent computations: classifier guidance with the exact
 * classifier equals classifier-free guidance, the two-Gaussian example has its closed form, and
 * the guided sampler draws p(x) at w = 0 and p(x | y) at w = 1 within Monte Carlo error, then
 * shrinks for w &gt; 1.
 */
class GuidanceTest {

    private static final int N = 500;

    @Test
    void classifierGuidanceWithTheExactClassifierEqualsClassifierFreeGuidance() {
        UniformRandomProvider rng = Seeds.generator(11);
        for (ToyDataset d : new ToyDataset[] {ToyDataset.TWO_MOONS, ToyDataset.RINGS, ToyDataset.CHECKERBOARD}) {
            LabelledMixture m = d.labelled();
            int n = 64;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = 6 * rng.nextDouble() - 3;
                ys[i] = 6 * rng.nextDouble() - 3;
            }
            for (double[] as : new double[][] {{1, 0}, {0.9, 0.3}, {0.5, 0.85}, {0.05, 1}}) {
                for (double w : new double[] {0, 1, 2.5, 8}) {
                    FieldBuffer cfg = FieldBuffer.of(n);
                    FieldBuffer cg = FieldBuffer.of(n);
                    GuidedField.of(m, 1, w).evaluate(as[0], as[1], xs, ys, n, cfg);
                    ClassifierGuidedField.of(m, 1, w).evaluate(as[0], as[1], xs, ys, n, cg);
                    for (int i = 0; i < n; i++) {
                        double scale = 1 + Math.abs(cfg.scoreX[i]) + Math.abs(cfg.scoreY[i]);
                        assertThat(cg.scoreX[i]).as("%s a=%s s=%s w=%s", d, as[0], as[1], w).isCloseTo(cfg.scoreX[i], within(1e-10 * scale));
                        assertThat(cg.scoreY[i]).isCloseTo(cfg.scoreY[i], within(1e-10 * scale));
                        assertThat(cg.denoisedX[i]).isCloseTo(cfg.denoisedX[i], within(1e-10 * scale));
                        assertThat(cg.denoisedY[i]).isCloseTo(cfg.denoisedY[i], within(1e-10 * scale));
                    }
                }
            }
        }
    }

    @Test
    void theTwoGaussianExampleHasItsClosedForm() {
        for (double x : new double[] {-2, -1, 0, 0.3, 1, 2.5}) {
            double su = 3 * Math.tanh(3 * x) - x;
            double sc = 3 - x;
            for (double w : new double[] {0, 1, 3, 7}) {
                assertThat(GuidanceSweep.guidedScoreExample(x, w)).as("x=%s w=%s", x, w)
                        .isCloseTo(su + w * (sc - su), within(1e-12 * (1 + Math.abs(su + w * (sc - su)))));
            }
        }
    }

    @Test
    void withoutGuidanceTheSamplerDrawsTheUnconditionalTarget() {
        LabelledMixture m = ToyDataset.TWO_MOONS.labelled();
        PointCloud samples = sample(m, 0.0, 1);
        double energy = SampleMetrics.of(m.mixture(), samples, 0, Seeds.generator(77)).energyDistance();
        assertThat(energy).isLessThan(nullBand(m.mixture()));
    }

    @Test
    void atWeightOneTheSamplerDrawsTheClassConditionalTarget() {
        LabelledMixture m = ToyDataset.TWO_MOONS.labelled();
        GaussianMixture2D conditional = m.restrictTo(0);
        GuidanceSweep sweep = GuidanceSweep.of(m, 0, 1, N);
        GuidanceSweep.Point one = sweep.at(GuidanceSweep.WEIGHTS.indexOf(1.0));
        assertThat(one.energyDistance()).isLessThan(nullBand(conditional));
        // Spread against the exact sqrt(trace Cov): its standard error from the fourth moment,
        // SE(trace) = sd(|x - mu|^2) / sqrt(n), SE(spread) = SE(trace) / (2 spread).
        double[][] cov = conditional.covariance();
        double exactSpread = Math.sqrt(cov[0][0] + cov[1][1]);
        PointCloud big = conditional.sample(20_000, Seeds.generator(5));
        double[] mu = conditional.mean();
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < big.size(); i++) {
            double r2 = Math.pow(big.x(i) - mu[0], 2) + Math.pow(big.y(i) - mu[1], 2);
            m2 += r2 / big.size();
            m4 += r2 * r2 / big.size();
        }
        double se = Math.sqrt((m4 - m2 * m2) / N) / (2 * exactSpread);
        assertThat(one.spread()).isCloseTo(exactSpread, within(4 * se));
        assertThat(one.accuracy()).isGreaterThanOrEqualTo(sweep.exact().accuracy() - 4 * Math.sqrt(0.25 / N));
    }

    @Test
    void aboveWeightOneTheCloudShrinksAndLeavesTheClassDistribution() {
        GuidanceSweep sweep = GuidanceSweep.of(ToyDataset.TWO_MOONS.labelled(), 0, 1, N);
        int one = GuidanceSweep.WEIGHTS.indexOf(1.0);
        for (int i = one + 1; i < GuidanceSweep.WEIGHTS.size(); i++) {
            assertThat(sweep.at(i).spread()).as("spread at w = %s", GuidanceSweep.WEIGHTS.get(i))
                    .isLessThan(sweep.at(i - 1).spread());
            assertThat(sweep.at(i).accuracy()).isEqualTo(1.0);
        }
        assertThat(sweep.at(GuidanceSweep.WEIGHTS.size() - 1).energyDistance())
                .isGreaterThan(10 * nullBand(ToyDataset.TWO_MOONS.labelled().restrictTo(0)));
        assertThat(GuidanceSweep.WEIGHTS.get(sweep.closestToConditional())).isEqualTo(1.0);
    }

    private static PointCloud sample(LabelledMixture m, double w, long seed) {
        PointCloud start = PointCloud.standardNormal(N, Seeds.generator(seed));
        return Samplers.ddim(NoiseSchedule.named("linear", 1000), GuidanceSweep.STEPS, 1.0)
                .runFrom(GuidedField.of(m, 0, w), start, Seeds.generator(seed + 1), PathSelection.none()).samples();
    }

    /**
     * The energy distance between N exact draws and the target, over 12 independent replicates:
     * mean + 4 sd bounds what Monte Carlo error alone produces.
     */
    private static double nullBand(GaussianMixture2D target) {
        int reps = 12;
        double[] e = new double[reps];
        for (int r = 0; r < reps; r++) {
            e[r] = SampleMetrics.of(target, target.sample(N, Seeds.generator(1000 + r)), 0, Seeds.generator(2000 + r))
                    .energyDistance();
        }
        double mean = java.util.Arrays.stream(e).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(e).map(v -> (v - mean) * (v - mean)).sum() / (reps - 1));
        return mean + 4 * sd;
    }
}
