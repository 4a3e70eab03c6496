package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.support.ReferenceFiles;
import org.junit.jupiter.api.Test;

class ForwardProcessTest {

    /** Monte Carlo tolerances are this many standard errors. */
    private static final double STANDARD_ERRORS = 5.0;
    private static final int N = 5000;

    private final NoiseSchedule linear = NoiseSchedule.named("linear", 1000);

    @Test
    void atStepZeroTheNoisedCloudEqualsTheData() {
        var rng = Seeds.generator(3);
        PointCloud x0 = ToyDataset.SPIRAL.mixture().sample(500, rng);
        PointCloud eps = PointCloud.standardNormal(500, rng);
        assertThat(ForwardProcess.of(linear).noise(x0, eps, 0)).isEqualTo(x0);
    }

    @Test
    void atTheLastStepTheCloudHasMeanZeroAndIdentityCovarianceWithinMonteCarloError() {
        for (String name : NoiseSchedule.names()) {
            NoiseSchedule schedule = NoiseSchedule.named(name, 1000);
            var rng = Seeds.generator(11);
            PointCloud x0 = ToyDataset.TWO_BLOBS.mixture().sample(N, rng);
            PointCloud xt = ForwardProcess.of(schedule).noise(x0, 1000, rng);
            // Cov(x_t) = alpha_bar_T Cov(x_0) + (1 - alpha_bar_T) I with alpha_bar_T < 1e-4: I, far inside the Monte Carlo error.
            double meanError = STANDARD_ERRORS * Math.sqrt(1.0 / N);
            double varianceError = STANDARD_ERRORS * Math.sqrt(2.0 / (N - 1));
            double covarianceError = STANDARD_ERRORS * Math.sqrt(1.0 / (N - 1));
            double[][] cov = xt.covariance();
            assertThat(xt.meanX()).as(name).isCloseTo(0, within(meanError));
            assertThat(xt.meanY()).as(name).isCloseTo(0, within(meanError));
            assertThat(cov[0][0]).as(name).isCloseTo(1, within(varianceError));
            assertThat(cov[1][1]).as(name).isCloseTo(1, within(varianceError));
            assertThat(cov[0][1]).as(name).isCloseTo(0, within(covarianceError));
        }
    }

    @Test
    void noisingFollowsTheClosedFormPointByPoint() {
        var rng = Seeds.generator(5);
        PointCloud x0 = ToyDataset.TWO_MOONS.mixture().sample(50, rng);
        PointCloud eps = PointCloud.standardNormal(50, rng);
        PointCloud xt = ForwardProcess.of(linear).noise(x0, eps, 300);
        double a = Math.sqrt(linear.alphaBar(300));
        double b = Math.sqrt(1 - linear.alphaBar(300));
        for (int i = 0; i < 50; i++) {
            assertThat(xt.x(i)).isCloseTo(a * x0.x(i) + b * eps.x(i), within(1e-15));
            assertThat(xt.y(i)).isCloseTo(a * x0.y(i) + b * eps.y(i), within(1e-15));
        }
    }

    @Test
    void mismatchedNoiseIsRejected() {
        var rng = Seeds.generator(5);
        PointCloud x0 = PointCloud.standardNormal(10, rng);
        PointCloud eps = PointCloud.standardNormal(9, rng);
        assertThatIllegalArgumentException().isThrownBy(() -> ForwardProcess.of(linear).noise(x0, eps, 1))
                .withMessage("eps must have 10 points like x0, had 9");
    }

    @Test
    void theTraceReproducesTheNoiseStdsOfTheLessonCode() throws IOException {
        List<TraceRow> rows = ForwardProcess.of(linear).trace(Seeds.generator(0));
        List<String> lines = ReferenceFiles.lines("/reference/trace.csv");
        assertThat(rows).hasSize(lines.size() - 1);
        for (int i = 0; i < rows.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            TraceRow row = rows.get(i);
            assertThat(row.t()).isEqualTo(Integer.parseInt(f[0]));
            assertThat(row.alphaBar()).isCloseTo(Double.parseDouble(f[1]), within(1e-12));
            assertThat(String.format(Locale.ROOT, "%.3f", row.noiseStd())).isEqualTo(f[3]);
        }
        assertThat(rows.get(0).x()).isEqualTo(1.0);
        assertThat(rows.get(0).y()).isEqualTo(-1.0);
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedAnotherOne() {
        ForwardProcess process = ForwardProcess.of(linear);
        assertThat(process.trace(Seeds.generator(9))).isEqualTo(process.trace(Seeds.generator(9)));
        assertThat(process.trace(Seeds.generator(9))).isNotEqualTo(process.trace(Seeds.generator(10)));
    }

    @Test
    void theTraceNeedsAtLeastAThousandSteps() {
        ForwardProcess shortRun = ForwardProcess.of(NoiseSchedule.named("linear", 100));
        assertThatIllegalArgumentException().isThrownBy(() -> shortRun.trace(Seeds.generator(0)))
                .withMessage("t must be between 0 and 100, was 500");
    }
}
