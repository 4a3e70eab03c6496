package org.diffusioncourse.simulation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

/**
 * The probability-flow log-likelihood converges to the true log-density as the steps grow, at
 * the fourth order of RK4, and Hutchinson's estimator has the mean and variance of its closed forms.
 */
class FlowLikelihoodTest {

    @Test
    void theFlowLogLikelihoodConvergesToTheTrueLogDensityAtFourthOrder() {
        // On the data, between modes, and far out (log p = -50 on the eight Gaussians, the stiffest case).
        double[][] points = {{0.5, 0.3}, {-1.0, 0.2}, {0.0, -0.4}};
        for (ToyDataset d : new ToyDataset[] {ToyDataset.TWO_MOONS, ToyDataset.EIGHT_GAUSSIANS, ToyDataset.TWO_BLOBS}) {
            FlowLikelihood flow = FlowLikelihood.of(d.mixture());
            for (double[] p : points) {
                FlowLikelihood.Result r800 = flow.at(p[0], p[1], 800);
                FlowLikelihood.Result r1600 = flow.at(p[0], p[1], 1600);
                double e800 = Math.abs(r800.flowLogDensity() - r800.trueLogDensity());
                double e1600 = Math.abs(r1600.flowLogDensity() - r1600.trueLogDensity());
                assertThat(e1600).as("%s %s,%s at 1600 steps", d, p[0], p[1]).isLessThan(1e-5);
                // RK4 halves the step: the error falls by 2^4 = 16 once in the asymptotic range; ask for 10.
                if (e800 > 1e-10) {
                    assertThat(e1600).as("%s %s,%s halving the step", d, p[0], p[1]).isLessThan(e800 / 10);
                }
                // The prior N(0, I) is p_1 up to a(1) = 0.0066: far below a lesson's 3 decimals.
                assertThat(Math.abs(r800.logPrior() - r800.exactEndLogDensity())).isLessThan(1e-3);
            }
        }
    }

    @Test
    void hutchinsonsEstimatorHasItsClosedFormMeanAndVariance() {
        double p = -3.0;
        double q = 1.2;
        double r = 0.7;
        int m = 40_000;
        // Relative sd of a sample variance is sqrt((kappa - 1) / m); a quadratic form in Gaussians has kurtosis <= 15.
        double varianceTolerance = 5 * Math.sqrt(14.0 / m);
        for (Hutchinson.Probe probe : Hutchinson.Probe.values()) {
            Hutchinson.Estimate e = Hutchinson.estimate(probe, p, q, r, m, Seeds.generator(3));
            double variance = Hutchinson.variance(probe, p, q, r);
            assertThat(e.exactVariance()).isEqualTo(variance);
            assertThat(e.mean()).as(probe.id()).isCloseTo(p + r, within(5 * Math.sqrt(variance / m)));
            assertThat(e.sd() * e.sd()).as(probe.id()).isCloseTo(variance, within(varianceTolerance * variance));
        }
        assertThat(Hutchinson.variance(Hutchinson.Probe.RADEMACHER, p, q, r)).isEqualTo(4 * q * q);
        assertThat(Hutchinson.variance(Hutchinson.Probe.GAUSSIAN, p, q, r)).isEqualTo(2 * (p * p + r * r + 2 * q * q));
        Hutchinson.Estimate diagonal = Hutchinson.estimate(Hutchinson.Probe.RADEMACHER, p, 0, r, 10, Seeds.generator(1));
        assertThat(diagonal.mean()).as("Rademacher probes are exact on a diagonal").isEqualTo(p + r);
        assertThat(diagonal.sd()).isZero();
    }

    @Test
    void aPointsHutchinsonEstimatesAverageToTheExactDivergenceIntegral() {
        FlowLikelihood.Result r = FlowLikelihood.of(ToyDataset.TWO_MOONS.mixture()).at(0.2, 0.6, 200);
        Hutchinson.Estimate e = Hutchinson.estimate(Hutchinson.Probe.GAUSSIAN, r.jxx(), r.jxy(), r.jyy(), 20_000,
                Seeds.generator(9));
        assertThat(e.mean()).isCloseTo(r.divergenceIntegral(), within(5 * Math.sqrt(e.exactVariance() / 20_000)));
        assertThat(r.jxx() + r.jyy()).isEqualTo(r.divergenceIntegral());
    }

    @Test
    void refusalsNameTheParameterAndTheRange() {
        FlowLikelihood flow = FlowLikelihood.of(ToyDataset.TWO_MOONS.mixture());
        assertThatThrownBy(() -> flow.at(0, 0, 0)).hasMessage("steps must be between 1 and 10000, was 0");
        assertThatThrownBy(() -> flow.at(Double.NaN, 0, 10)).hasMessageContaining("x must be between");
        assertThatThrownBy(() -> Hutchinson.Probe.byId("sphere")).hasMessageContaining("rademacher");
    }
}
