package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

/** Dwell times of Langevin dynamics between two modes against the exact mean first-passage time. */
class LangevinDwellTest {

    /** Standard errors allowed between a Monte Carlo estimate and its reference (two-sided p about 6e-5). */
    private static final double STANDARD_ERRORS = 4;
    /**
     * A discretely watched level is crossed late, as if it sat this many sqrt(h) further out
     * (Broadie, Glasserman and Kou's continuity correction, zeta(1/2) / sqrt(2 pi) = 0.5826).
     */
    private static final double OVERSHOOT = 0.5826;

    @Test
    void aShallowBarrierIsCrossedAtTheExactMeanFirstPassageRate() {
        // Modes at +-1 with sigma = 0.5: about 7 time units per switch, so 200 x 100,000 steps of h = 0.002 see ~5,700.
        LangevinDwell shallow = LangevinDwell.of(1, 0.5);
        double h = 0.002;
        LangevinDwell.Run run = shallow.run(h, 200, 100_000, Seeds.generator(6));
        double reference = shallow.meanPassageTime(0.5 + OVERSHOOT * Math.sqrt(h));
        // Exponential dwells: the relative standard error of S / E is 1 / sqrt(E).
        double standardError = reference / Math.sqrt(run.switches());
        assertThat(run.switches()).isGreaterThan(4000);
        assertThat(run.stepsPerSwitch() * h).isCloseTo(reference, within(STANDARD_ERRORS * standardError));
        // Both modes are visited in equal measure; the share is set by about E exponential dwells, standard error near 0.5 / sqrt(E / 2).
        assertThat(run.rightShare()).isCloseTo(0.5, within(STANDARD_ERRORS * 0.5 / Math.sqrt(run.switches() / 2.0)));
    }

    @Test
    void theChaptersModesAreTooFarApartToSwitchAtSmallSteps() {
        LangevinDwell chapter = LangevinDwell.chapter();
        // 2 x 0.5 / p(0) over the barrier's width: e^18 scale, about 2.2e7 time units.
        assertThat(chapter.meanDwellTime()).isBetween(2.0e7, 2.5e7);
        LangevinDwell.Run run = chapter.run(0.01, 100, 20_000, Seeds.generator(4));
        assertThat(run.switches()).isZero();
        assertThat(run.stepsPerSwitch()).isInfinite();
        // From the saddle each particle picks a side with probability 1/2: binomial(100, 1/2).
        assertThat(run.firstRight()).isCloseTo(50, within((int) Math.ceil(STANDARD_ERRORS * 5)));
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        LangevinDwell chapter = LangevinDwell.chapter();
        assertThat(chapter.run(0.7, 20, 2_000, Seeds.generator(9))).isEqualTo(chapter.run(0.7, 20, 2_000, Seeds.generator(9)));
    }

    @Test
    void theLinearisedChainSettlesWiderThanTheMode() {
        LangevinDwell chapter = LangevinDwell.chapter();
        assertThat(chapter.stableLimit()).isEqualTo(1.0);
        assertThat(chapter.chainSpread(0.9)).isCloseTo(0.5 / Math.sqrt(0.1), within(1e-12));
        assertThat(chapter.chainSpread(0.01)).isCloseTo(0.5 / Math.sqrt(0.99), within(1e-12));
    }

    @Test
    void refusesAStepBeyondTheStableLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> LangevinDwell.chapter().run(1.0, 1, 1, Seeds.generator(1)))
                .withMessage("h must be in (0, 1.0), was 1.0");
    }
}
