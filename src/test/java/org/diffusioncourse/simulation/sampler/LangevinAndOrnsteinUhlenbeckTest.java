package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.demo.sde.OrnsteinUhlenbeck;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

class LangevinAndOrnsteinUhlenbeckTest {

    /** The chapter prints three decimals. */
    private static final double PRINTED = 0.0005;
    private static final double STANDARD_ERRORS = 5.0;

    private static GaussianMixture2D normalThreeOne() {
        return GaussianMixture2D.of(new double[] {1}, new double[][] {{3, 3}}, new double[] {1});
    }

    @Test
    void theFirstLangevinStepsOfChapterFourAreReproducedFromTheirNoise() {
        // Target N(3, 1), h = 0.01, X_0 = -2, eps = 0.3, -1.2, 0.8 -> -1.945, -2.040, ...
        NoisedMixture target = NoisedMixture.of(normalThreeOne());
        double x = -2;
        double[] eps = {0.3, -1.2, 0.8};
        double[] printed = {-1.945, -2.040, -1.935};
        for (int k = 0; k < 3; k++) {
            double score = target.score(x, 3, 1, 0).x();
            assertThat(score).isCloseTo(-(x - 3), within(1e-12));
            x = LangevinSampler.step(x, score, 0.01, eps[k]);
            assertThat(x).isCloseTo(printed[k], within(PRINTED + 1e-4));
        }
    }

    @Test
    void longRunLangevinOnNormalThreeOneHasMeanThreeAndVarianceOne() {
        int n = 4000;
        SampleRun run = Samplers.langevin(3000, 0.01).run(NoisedMixture.of(normalThreeOne()), n,
                Seeds.generator(11), PathSelection.of(0, 1));
        PointCloud x = run.samples();
        // ULA's stationary variance is 1 / (1 - h/4) = 1.0025: inside the Monte Carlo band.
        assertThat(x.meanX()).isCloseTo(3, within(STANDARD_ERRORS / Math.sqrt(n)));
        assertThat(x.meanY()).isCloseTo(3, within(STANDARD_ERRORS / Math.sqrt(n)));
        assertThat(x.covariance()[0][0]).isCloseTo(1, within(STANDARD_ERRORS * Math.sqrt(2.0 / n)));
        assertThat(x.covariance()[1][1]).isCloseTo(1, within(STANDARD_ERRORS * Math.sqrt(2.0 / n)));
        assertThat(run.nfe()).isEqualTo(3000);
        assertThat(run.paths()).hasSize(2);
        assertThat(run.paths().get(1).length()).isEqualTo(3001);
        assertThat(run.paths().get(1).xs()[3000]).isEqualTo(x.x(1));
    }

    @Test
    void theOrnsteinUhlenbeckProcessSettlesAtVarianceSigmaSquaredOverTwoTheta() {
        int n = 20_000;
        OrnsteinUhlenbeck ou = OrnsteinUhlenbeck.of(2, 1.5);
        assertThat(ou.stationaryVariance()).isEqualTo(0.5625);
        PointCloud start = PointCloud.of(new double[n], new double[n]);
        PointCloud exact = ou.exact(start, 10, Seeds.generator(1));
        double tol = STANDARD_ERRORS * Math.sqrt(2.0 / n) * 0.5625;
        assertThat(exact.covariance()[0][0]).isCloseTo(0.5625, within(tol));
        // Euler-Maruyama's own stationary variance is sigma^2 / (theta (2 - theta h)).
        double h = 0.01;
        PointCloud euler = ou.euler(start, 10, 1000, Seeds.generator(2));
        assertThat(euler.covariance()[1][1]).isCloseTo(1.5 * 1.5 / (2 * (2 - 2 * h)), within(tol));
    }

    @Test
    void annealedLangevinStepsScaleWithSigmaSquared() {
        SampleRun run = Samplers.annealedLangevin(3, 2, 1, 0.1, 1e-3)
                .run(NoisedMixture.of(normalThreeOne()), 5, Seeds.generator(1), PathSelection.of(4));
        assertThat(run.nfe()).isEqualTo(6);
        assertThat(run.paths().get(0).times()).containsExactly(1, 1, 1, Math.sqrt(0.1), Math.sqrt(0.1), 0.1, 0.1);
    }
}
