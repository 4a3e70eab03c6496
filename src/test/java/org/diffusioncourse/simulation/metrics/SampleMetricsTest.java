package org.diffusioncourse.simulation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

class SampleMetricsTest {

    @Test
    void drawsFromTheTargetItselfScoreNearPerfectAndAShiftedCloudScoresWorse() {
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        PointCloud exact = target.sample(2000, Seeds.generator(1));
        SampleMetrics good = SampleMetrics.of(target, exact, 0, Seeds.generator(2));
        double[] xs = exact.xs();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += 0.5;
        }
        PointCloud shifted = PointCloud.of(xs, exact.ys());
        SampleMetrics bad = SampleMetrics.of(target, shifted, 0, Seeds.generator(2));
        // Energy distance of two independent n = 2000 samples: of order 1/n.
        assertThat(good.energyDistance()).isCloseTo(0, within(0.005));
        assertThat(bad.energyDistance()).isGreaterThan(0.05);
        assertThat(good.modeTotalVariation()).isLessThan(0.05);
        assertThat(bad.meanError()).isCloseTo(0.5, within(0.1));
        assertThat(good.meanLogDensity()).isGreaterThan(bad.meanLogDensity());
        assertThat(good.modeWeights()).containsExactly(0.2, 0.2, 0.2, 0.2, 0.2);
    }

    @Test
    void aCollapsedSamplerShowsUpInTheModeFractions() {
        GaussianMixture2D target = ToyDataset.EIGHT_GAUSSIANS.mixture();
        PointCloud oneMode = ToyDataset.EIGHT_GAUSSIANS.labelled().restrictTo(0).sample(500, Seeds.generator(3));
        SampleMetrics m = SampleMetrics.of(target, oneMode, 0, Seeds.generator(4));
        assertThat(m.modeFractions()[0]).isEqualTo(1.0);
        assertThat(m.modeTotalVariation()).isCloseTo(0.875, within(1e-12));
    }
}
