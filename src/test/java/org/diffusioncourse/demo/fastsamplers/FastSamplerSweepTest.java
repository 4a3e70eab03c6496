package org.diffusioncourse.demo.fastsamplers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.demo.landscape.SigmaFlowReference;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.DpmSolverSampler;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;

/**
 * The fast samplers of the fast-samplers lesson against closed forms and independent references:
 * the Karras levels, DDIM as an Euler step in sigma, the first-order DPM-Solver++ update as the
 * DDIM map, the sigma-form reference against the VP reference, the measured orders and the
 * target distribution.
 */
class FastSamplerSweepTest {

    private static final GaussianMixture2D FIVE_MODES = ToyDataset.FIVE_MODES.mixture();

    @Test
    void theKarrasLevelsMatchValuesComputedIndependently() {
        // NumPy: r = linspace(0, 1, 5); (80**(1/7) + r * (0.002**(1/7) - 80**(1/7)))**7, then 0.
        double[] expected = {80.0, 17.52783196464411, 2.515200, 0.169800, 0.002, 0.0};
        double[] sigmas = Samplers.karrasSigmas(5, 0.002, 80, 7);
        assertThat(sigmas).hasSize(6);
        for (int i = 0; i < expected.length; i++) {
            assertThat(sigmas[i]).as("sigma_%d", i).isCloseTo(expected[i], within(5e-5 * Math.max(1, expected[i])));
        }
    }

    @Test
    void ddimWithEtaZeroIsAnEulerStepOfTheSigmaOdeInTheRescaledVariable() {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        NoisedMixture field = NoisedMixture.of(FIVE_MODES);
        PointCloud eps = PointCloud.standardNormal(20, Seeds.generator(4));
        PointCloud ddim = Samplers.ddim(linear, 4, 0.0).runFrom(field, eps, Seeds.generator(0), PathSelection.none()).samples();
        int[] taus = {1000, 750, 500, 250, 0};
        for (int i = 0; i < eps.size(); i++) {
            double x = eps.x(i) / Math.sqrt(linear.alphaBar(1000));
            double y = eps.y(i) / Math.sqrt(linear.alphaBar(1000));
            for (int k = 0; k + 1 < taus.length; k++) {
                double sigma = SigmaFlowReference.ddimSigma(linear, taus[k]);
                double next = SigmaFlowReference.ddimSigma(linear, taus[k + 1]);
                Vec2 d = field.denoised(x, y, 1, sigma);
                x += (next - sigma) * (x - d.x()) / sigma;
                y += (next - sigma) * (y - d.y()) / sigma;
            }
            assertThat(ddim.x(i)).isCloseTo(x, within(1e-9));
            assertThat(ddim.y(i)).isCloseTo(y, within(1e-9));
        }
    }

    @Test
    void theFirstOrderDpmSolverUpdateIsTheDdimMapAfterRescaling() {
        VpSde vp = VpSde.standard();
        double u = 0.7;
        double t = 0.4;
        double au = vp.signalScale(u);
        double su = vp.noiseStd(u);
        double at = vp.signalScale(t);
        double st = vp.noiseStd(t);
        double h = Math.log(at / st) - Math.log(au / su);
        double x = 0.83;
        double d = -1.2;
        double dpm = DpmSolverSampler.step(x, su, st, at, h, 1, d, 0, true);
        double sigmaU = su / au;
        double sigmaT = st / at;
        double ddimBar = x / au + (sigmaT - sigmaU) * (x / au - d) / sigmaU;
        assertThat(dpm / at).isCloseTo(ddimBar, within(1e-12));
    }

    @Test
    void theSigmaReferenceAgreesWithTheIndependentVpReferenceAfterRescaling() {
        VpSde vp = VpSde.standard();
        NoisedMixture field = NoisedMixture.of(FIVE_MODES);
        PointCloud eps = PointCloud.standardNormal(50, Seeds.generator(9));
        PointCloud vpEnd = Samplers.referenceOde(vp, 1e-11).runFrom(field, eps, Seeds.generator(0), PathSelection.none()).samples();
        double a1 = vp.signalScale(1);
        double aEnd = vp.signalScale(1e-3);
        double[] xs = eps.xs();
        double[] ys = eps.ys();
        for (int i = 0; i < xs.length; i++) {
            xs[i] /= a1;
            ys[i] /= a1;
        }
        PointCloud sigmaEnd = SigmaFlowReference.solve(field, PointCloud.of(xs, ys), vp.noiseStd(1) / a1,
                vp.noiseStd(1e-3) / aEnd, 1e-11);
        for (int i = 0; i < xs.length; i++) {
            assertThat(sigmaEnd.x(i) * aEnd).isCloseTo(vpEnd.x(i), within(1e-6));
            assertThat(sigmaEnd.y(i) * aEnd).isCloseTo(vpEnd.y(i), within(1e-6));
        }
    }

    // Measured on five modes, seed 1, 400 particles: 0.95, 2.33 and 1.89; seeds 2 to 4 move them
    // by at most 0.03. The bands allow for the finite fit range around the theoretical 1, 2, 2.
    @Test
    void theMeasuredOrdersAreOneForDdimAndAboutTwoForTheSecondOrderSamplers() {
        FastSamplerSweep sweep = FastSamplerSweep.of(FIVE_MODES, 1, 400);
        assertThat(sweep.order(Method.DDIM)).isBetween(0.85, 1.15);
        assertThat(sweep.order(Method.EDM_HEUN)).isBetween(1.8, 2.6);
        assertThat(sweep.order(Method.DPM_SOLVER)).isBetween(1.7, 2.3);
        int last = FastSamplerSweep.BUDGETS.size() - 1;
        assertThat(sweep.run(Method.DPM_SOLVER, last).nfe()).isEqualTo(101);
        assertThat(sweep.run(Method.EDM_HEUN, last).nfe()).isEqualTo(101);
        assertThat(sweep.run(Method.EDM_HEUN, last).steps()).isEqualTo(51);
    }

    @Test
    void atAGenerousBudgetEverySamplerPutsEachModeItsShareOfTheSamples() {
        int n = 400;
        FastSamplerSweep sweep = FastSamplerSweep.of(FIVE_MODES, 2, n);
        // Each of the 5 equal modes holds 1/5; its count is binomial, so 4 standard errors is
        // 4 sqrt(0.2 * 0.8 / 400) = 0.08.
        double band = 4 * Math.sqrt(0.2 * 0.8 / n);
        for (Method m : Method.values()) {
            PointCloud samples = sweep.run(m, FastSamplerSweep.BUDGETS.size() - 1).samples();
            for (double f : SampleMetrics.modeFractions(FIVE_MODES, samples)) {
                assertThat(f).as(m.label()).isCloseTo(0.2, within(band));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSweep() {
        FastSamplerSweep a = FastSamplerSweep.of(ToyDataset.TWO_BLOBS.mixture(), 5, 60);
        FastSamplerSweep b = FastSamplerSweep.of(ToyDataset.TWO_BLOBS.mixture(), 5, 60);
        for (Method m : Method.values()) {
            assertThat(a.errors(m)).containsExactly(b.errors(m));
            assertThat(a.run(m, 3).samples()).isEqualTo(b.run(m, 3).samples());
        }
    }
}
