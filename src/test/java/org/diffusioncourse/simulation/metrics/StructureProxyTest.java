package org.diffusioncourse.simulation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ForwardProcess;
import org.diffusioncourse.simulation.NormalCdf;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

class StructureProxyTest {

    /** The documented accuracy of the tabulated normal CDF. */
    private static final double CDF_TOLERANCE = 1e-9;

    @Test
    void theThresholdIsTheBonferroniCorrectedKolmogorovSmirnovCriticalValue() {
        double c = Math.sqrt(-Math.log(0.05 / 32) / 2);
        assertThat(StructureProxy.CRITICAL_CONSTANT).isCloseTo(c, within(1e-15));
        assertThat(StructureProxy.threshold(2000)).isCloseTo(c / Math.sqrt(2000), within(1e-15));
        assertThat(StructureProxy.threshold(2000)).isCloseTo(0.0402, within(1e-4));
    }

    @Test
    void genuinelyGaussianSamplesStayBelowTheThresholdInTheVastMajorityOfSeeds() {
        int below = 0;
        for (long seed = 0; seed < 100; seed++) {
            PointCloud noise = PointCloud.standardNormal(2000, Seeds.generator(seed));
            if (StructureProxy.distance(noise) < StructureProxy.threshold(2000)) {
                below++;
            }
        }
        // A 5% family-wise level: we expect about 95 or more of 100 below.
        assertThat(below).isGreaterThanOrEqualTo(90);
    }

    @Test
    void theProxyIsFarAboveTheThresholdForClearlyNonGaussianData() {
        PointCloud moons = ToyDataset.TWO_MOONS.mixture().sample(2000, Seeds.generator(1));
        assertThat(StructureProxy.distance(moons)).isGreaterThan(2 * StructureProxy.threshold(2000));
    }

    @Test
    void theBinnedEvaluationGivesExactlyTheFullySortedSupremum() {
        for (long seed = 0; seed < 40; seed++) {
            var rng = Seeds.generator(seed);
            ToyDataset dataset = ToyDataset.values()[(int) (seed % 3)];
            int n = 10 + (int) (seed * 97 % 3000);
            PointCloud x0 = dataset.mixture().sample(n, rng);
            PointCloud eps = PointCloud.standardNormal(n, rng);
            NoiseSchedule schedule = NoiseSchedule.named(seed % 2 == 0 ? "linear" : "cosine", 1000);
            int t = (int) (seed * 25 % 1001);
            PointCloud xt = ForwardProcess.of(schedule).noise(x0, eps, t);
            // Same projections on both paths, so the suprema must agree to the last bit.
            assertThat(StructureProxy.distance(xt)).as("seed %d", seed)
                    .isEqualTo(StructureProxy.distanceBySorting(xt));
            // Projecting x0 and eps separately rounds differently, by a few ulps at most.
            double fromParts = StructureProxy.distance(x0, eps, schedule.signalScale(t), schedule.noiseStd(t));
            assertThat(fromParts).as("seed %d", seed).isCloseTo(StructureProxy.distance(xt), within(1e-12));
        }
    }

    @Test
    void theCurveAgreesBitForBitWithPointEvaluations() {
        var rng = Seeds.generator(2);
        PointCloud x0 = ToyDataset.SPIRAL.mixture().sample(700, rng);
        PointCloud eps = PointCloud.standardNormal(700, rng);
        NoiseSchedule schedule = NoiseSchedule.named("cosine", 1000);
        int[] grid = {0, 7, 100, 555, 1000};
        double[] curve = StructureProxy.curve(x0, eps, schedule, grid);
        for (int g = 0; g < grid.length; g++) {
            assertThat(curve[g]).isEqualTo(
                    StructureProxy.distance(x0, eps, schedule.signalScale(grid[g]), schedule.noiseStd(grid[g])));
        }
    }

    @Test
    void theKolmogorovSmirnovDistanceOfOnePointAtZeroIsOneHalf() {
        assertThat(StructureProxy.ksSorted(new double[] {0.0})).isCloseTo(0.5, within(CDF_TOLERANCE));
    }

    @Test
    void theTabulatedNormalCdfIsAccurateToOneBillionth() {
        double worst = 0;
        for (int i = -9000; i <= 9000; i++) {
            double z = i / 1000.0 + 0.000123;
            worst = Math.max(worst, Math.abs(NormalCdf.cdf(z) - NormalCdf.exact(z)));
        }
        assertThat(worst).isLessThan(CDF_TOLERANCE);
    }

    @Test
    void theCrossingIsTheFirstGridStepAfterWhichTheValuesStayBelowTheThreshold() {
        int[] grid = {0, 10, 20, 30, 40, 50};
        assertThat(StructureProxy.crossingStep(grid, new double[] {0.5, 0.3, 0.01, 0.05, 0.01, 0.01}, 0.04))
                .isEqualTo(40);
        assertThat(StructureProxy.crossingStep(grid, new double[] {0.01, 0.01, 0.01, 0.01, 0.01, 0.01}, 0.04))
                .isEqualTo(0);
        assertThat(StructureProxy.crossingStep(grid, new double[] {0.5, 0.3, 0.01, 0.01, 0.01, 0.04}, 0.04))
                .isEqualTo(-1);
    }

    @Test
    void crossingBandsSplitTheRunIntoThirds() {
        assertThat(CrossingBand.of(0, 1000)).isEqualTo(CrossingBand.EARLY);
        assertThat(CrossingBand.of(333, 1000)).isEqualTo(CrossingBand.EARLY);
        assertThat(CrossingBand.of(334, 1000)).isEqualTo(CrossingBand.MIDDLE);
        assertThat(CrossingBand.of(666, 1000)).isEqualTo(CrossingBand.MIDDLE);
        assertThat(CrossingBand.of(667, 1000)).isEqualTo(CrossingBand.LATE);
        assertThat(CrossingBand.of(1000, 1000)).isEqualTo(CrossingBand.LATE);
        assertThat(CrossingBand.ids()).containsExactly("early", "middle", "late");
        assertThat(CrossingBand.byId("middle")).isEqualTo(CrossingBand.MIDDLE);
    }

    @Test
    void badArgumentsAreRejectedWithTheirValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> StructureProxy.threshold(0))
                .withMessage("n must be >= 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> CrossingBand.byId("soon"))
                .withMessage("band must be one of early, middle, late; was \"soon\"");
        PointCloud p = PointCloud.standardNormal(5, Seeds.generator(0));
        NoiseSchedule s = NoiseSchedule.named("linear", 1000);
        assertThatIllegalArgumentException().isThrownBy(() -> StructureProxy.curve(p, p, s, new int[] {0, 20, 10}))
                .withMessage("grid must be strictly increasing, was 20 then 10");
    }
}
