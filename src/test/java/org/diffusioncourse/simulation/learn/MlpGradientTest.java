package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written backward pass against central finite differences, parameter by parameter,
 * for every parameter group (the weights and the bias of each linear layer).
 *
 * <p>Tolerance: with step h = 1e-5 the central difference of this smooth loss (about 1 in size)
 * is off by its third derivative times h^2 / 6, about 1e-11, plus rounding of the two losses
 * over 2h, about 1e-16 / 1e-5 = 1e-11; 1e-8 leaves three orders of magnitude of room while a
 * wrong term in the backward pass is off by the size of the gradient itself (1e-3 .. 1).
 */
class MlpGradientTest {

    private static final double H = 1e-5;
    private static final double TOLERANCE = 1e-8;
    private static final int POINTS = 7;

    @ParameterizedTest(name = "width {0}, {1} hidden layers, {2} classes")
    @CsvSource({"32, 2, 0", "32, 3, 0", "33, 3, 3"})
    void everyParameterGroupMatchesCentralDifferences(int width, int layers, int classes) {
        UniformRandomProvider rng = Seeds.generator(11);
        Mlp net = Mlp.initialised(Math.max(width, Mlp.MIN_WIDTH), layers, classes, rng);
        Mlp.Workspace work = net.workspace(POINTS);
        double[] targets = new double[2 * POINTS];
        double[] weights = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            int label = classes == 0 ? 0 : i % (classes + 1);
            net.embed(2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1, rng.nextDouble(), label, work.input[i]);
            targets[2 * i] = rng.nextDouble();
            targets[2 * i + 1] = -rng.nextDouble();
            weights[i] = 0.5 + rng.nextDouble();
        }
        loss(work, targets, weights, true);
        work.backward(POINTS);
        double[][] analytic = new double[work.gradient.length][];
        for (int r = 0; r < analytic.length; r++) {
            analytic[r] = work.gradient[r].clone();
        }
        double[][] params = net.parameterRows();
        for (int l = 0; l < net.linearLayers(); l++) {
            double worstWeights = 0;
            double worstBias = 0;
            for (int r = net.weightRow(l); r <= net.biasRow(l); r++) {
                for (int j = 0; j < params[r].length; j++) {
                    double kept = params[r][j];
                    params[r][j] = kept + H;
                    double up = loss(work, targets, weights, false);
                    params[r][j] = kept - H;
                    double down = loss(work, targets, weights, false);
                    params[r][j] = kept;
                    double error = Math.abs((up - down) / (2 * H) - analytic[r][j]);
                    if (r < net.biasRow(l)) {
                        worstWeights = Math.max(worstWeights, error);
                    } else {
                        worstBias = Math.max(worstBias, error);
                    }
                }
            }
            assertThat(worstWeights).as("largest error of the weights of layer %d", l + 1).isLessThan(TOLERANCE);
            assertThat(worstBias).as("largest error of the bias of layer %d", l + 1).isLessThan(TOLERANCE);
        }
        assertThat(maxAbs(analytic)).as("the gradient is not trivially zero").isGreaterThan(1e-3);
    }

    /** (1/n) sum_i w_i |f(x_i) - y_i|^2 and, if asked, its gradient with respect to the output. */
    private static double loss(Mlp.Workspace work, double[] targets, double[] weights, boolean withGradient) {
        work.forward(POINTS);
        double loss = 0;
        for (int i = 0; i < POINTS; i++) {
            double dx = work.output[i][0] - targets[2 * i];
            double dy = work.output[i][1] - targets[2 * i + 1];
            loss += weights[i] * (dx * dx + dy * dy) / POINTS;
            if (withGradient) {
                work.outputGradient[i][0] = 2 * weights[i] * dx / POINTS;
                work.outputGradient[i][1] = 2 * weights[i] * dy / POINTS;
            }
        }
        return loss;
    }

    private static double maxAbs(double[][] rows) {
        double max = 0;
        for (double[] row : rows) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
