package org.diffusioncourse.simulation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/**
 * The failure modes: healthy at level 0, each failing in its own way as severity grows, Langevin's
 * step bias as its closed form predicts, seeded and refusing what it cannot run.
 */
class FailureModeTest {

    private static final LabelledMixture MOONS = ToyDataset.TWO_MOONS.labelled();

    @Test
    void levelZeroOfEveryModeIsAsCloseToItsTargetAsExactDrawsAre() {
        for (FailureMode mode : FailureMode.values()) {
            SeveritySweep.Level healthy = SeveritySweep.single(MOONS, mode, 0, 500, 1);
            SampleEvaluation floor = SeveritySweep.baseline(MOONS, mode, 500, 1);
            // FD of exact draws at n = 500 is about 0.003; DDIM's own error at 50 to 100 steps adds up to 0.01.
            assertThat(healthy.evaluation().frechet()).as(mode.id()).isLessThan(floor.frechet() + 0.02);
            assertThat(healthy.evaluation().precision()).as(mode.id()).isGreaterThan(floor.precision() - 0.05);
            assertThat(healthy.evaluation().recall()).as(mode.id()).isGreaterThan(floor.recall() - 0.1);
            assertThat(healthy.evaluation().coverage()).as(mode.id()).isEqualTo(1.0);
        }
    }

    @Test
    void tooFewStepsWorsenEveryDistanceAndEndInTheMean() {
        SeveritySweep sweep = SeveritySweep.of(MOONS, FailureMode.FEW_STEPS, 500, 1);
        for (int l = 3; l < FailureMode.LEVELS; l++) {
            assertThat(sweep.at(l).evaluation().frechet()).isGreaterThan(sweep.at(l - 1).evaluation().frechet());
            assertThat(sweep.at(l).evaluation().energy()).isGreaterThan(sweep.at(l - 1).evaluation().energy());
        }
        // One DDIM step returns D(x_T), close to the target's mean for every start: FD ~ tr Cov = 2.
        assertThat(sweep.at(6).evaluation().frechet()).isCloseTo(2.0, within(0.1));
        assertThat(sweep.at(6).evaluation().recall()).isZero();
    }

    @Test
    void memorisationKeepsPrecisionAndLosesRecall() {
        SeveritySweep.Level worst = SeveritySweep.single(MOONS, FailureMode.MEMORISATION, 6, 500, 1);
        assertThat(worst.copyShare()).isEqualTo(1.0);
        assertThat(worst.evaluation().precision()).isGreaterThan(0.9);
        assertThat(worst.evaluation().recall()).isLessThan(0.05);
        assertThat(worst.model().training()).isNotNull();
        assertThat(worst.model().training().size()).isEqualTo(3);
    }

    @Test
    void overGuidanceIsMeasuredAgainstTheGuidedClassAndLosesRecall() {
        assertThat(FailureMode.OVER_GUIDANCE.reference(MOONS).components()).isEqualTo(24);
        SeveritySweep sweep = SeveritySweep.of(MOONS, FailureMode.OVER_GUIDANCE, 500, 1);
        assertThat(sweep.at(6).evaluation().recall()).isLessThan(sweep.at(0).evaluation().recall() - 0.1);
        assertThat(sweep.at(6).evaluation().precision()).isGreaterThan(0.95);
    }

    /**
     * Unadjusted Langevin on one Gaussian N(0, sigma^2 I) with step h settles at variance
     * sigma^2 / (1 - h / (4 sigma^2)): 8 sigma^2 at h = 3.5 sigma^2. From exact draws the
     * variance approaches it as (1 - h / (2 sigma^2))^(2k) = 0.5625^k, gone after 50 steps. The
     * sample variance of 2000 x 2 coordinates has relative sd sqrt(2 / 4000) = 2.2%; tolerance 5 sd.
     */
    @Test
    void langevinsStepBiasIsTheClosedFormOnOneGaussian() {
        double sigma = 0.3;
        LabelledMixture one = LabelledMixture.unlabelled(GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}},
                new double[] {sigma}));
        for (int level : new int[] {3, 6}) {
            double h = FailureMode.LANGEVIN_STEP.setting(one, level);
            PointCloud samples = FailureMode.LANGEVIN_STEP.sample(one, level, 2000, 4).samples();
            double[][] cov = samples.covariance();
            double variance = 0.5 * (cov[0][0] + cov[1][1]);
            double expected = sigma * sigma / (1 - h / (4 * sigma * sigma));
            assertThat(variance).as("level %d, h = %s", level, h).isCloseTo(expected, within(5 * Math.sqrt(2.0 / 4000) * expected));
        }
    }

    @Test
    void theSameSeedGivesTheSameSamplesAndRefusalsNameTheParameter() {
        assertThat(FailureMode.FEW_STEPS.sample(MOONS, 2, 50, 9).samples())
                .isEqualTo(FailureMode.FEW_STEPS.sample(MOONS, 2, 50, 9).samples());
        assertThatThrownBy(() -> FailureMode.FEW_STEPS.sample(MOONS, 7, 50, 1))
                .hasMessage("severity must be between 0 and 6, was 7");
        assertThatThrownBy(() -> FailureMode.FEW_STEPS.sample(MOONS, 1, 5000, 1)).hasMessage("n must be between 10 and 2000, was 5000");
        assertThatThrownBy(() -> FailureMode.OVER_GUIDANCE.sample(ToyDataset.SPIRAL.labelled(), 1, 50, 1))
                .hasMessageStartingWith("failure over-guidance needs a target with at least 2 classes, and this one has 1");
        LabelledMixture wide = LabelledMixture.unlabelled(GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}},
                new double[] {0.7}));
        // h = c 0.49 exceeds 1 from c = 2.5 on, so levels 0 .. 4 run.
        assertThatThrownBy(() -> FailureMode.LANGEVIN_STEP.requireRunnable(wide, 5)).hasMessage("severity 5 of langevin-step "
                + "would take h = 1.47 (3 σ_min²), above the largest step 1 the sampler takes; on this target the severity "
                + "must be between 0 and 4");
        FailureMode.LANGEVIN_STEP.requireRunnable(wide, 4);
        assertThatThrownBy(() -> FailureMode.byId("blur")).hasMessageContaining("few-steps");
    }
}
