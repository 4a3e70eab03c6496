package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.LogLogSlope;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.api.Test;

/**
 * Fixed-step probability-flow solvers against the adaptive Dormand-Prince reference: the
 * log-log slope of the RMS end-point error against the step count is the order.
 */
class ConvergenceOrderTest {

    private static final int PARTICLES = 200;
    private static final double REFERENCE_TOLERANCE = 1e-11;

    private static double rmsError(Sampler sampler, ScoreField field, PointCloud start, PointCloud reference) {
        PointCloud end = sampler.runFrom(field, start, Seeds.generator(0), PathSelection.none()).samples();
        double sum = 0;
        for (int i = 0; i < end.size(); i++) {
            double dx = end.x(i) - reference.x(i);
            double dy = end.y(i) - reference.y(i);
            sum += dx * dx + dy * dy;
        }
        return Math.sqrt(sum / end.size());
    }

    /** Minus the least-squares slope of log(error) against log(steps) ({@link LogLogSlope}). */
    private static double order(ContinuousPath path, boolean heun, int[] steps) {
        ScoreField field = NoisedMixture.of(ToyDataset.TWO_BLOBS.mixture());
        PointCloud start = PointCloud.standardNormal(PARTICLES, Seeds.generator(8));
        PointCloud reference = Samplers.referenceOde(path, REFERENCE_TOLERANCE)
                .runFrom(field, start, Seeds.generator(0), PathSelection.none()).samples();
        long[] work = new long[steps.length];
        double[] error = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            Sampler s = heun ? Samplers.probabilityFlowHeun(path, steps[i]) : Samplers.probabilityFlowEuler(path, steps[i]);
            work[i] = steps[i];
            error[i] = rmsError(s, field, start, reference);
        }
        return -LogLogSlope.of(work, error);
    }

    // Measured slopes: 0.99 and 1.97 on VP, 1.00 and 1.95 on CondOT.
    @Test
    void eulerOnTheVpProbabilityFlowIsFirstOrder() {
        assertThat(order(VpSde.standard(), false, new int[] {100, 200, 400, 800})).isBetween(0.8, 1.3);
    }

    @Test
    void heunOnTheVpProbabilityFlowIsSecondOrder() {
        assertThat(order(VpSde.standard(), true, new int[] {50, 100, 200, 400})).isBetween(1.7, 2.5);
    }

    @Test
    void eulerAndHeunOnTheFlowMatchingOdeAreFirstAndSecondOrder() {
        assertThat(order(CondOtPath.of(), false, new int[] {50, 100, 200, 400})).isBetween(0.8, 1.3);
        assertThat(order(CondOtPath.of(), true, new int[] {25, 50, 100, 200})).isBetween(1.7, 2.5);
    }
}
