package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sampler, driven by the exact field, reaches the five-mode target: mean, covariance and
 * mode weights within Monte Carlo error plus a small allowance for the discretisation bias.
 */
class SamplerDistributionTest {

    private static final int N = 2000;
    private static final double STANDARD_ERRORS = 5.0;
    /** Target std per axis is about 1, so the mean has standard error 1 / sqrt(n). */
    private static final double MEAN_TOLERANCE = STANDARD_ERRORS / Math.sqrt(N);
    /** A variance estimate has standard error about sqrt(2 / n) for light tails; plus 0.05 bias. */
    private static final double COVARIANCE_TOLERANCE = STANDARD_ERRORS * Math.sqrt(2.0 / N) + 0.05;
    /** Each of 5 mode fractions has sd sqrt(0.16 / n) = 0.009; their half-sum stays under 0.05. */
    private static final double MODE_TOLERANCE = 0.05;

    static Stream<Arguments> samplers() {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        return Stream.of(
                Arguments.of("ddpm beta_tilde", Samplers.ddpm(linear, true)),
                Arguments.of("ddpm beta", Samplers.ddpm(NoiseSchedule.named("cosine", 1000), false)),
                Arguments.of("ddim eta 0", Samplers.ddim(linear, 50, 0)),
                Arguments.of("ddim eta 1", Samplers.ddim(linear, 200, 1)),
                Arguments.of("reverse sde vp", Samplers.reverseSde(VpSde.standard(), 500)),
                Arguments.of("reverse sde ve", Samplers.reverseSde(VeSde.standard(), 1000)),
                Arguments.of("pf euler vp", Samplers.probabilityFlowEuler(VpSde.standard(), 200)),
                Arguments.of("pf heun ve", Samplers.probabilityFlowHeun(VeSde.standard(), 50)),
                Arguments.of("edm heun", Samplers.edmHeun(18)),
                Arguments.of("dpm-solver++ vp", Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 20)),
                Arguments.of("dpm-solver++ ve", Samplers.dpmSolverPlusPlus2M(VeSde.standard(), 30)),
                Arguments.of("dpm-solver++ ve edm", Samplers.dpmSolverPlusPlus2M(VeSde.of(0.002, 80), 30)),
                Arguments.of("reverse sde ve edm", Samplers.reverseSde(VeSde.of(0.002, 80), 1000)),
                Arguments.of("flow euler", Samplers.flowMatching(100, false)),
                Arguments.of("flow heun", Samplers.flowMatching(20, true)),
                Arguments.of("flow sde", Samplers.flowSde(200, 1.0)),
                Arguments.of("annealed langevin", Samplers.annealedLangevin(10, 100, 3, 0.05, 2e-3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplers")
    void eachSamplerReachesTheFiveModeTarget(String name, Sampler sampler) {
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        SampleRun run = sampler.run(NoisedMixture.of(target), N, Seeds.generator(5), PathSelection.none());
        SampleMetrics m = SampleMetrics.of(target, run, Seeds.generator(6));
        double[][] cov = run.samples().covariance();
        double[][] exact = target.covariance();
        assertThat(m.meanError()).as("mean error").isLessThan(MEAN_TOLERANCE * Math.sqrt(2));
        assertThat(cov[0][0]).as("var x").isCloseTo(exact[0][0], within(COVARIANCE_TOLERANCE));
        assertThat(cov[1][1]).as("var y").isCloseTo(exact[1][1], within(COVARIANCE_TOLERANCE));
        assertThat(cov[0][1]).as("cov xy").isCloseTo(exact[0][1], within(COVARIANCE_TOLERANCE));
        assertThat(m.modeTotalVariation()).as("mode TV").isLessThan(MODE_TOLERANCE);
        assertThat(run.nfe()).isEqualTo(sampler.evaluationsPerParticle());
    }
}
