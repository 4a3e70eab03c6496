package org.diffusioncourse.demo.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.ReferenceOdeSampler;
import org.junit.jupiter.api.Test;

/**
 * The ideal consistency map against a closed form, against its own defining property (every
 * point of one ODE trajectory has the same image), against the target it should reach, and
 * the cheap Euler version of it against the order of the method.
 */
class ConsistencyMapTest {

    /** Reference solves at 1e-10 agree with each other and with closed forms to about this. */
    private static final double SOLVER_AGREEMENT = 1e-8;

    @Test
    void forOneGaussianTheMapIsTheClosedFormAffineMap() {
        // For p_0 = N(mu, sigma^2 I), p_t = N(a mu, v I) with v = a^2 sigma^2 + s^2, and the flow keeps
        // (x - a mu) / sqrt(v) fixed, so f(x, t) = a(eps) mu + sqrt(v(eps) / v(t)) (x - a(t) mu).
        double[] mu = {0.5, -0.3};
        double sigma = 0.4;
        ConsistencyMap map = ConsistencyMap.of(GaussianMixture2D.of(new double[] {1}, new double[][] {mu}, new double[] {sigma}));
        VpSde path = map.path();
        PointCloud x = PointCloud.of(new double[] {1.2, -0.7, 0.0}, new double[] {0.4, 2.1, -1.5});
        for (double t : new double[] {1.0, 0.7, 0.2}) {
            PointCloud f = map.exact(x, t);
            double ae = path.signalScale(ConsistencyMap.END);
            double at = path.signalScale(t);
            double gain = Math.sqrt(variance(path, ConsistencyMap.END, sigma) / variance(path, t, sigma));
            for (int i = 0; i < x.size(); i++) {
                assertThat(f.x(i)).as("x of point %d from t = %s", i, t)
                        .isCloseTo(ae * mu[0] + gain * (x.x(i) - at * mu[0]), within(SOLVER_AGREEMENT));
                assertThat(f.y(i)).as("y of point %d from t = %s", i, t)
                        .isCloseTo(ae * mu[1] + gain * (x.y(i) - at * mu[1]), within(SOLVER_AGREEMENT));
            }
        }
    }

    private static double variance(VpSde path, double t, double sigma) {
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        return a * a * sigma * sigma + s * s;
    }

    // Measured: largest gap 5.9e-10 on two moons at t = 0.5.
    @Test
    void everyPointOfOneTrajectoryIsMappedToTheSameEndpoint() {
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_MOONS, 3, 100);
        for (int k : new int[] {90, 50, 25, 5}) {
            assertThat(scene.exactGap(k)).as("self-consistency gap from t = %s", ConsistencyScene.time(k))
                    .isLessThan(SOLVER_AGREEMENT);
        }
    }

    @Test
    void theTrajectoryReadFromDenseOutputMatchesSeparateSolves() {
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.SPIRAL, 5, 50);
        ContinuousPath path = scene.map().path();
        PointCloud start = scene.at(ConsistencyScene.GRID);
        for (int k : new int[] {73, 40, 1}) {
            PointCloud direct = new ReferenceOdeSampler(path, ConsistencyMap.TOLERANCE, 1.0, ConsistencyScene.time(k))
                    .runFrom(scene.map().field(), start, Seeds.generator(0), PathSelection.none()).samples();
            assertThat(ConsistencyScene.meanDistance(direct, scene.at(k))).as("k = %d", k).isLessThan(SOLVER_AGREEMENT);
        }
    }

    @Test
    void atTheEndTimeTheMapIsTheIdentity() {
        ConsistencyMap map = ConsistencyMap.of(ToyDataset.TWO_BLOBS.mixture());
        PointCloud x = PointCloud.of(new double[] {0.3, -1}, new double[] {2, 0.1});
        assertThat(map.exact(x, ConsistencyMap.END)).isEqualTo(x);
        assertThat(map.euler(x, ConsistencyMap.END, 8)).isEqualTo(x);
    }

    @Test
    void theEndpointsOfFreshNoiseCoverEveryModeInProportion() {
        // Eight equal modes: each share is binomial with sd sqrt(p (1 - p) / n) = 0.0148 for n = 500.
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.EIGHT_GAUSSIANS, 11, 500);
        SampleMetrics m = SampleMetrics.of(ToyDataset.EIGHT_GAUSSIANS.mixture(), scene.exactEndpoints(), 0, Seeds.generator(1));
        double sd = Math.sqrt(0.125 * 0.875 / 500);
        for (double share : m.modeFractions()) {
            assertThat(share).isCloseTo(0.125, within(4 * sd));
        }
        // The endpoints are p_eps, a hair wider than p_0; their mean log-density under p_0 must match
        // that of direct draws of p_0 within the Monte Carlo error of both means.
        PointCloud direct = ToyDataset.EIGHT_GAUSSIANS.mixture().sample(20_000, Seeds.generator(2));
        double[] ends = logDensities(scene.exactEndpoints());
        double[] truth = logDensities(direct);
        double se = Math.sqrt(variance(ends) / ends.length + variance(truth) / truth.length);
        assertThat(mean(ends)).isCloseTo(mean(truth), within(4 * se + 0.05));
    }

    private static double[] logDensities(PointCloud c) {
        NoisedMixture p = NoisedMixture.of(ToyDataset.EIGHT_GAUSSIANS.mixture());
        double[] out = new double[c.size()];
        p.logDensity(1, 0, c.xs(), c.ys(), c.size(), out);
        return out;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double variance(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1);
    }

    // Measured on two moons, seed 3: errors 0.0389, 0.0161, 0.0077 at 16, 32, 64 steps, slope 1.17.
    @Test
    void eulerApproachesTheExactMapAtFirstOrder() {
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_MOONS, 3, 200);
        int[] steps = {16, 32, 64};
        double[] lx = new double[steps.length];
        double[] ly = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            lx[i] = Math.log(1.0 / steps[i]);
            ly[i] = Math.log(scene.eulerError(ConsistencyScene.GRID, steps[i]));
        }
        double slope = (ly[2] - ly[0]) / (lx[2] - lx[0]);
        assertThat(slope).isBetween(0.7, 1.3);
    }

    @Test
    void eulerIsNotSelfConsistentButTheGapShrinksWithMoreSteps() {
        ConsistencyScene scene = ConsistencyScene.of(ToyDataset.TWO_MOONS, 3, 200);
        int half = ConsistencyScene.GRID / 2;
        assertThat(scene.eulerGap(half, 4)).isGreaterThan(0.1);
        assertThat(scene.eulerGap(half, 64)).isLessThan(scene.eulerGap(half, 4) / 8);
        assertThat(scene.eulerGap(ConsistencyScene.GRID, 4)).isZero();
    }

    @Test
    void badTimesAndSizesAreRejectedWithTheirValues() {
        ConsistencyMap map = ConsistencyMap.of(ToyDataset.TWO_BLOBS.mixture());
        PointCloud x = PointCloud.of(new double[] {0}, new double[] {0});
        assertThatThrownBy(() -> map.exact(x, 1.5)).hasMessage("t must be between 0.001 and 1, was 1.5");
        assertThatThrownBy(() -> map.euler(x, 0.5, 0)).hasMessage("steps must be between 1 and 5000, was 0");
        assertThatThrownBy(() -> ConsistencyScene.of(ToyDataset.TWO_BLOBS, 1, 501))
                .hasMessage("n must be between 10 and 500, was 501");
        assertThatThrownBy(() -> ConsistencyScene.time(101)).hasMessage("k must be between 0 and 100, was 101");
    }

    @Test
    void theSameSeedGivesTheSameScene() {
        ConsistencyScene a = ConsistencyScene.of(ToyDataset.RINGS, 9, 30);
        ConsistencyScene b = ConsistencyScene.of(ToyDataset.RINGS, 9, 30);
        assertThat(a.exactEndpoints()).isEqualTo(b.exactEndpoints());
        assertThat(a.eulerEndpoints(40, 2)).isEqualTo(b.eulerEndpoints(40, 2));
    }
}
