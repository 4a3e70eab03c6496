package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.api.Test;

/**
 * Agreement with NumPy values computed independently by
 * {@code src/test/resources/reference/make_engine_reference.py}.
 */
class EngineReferenceTest {

    /** Same formulas in another language and order of operations: a few ulps, scaled. */
    private static final double RELATIVE = 1e-9;
    /** Multi-step runs amplify rounding through 1/a at the noise end. */
    private static final double RUN_TOLERANCE = 1e-8;

    private static final GaussianMixture2D MIXTURE = GaussianMixture2D.of(new double[] {0.5, 0.3, 0.2},
            new double[][] {{-1, 0.5}, {1.5, 1}, {0, -1.2}}, new double[] {0.3, 0.6, 0.45});
    private static final NoisedMixture FIELD = NoisedMixture.of(MIXTURE);

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = EngineReferenceTest.class.getResourceAsStream("/reference/" + file)) {
            List<String[]> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                out.add(lines[i].split(","));
            }
            return out;
        }
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static void close(double actual, double expected, double tol) {
        assertThat(actual).isCloseTo(expected, within(tol * Math.max(1, Math.abs(expected))));
    }

    @Test
    void noisedMixtureDensityScoreAndDenoiserMatchNumpyOnEveryProcess() throws IOException {
        List<String[]> rows = rows("engine_fields.csv");
        assertThat(rows).hasSize(30);
        for (String[] r : rows) {
            GaussianPath path = GaussianPaths.byId(r[0]);
            double t = d(r[1]);
            double a = path.signalScale(t);
            double s = path.noiseStd(t);
            double x = d(r[2]);
            double y = d(r[3]);
            close(FIELD.logDensity(x, y, a, s), d(r[4]), RELATIVE);
            Vec2 score = FIELD.score(x, y, a, s);
            close(score.x(), d(r[5]), RELATIVE);
            close(score.y(), d(r[6]), RELATIVE);
            Vec2 den = FIELD.denoised(x, y, a, s);
            close(den.x(), d(r[7]), RELATIVE);
            close(den.y(), d(r[8]), RELATIVE);
        }
    }

    @Test
    void ddpmPosteriorVarianceAndMeanMatchThePosteriorFormOfNumpy() throws IOException {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        for (String[] r : rows("engine_ddpm.csv")) {
            int t = Integer.parseInt(r[0]);
            close(DdpmSampler.posteriorVariance(linear, t), d(r[1]), RELATIVE);
            Vec2 score = FIELD.score(0.3, -0.4, linear.signalScale(t), linear.noiseStd(t));
            close(DdpmSampler.mean(0.3, score.x(), linear.beta(t)), d(r[2]), RELATIVE);
            close(DdpmSampler.mean(-0.4, score.y(), linear.beta(t)), d(r[3]), RELATIVE);
        }
    }

    @Test
    void karrasSigmasMatchNumpy() throws IOException {
        for (String[] r : rows("engine_karras.csv")) {
            double[] sigmas = Samplers.karrasSigmas(Integer.parseInt(r[0]), 0.002, 80, 7);
            close(sigmas[Integer.parseInt(r[1])], d(r[2]), 1e-12);
        }
    }

    @Test
    void deterministicRunsOfDdimEdmHeunPfOdeHeunAndDpmSolverMatchNumpy() throws IOException {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        for (String[] r : rows("engine_runs.csv")) {
            Sampler sampler = switch (r[0]) {
                case "ddim" -> Samplers.ddim(linear, 2, 0);
                case "edm-heun" -> Samplers.edmHeun(3);
                case "pf-ode-heun-vp" -> Samplers.probabilityFlowHeun(VpSde.standard(), 2);
                case "dpm-solver-pp-2m-vp" -> Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 3);
                default -> throw new IllegalStateException(r[0]);
            };
            PointCloud start = PointCloud.of(new double[] {d(r[2])}, new double[] {d(r[3])});
            PointCloud end = sampler.runFrom(FIELD, start, Seeds.generator(0), PathSelection.none()).samples();
            close(end.x(0), d(r[4]), RUN_TOLERANCE);
            close(end.y(0), d(r[5]), RUN_TOLERANCE);
        }
    }
}
