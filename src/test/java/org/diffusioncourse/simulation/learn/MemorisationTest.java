package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Vec2;
import org.junit.jupiter.api.Test;

/** Nearest-point distances and near-copies on a tiny training set, and the exact denoiser of its points. */
class MemorisationTest {

    /** Eight training points on a square grid with spacing 1. */
    private static final PointCloud TRAINING = PointCloud.of(new double[] {0, 1, 2, 3, 0, 1, 2, 3},
            new double[] {0, 0, 0, 0, 1, 1, 1, 1});

    @Test
    void copiesAndInBetweenSamplesAreTold() {
        // Two samples 0.1 from a training point and 0.9 from the next (ratio 1/9 < 1/3), one
        // half-way between two (ratio 1), one far outside (distance 10 to (3, 1)).
        PointCloud samples = PointCloud.of(new double[] {0.1, 2, 1.5, 13}, new double[] {0, 0.9, 0, 1});
        Memorisation.Report report = Memorisation.measure(samples, TRAINING);
        assertThat(report.nearest()).containsExactly(new double[] {0.1, 0.1, 0.5, 10}, within(1e-12));
        assertThat(report.ratios()[0]).isCloseTo(0.1 / 0.9, within(1e-12));
        assertThat(report.ratios()[1]).isCloseTo(0.1 / 0.9, within(1e-12));
        assertThat(report.ratios()[2]).isCloseTo(1.0, within(1e-12));
        assertThat(report.copyShare()).isEqualTo(0.5);
        assertThat(report.medianNearest()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void theEmpiricalDenoiserIsASoftmaxOfTheTrainingPoints() {
        NoisedMixture empirical = NoisedMixture.of(Memorisation.empiricalDistribution(TRAINING));
        double[][] queries = {{0.3, 0.2}, {1.7, 0.6}, {-2, 3}};
        for (double s : new double[] {0.05, 0.5, 3}) {
            double a = Math.sqrt(1 - s * s / 10);
            for (double[] q : queries) {
                // E[x_0 | x_t] = sum_i w_i x_i, w_i proportional to exp(-|x_t - a x_i|^2 / (2 s^2))
                double max = Double.NEGATIVE_INFINITY;
                double[] logits = new double[TRAINING.size()];
                for (int i = 0; i < logits.length; i++) {
                    double dx = q[0] - a * TRAINING.x(i);
                    double dy = q[1] - a * TRAINING.y(i);
                    logits[i] = -(dx * dx + dy * dy) / (2 * s * s);
                    max = Math.max(max, logits[i]);
                }
                double total = 0;
                double mx = 0;
                double my = 0;
                for (int i = 0; i < logits.length; i++) {
                    double w = Math.exp(logits[i] - max);
                    total += w;
                    mx += w * TRAINING.x(i);
                    my += w * TRAINING.y(i);
                }
                Vec2 denoised = empirical.denoised(q[0], q[1], a, s);
                assertThat(denoised.x()).as("s = %s", s).isCloseTo(mx / total, within(1e-12));
                assertThat(denoised.y()).as("s = %s", s).isCloseTo(my / total, within(1e-12));
            }
        }
        // At small noise the exact denoiser snaps to the nearest training point: a sampler using it copies.
        assertThat(empirical.denoised(0.9, 0.95, 1, 0.01).x()).isCloseTo(1.0, within(1e-9));
    }
}
