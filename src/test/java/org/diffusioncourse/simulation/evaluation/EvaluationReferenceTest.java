package org.diffusioncourse.simulation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation measure against the values of make_evaluation_reference.py (NumPy and SciPy,
 * written from the papers, not from this code), on the very sample sets that script drew.
 * Tolerances: the sample measures are the same finite sums in another order, so they agree to
 * rounding (1e-12 relative); precision, recall and coverage are counts and must agree exactly;
 * the Hessian is a closed form computed two ways (1e-10 relative); the flow log-likelihood at
 * 400 RK4 steps against SciPy's DOP853 at rtol 1e-11 differs only by the RK4 error, about 1e-8
 * at this step count (the convergence test measures it), so 1e-6.
 */
class EvaluationReferenceTest {

    private static final GaussianMixture2D MIXTURE = GaussianMixture2D.of(new double[] {0.5, 0.3, 0.2},
            new double[][] {{-1.0, 0.5}, {1.5, 1.0}, {0.0, -1.2}}, new double[] {0.3, 0.6, 0.45});
    private static final double SUMS = 1e-12;

    @Test
    void everySampleMeasureMatchesNumPyOnTheSameSets() throws IOException {
        Map<String, PointCloud> sets = points();
        Map<String, Double> values = values();
        PointCloud real = sets.get("real");
        for (String name : List.of("good", "wide", "narrow")) {
            PointCloud gen = sets.get(name);
            close(name + " frechet", SampleDistances.frechet(gen, real), values.get(name + "/frechet"), SUMS);
            close(name + " energy", SampleDistances.energy(gen, real), values.get(name + "/energy"), SUMS);
            close(name + " mmd2", SampleDistances.mmdSquared(gen, real, 0.5), values.get(name + "/mmd2"), SUMS);
            PrecisionRecall pr = PrecisionRecall.of(real, gen, 3);
            assertThat(pr.precision()).as(name + " precision").isEqualTo(values.get(name + "/precision"));
            assertThat(pr.recall()).as(name + " recall").isEqualTo(values.get(name + "/recall"));
            assertThat(ModeCoverage.of(MIXTURE, gen).fraction()).as(name + " coverage").isEqualTo(values.get(name + "/coverage"));
        }
        assertThat(values.get("wide/frechet")).as("the sets differ enough to test something")
                .isGreaterThan(3 * values.get("good/frechet"));
    }

    @Test
    void theMixtureHessianMatchesTheDensitysOwnDerivatives() throws IOException {
        Map<String, Double> values = values();
        MixtureCurvature curvature = MixtureCurvature.of(MIXTURE);
        double[] out = new double[MixtureCurvature.SIZE];
        for (int i = 0; i < 3; i++) {
            String c = "field-" + i + "/";
            curvature.at(values.get(c + "x"), values.get(c + "y"), values.get(c + "a"), values.get(c + "s"), out);
            close(c + "logp", out[MixtureCurvature.LOG_P], values.get(c + "logp"), 1e-12);
            close(c + "gx", out[MixtureCurvature.SCORE_X], values.get(c + "gx"), 1e-10);
            close(c + "gy", out[MixtureCurvature.SCORE_Y], values.get(c + "gy"), 1e-10);
            close(c + "hxx", out[MixtureCurvature.HXX], values.get(c + "hxx"), 1e-10);
            close(c + "hxy", out[MixtureCurvature.HXY], values.get(c + "hxy"), 1e-10);
            close(c + "hyy", out[MixtureCurvature.HYY], values.get(c + "hyy"), 1e-10);
        }
    }

    @Test
    void theFlowLogLikelihoodMatchesAnAdaptiveSolver() throws IOException {
        Map<String, Double> values = values();
        FlowLikelihood flow = FlowLikelihood.of(MIXTURE);
        for (int i = 0; i < 3; i++) {
            String c = "flow-" + i + "/";
            FlowLikelihood.Result r = flow.at(values.get(c + "x"), values.get(c + "y"), 400);
            assertThat(r.modelLogDensity()).as(c + "model").isCloseTo(values.get(c + "model"), within(1e-6));
            assertThat(r.divergenceIntegral()).as(c + "divergence").isCloseTo(values.get(c + "divergence"), within(1e-6));
            assertThat(r.trueLogDensity()).as(c + "true").isCloseTo(values.get(c + "true"), within(1e-12));
        }
    }

    private static void close(String what, double actual, double expected, double relative) {
        assertThat(actual).as(what).isCloseTo(expected, within(relative * Math.max(1, Math.abs(expected))));
    }

    private static Map<String, PointCloud> points() throws IOException {
        Map<String, List<double[]>> byName = new LinkedHashMap<>();
        for (String[] r : rows("evaluation_points.csv")) {
            byName.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r[1]),
                Double.parseDouble(r[2])});
        }
        Map<String, PointCloud> out = new LinkedHashMap<>();
        byName.forEach((name, pts) -> out.put(name, PointCloud.of(pts.stream().mapToDouble(p -> p[0]).toArray(),
                pts.stream().mapToDouble(p -> p[1]).toArray())));
        return out;
    }

    private static Map<String, Double> values() throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String[] r : rows("evaluation_values.csv")) {
            out.put(r[0] + "/" + r[1], Double.parseDouble(r[2]));
        }
        return out;
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = EvaluationReferenceTest.class.getResourceAsStream("/reference/" + file)) {
            List<String[]> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(lines[i].split(","));
                }
            }
            return out;
        }
    }
}
