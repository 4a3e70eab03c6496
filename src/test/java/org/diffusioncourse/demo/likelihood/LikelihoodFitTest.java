package org.diffusioncourse.demo.likelihood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The quartic energy model, its quadrature and the maximum-likelihood fit, against closed
 * forms, independent reference values (quartic.csv, made by make_quartic_reference.py with
 * SciPy's adaptive quadrature and a Bessel-function closed form) and data drawn from a known
 * model.
 */
class LikelihoodFitTest {

    /** The 401-point rule on [-6, 6]: the tails beyond 6 hold at most about 1e-8 of N(0, 1). */
    private static final double QUADRATURE = 1e-7;
    /** Central differences with step 1e-5 on a quartic: truncation about 1e-9. */
    private static final double FINITE_DIFFERENCE = 1e-6;
    /** After 40 damped steps the gap to the optimum is about 0.7^40 = 6e-7 of the first one. */
    private static final double CONVERGED = 1e-5;

    @Test
    void theGaussianCaseHasTheClosedFormNormalisingConstant() {
        for (double a : new double[] {0.5, 2.0}) {
            GridQuadrature.Moments m = LikelihoodFit.RULE.moments(QuarticEnergy.of(a, 0));
            assertThat(m.z()).as("Z for theta1 = %s", a).isCloseTo(Math.sqrt(Math.PI / a), within(QUADRATURE));
            assertThat(m.x2()).isCloseTo(1 / (2 * a), within(QUADRATURE));
        }
        assertThat(LikelihoodFit.START.energy(1.0)).isEqualTo(0.5);
    }

    @Test
    void theQuadratureMatchesIndependentReferenceValues() throws IOException {
        List<String> rows = csv("quartic.csv");
        assertThat(rows).hasSize(8);
        for (String row : rows) {
            String[] f = row.split(",");
            QuarticEnergy model = QuarticEnergy.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            GridQuadrature.Moments m = LikelihoodFit.RULE.moments(model);
            assertThat(m.z()).as("Z at %s", model).isCloseTo(Double.parseDouble(f[2]), within(QUADRATURE));
            assertThat(m.x2()).as("E[x^2] at %s", model).isCloseTo(Double.parseDouble(f[3]), within(QUADRATURE));
            assertThat(m.x4()).as("E[x^4] at %s", model).isCloseTo(Double.parseDouble(f[4]), within(1e-5));
        }
    }

    @Test
    void theScoreIsTheDerivativeOfTheLogDensityWhateverZIs() {
        QuarticEnergy model = QuarticEnergy.of(-0.93, 0.44);
        double h = 1e-5;
        for (double x : new double[] {-2, -0.5, 0, 1, 2.5}) {
            for (double logZ : new double[] {0, 1.45, 10}) {
                double numeric = (model.logDensity(x + h, logZ) - model.logDensity(x - h, logZ)) / (2 * h);
                assertThat(model.score(x)).as("score at %s with log Z %s", x, logZ).isCloseTo(numeric, within(FINITE_DIFFERENCE));
            }
            double slope = (model.score(x + h) - model.score(x - h)) / (2 * h);
            assertThat(model.scoreSlope(x)).isCloseTo(slope, within(FINITE_DIFFERENCE));
        }
    }

    @Test
    void theRuleConvergesQuicklyInOneDimensionButAGridGrowsLikeMToTheD() {
        QuarticEnergy model = QuarticEnergy.of(-0.93, 0.44);
        double reference = GridQuadrature.of(6, 20_001).moments(model).z();
        assertThat(Math.abs(GridQuadrature.of(6, 21).moments(model).z() - reference)).isGreaterThan(1e-3);
        assertThat(Math.abs(GridQuadrature.of(6, 41).moments(model).z() - reference)).isLessThan(1e-5);
        assertThat(Math.abs(GridQuadrature.of(6, 81).moments(model).z() - reference)).isLessThan(1e-12);
        assertThat(GridQuadrature.gridSize(100, 1)).isEqualTo(100);
        assertThat(GridQuadrature.gridSize(100, 10)).isEqualTo(1e20);
    }

    @Test
    void theFitClimbsTheLikelihoodAndEndsWhereModelMomentsMatchTheData() {
        LikelihoodFit fit = LikelihoodScene.of(3, 500).fit();
        List<LikelihoodFit.Step> steps = fit.steps();
        assertThat(steps).hasSize(LikelihoodFit.ITERATIONS + 1);
        for (int k = 1; k < steps.size(); k++) {
            assertThat(steps.get(k).meanLogLikelihood()).as("step %d", k)
                    .isGreaterThanOrEqualTo(steps.get(k - 1).meanLogLikelihood() - 1e-12);
        }
        LikelihoodFit.Step last = fit.last();
        assertThat(last.modelX2()).isCloseTo(fit.dataX2(), within(CONVERGED));
        assertThat(last.modelX4()).isCloseTo(fit.dataX4(), within(CONVERGED));
        // A maximum: any small move of theta lowers the mean log-likelihood.
        for (int dir = 0; dir < 8; dir++) {
            double angle = Math.PI * dir / 4;
            QuarticEnergy moved = QuarticEnergy.of(last.model().theta1() + 1e-2 * Math.cos(angle),
                    last.model().theta2() + 1e-2 * Math.sin(angle));
            double logLik = -moved.theta1() * fit.dataX2() - moved.theta2() * fit.dataX4()
                    - LikelihoodFit.RULE.moments(moved).logZ();
            assertThat(logLik).as("direction %d", dir).isLessThan(last.meanLogLikelihood());
        }
    }

    @Test
    void heavyTailedDataPushTheFitTowardsTheGaussianEdgeWithoutLeavingTheFamily() {
        // 20 points with seed 243 have mean x^4 > 3 (mean x^2)^2: the best normalisable quartic is
        // the Gaussian theta = (1 / (2 mean x^2), 0), with l = -1/2 - log(2 pi mean x^2) / 2.
        LikelihoodFit fit = LikelihoodScene.of(243, 20).fit();
        assertThat(fit.dataX4()).isGreaterThan(3 * fit.dataX2() * fit.dataX2());
        double edge = -0.5 - 0.5 * Math.log(2 * Math.PI * fit.dataX2());
        for (int k = 1; k < fit.steps().size(); k++) {
            LikelihoodFit.Step step = fit.step(k);
            assertThat(step.model().theta2()).isGreaterThanOrEqualTo(0);
            assertThat(step.meanLogLikelihood()).as("step %d", k)
                    .isGreaterThanOrEqualTo(fit.step(k - 1).meanLogLikelihood() - 1e-12)
                    .isLessThanOrEqualTo(edge + 1e-9);
        }
        assertThat(fit.last().meanLogLikelihood()).isCloseTo(edge, within(5e-3));
    }

    @Test
    void dataFromAKnownModelGiveBackItsParametersWithinTheMonteCarloError() {
        QuarticEnergy truth = QuarticEnergy.of(-1.0, 0.5);
        int n = 20_000;
        double[] data = QuarticSamples.draw(truth, n, Seeds.generator(11));
        LikelihoodFit.Step last = LikelihoodFit.of(data).last();
        // Asymptotic covariance of the MLE: F^-1 / n, F = Cov_truth(x^2, x^4).
        GridQuadrature.Moments m = LikelihoodFit.RULE.moments(truth);
        double f11 = m.x4() - m.x2() * m.x2();
        double f12 = m.x6() - m.x2() * m.x4();
        double f22 = m.x8() - m.x4() * m.x4();
        double det = f11 * f22 - f12 * f12;
        double sd1 = Math.sqrt(f22 / det / n);
        double sd2 = Math.sqrt(f11 / det / n);
        assertThat(last.model().theta1()).isCloseTo(truth.theta1(), within(4 * sd1));
        assertThat(last.model().theta2()).isCloseTo(truth.theta2(), within(4 * sd2));
        assertThat(sd1).as("the test must be able to fail").isLessThan(0.05);
    }

    @Test
    void modelsThatCannotBeNormalisedAreRefusedByName() {
        assertThatIllegalArgumentException().isThrownBy(() -> QuarticEnergy.of(1, -0.1)).withMessageContaining("theta2");
        assertThatIllegalArgumentException().isThrownBy(() -> QuarticEnergy.of(-1, 0)).withMessageContaining("theta1");
        assertThatIllegalArgumentException().isThrownBy(() -> GridQuadrature.of(6, 2)).withMessageContaining("points");
        assertThatIllegalArgumentException().isThrownBy(() -> LikelihoodFit.of(new double[] {1}))
                .withMessageContaining("data");
    }


    private static List<String> csv(String name) throws IOException {
        try (InputStream in = LikelihoodFitTest.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }
}
