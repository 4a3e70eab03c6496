package org.diffusioncourse.demo.sde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.diffusioncourse.support.ReferenceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's VE process as the demo runs it (sigma 0.01 to 10, 200 Euler steps, exact score):
 * its schedule and a deterministic probability-flow run agree with NumPy
 * ({@code src/test/resources/reference/make_ve_demo_reference.py}); the reverse SDE and the
 * probability-flow ODE reach each of the demo's targets, and pass through the exact marginals
 * p_t on the way, within Monte Carlo error plus a small allowance for the Euler bias.
 */
class VeProcessDistributionTest {

    private static final ContinuousPath VE = SdeProcess.VE.path();
    private static final int N = 2000;
    private static final double STANDARD_ERRORS = 5.0;
    /** Same formulas in another language and order of operations: a few ulps, scaled. */
    private static final double RELATIVE = 1e-12;
    /** 200 Euler steps amplify rounding, but stay far below any visible difference. */
    private static final double RUN_TOLERANCE = 1e-9;
    /** Euler bias allowed on top of the Monte Carlo error, in the units of each statistic. */
    private static final double BIAS = 0.05;
    private static final double MODE_BIAS = 0.01;

    private static final GaussianMixture2D MIXTURE = GaussianMixture2D.of(new double[] {0.5, 0.3, 0.2},
            new double[][] {{-1, 0.5}, {1.5, 1}, {0, -1.2}}, new double[] {0.3, 0.6, 0.45});

    /** The data rows of a reference file, split at commas (the header dropped). */
    private static List<String[]> rows(String file) throws IOException {
        return ReferenceFiles.lines("/reference/" + file).stream().skip(1).map(line -> line.split(",")).toList();
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    @Test
    void theScheduleAndThePriorAreNumpys() throws IOException {
        assertThat(((VeSde) VE).sigmaMin()).isEqualTo(0.01);
        assertThat(((VeSde) VE).sigmaMax()).isEqualTo(10.0);
        List<String[]> rows = rows("ve_demo_schedule.csv");
        assertThat(rows).hasSize(5);
        for (String[] r : rows) {
            double t = d(r[0]);
            assertThat(VE.signalScale(t)).isEqualTo(1.0);
            assertThat(VE.drift(t)).isZero();
            assertThat(VE.noiseStd(t)).as("sigma(%s)", t).isCloseTo(d(r[1]), within(RELATIVE * d(r[1])));
            assertThat(VE.diffusionSquared(t)).as("g^2(%s)", t).isCloseTo(d(r[2]), within(RELATIVE * d(r[2])));
            for (Sampler s : demoSamplers()) {
                assertThat(s.priorStd()).as(s.id()).isCloseTo(d(r[3]), within(RELATIVE * d(r[3])));
            }
        }
    }

    @Test
    void theProbabilityFlowOdeOfTheDemoMatchesNumpyFromFixedStarts() throws IOException {
        Sampler ode = Samplers.probabilityFlowEuler(VE, SdeSettings.STEPS);
        List<String[]> rows = rows("ve_demo_runs.csv");
        assertThat(rows).hasSize(4);
        for (String[] r : rows) {
            PointCloud start = PointCloud.of(new double[] {d(r[2])}, new double[] {d(r[3])});
            PointCloud end = ode.runFrom(NoisedMixture.of(MIXTURE), start, Seeds.generator(0), PathSelection.none()).samples();
            assertThat(end.x(0)).as("particle %s x", r[1]).isCloseTo(d(r[4]), within(RUN_TOLERANCE));
            assertThat(end.y(0)).as("particle %s y", r[1]).isCloseTo(d(r[5]), within(RUN_TOLERANCE));
        }
    }

    private static List<Sampler> demoSamplers() {
        return List.of(Samplers.reverseSde(VE, SdeSettings.STEPS), Samplers.probabilityFlowEuler(VE, SdeSettings.STEPS));
    }

    static Stream<Arguments> runs() {
        List<Arguments> all = new ArrayList<>();
        for (ToyDataset target : SdeSettings.DATASETS) {
            all.add(Arguments.of(target, "reverse SDE", demoSamplers().get(0)));
            all.add(Arguments.of(target, "probability-flow ODE", demoSamplers().get(1)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("runs")
    void eachRunReachesTheTargetFromTheWideVePrior(ToyDataset dataset, String name, Sampler sampler) {
        GaussianMixture2D target = dataset.mixture();
        SampleRun run = sampler.run(NoisedMixture.of(target), N, Seeds.generator(5), PathSelection.none());
        SampleMetrics m = SampleMetrics.of(target, run, Seeds.generator(6));
        double[][] cov = run.samples().covariance();
        double[][] exact = target.covariance();
        // Each coordinate of the mean has standard error sqrt(v / n); the error is their Euclidean norm.
        assertThat(m.meanError()).as("mean error")
                .isLessThan(STANDARD_ERRORS * Math.sqrt((exact[0][0] + exact[1][1]) / N));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                // Var of a covariance estimate: (v_ii v_jj + v_ij^2) / n for Gaussian-like tails.
                double se = Math.sqrt((exact[i][i] * exact[j][j] + exact[i][j] * exact[i][j]) / N);
                assertThat(cov[i][j]).as("cov[%d][%d]", i, j).isCloseTo(exact[i][j], within(STANDARD_ERRORS * se + BIAS));
            }
        }
        assertThat(m.modeTotalVariation()).as("mode TV").isLessThan(modeTolerance(target.weights()) + MODE_BIAS);
    }

    /**
     * 1/2 sum |f_k - w_k| &lt;= 1/2 sqrt(sum (f_k - w_k)^2 / w_k) (Cauchy-Schwarz with sum w_k = 1), and
     * n sum (f_k - w_k)^2 / w_k is Pearson's statistic, about chi-squared with K - 1 degrees of
     * freedom: bounded here by its mean plus {@value #STANDARD_ERRORS} standard deviations, and
     * never by less than {@value #STANDARD_ERRORS} squared (one degree of freedom).
     */
    private static double modeTolerance(double[] weights) {
        int dof = weights.length - 1;
        double chi2 = Math.max(STANDARD_ERRORS * STANDARD_ERRORS, dof + STANDARD_ERRORS * Math.sqrt(2.0 * dof));
        return 0.5 * Math.sqrt(chi2 / N);
    }

    @Test
    void bothRunsShrinkThroughTheExactMarginalsFromTheSameWideStart() {
        // p_t of x = x_0 + sigma(t) eps has mean E[x_0] and covariance Cov(x_0) + sigma(t)^2 I.
        GaussianMixture2D target = ToyDataset.TWO_BLOBS.mixture();
        CoupledRuns runs = CoupledRuns.of(target, demoSamplers(), N, 11);
        double prior = demoSamplers().getFirst().priorStd();
        assertThat(prior).isCloseTo(Math.hypot(1, 10), within(RELATIVE * prior));
        assertThat(runs.start()).isEqualTo(scaled(PointCloud.standardNormal(N, Seeds.generator(11)), prior));
        double[][] c0 = target.covariance();
        for (int step : new int[] {0, 50, 100, 150, 190, 200}) {
            double t = runs.run(0).times()[step];
            double s2 = VE.noiseStd(t) * VE.noiseStd(t);
            double vxx = c0[0][0] + s2;
            double vyy = c0[1][1] + s2;
            double vxy = c0[0][1];
            for (int r = 0; r < 2; r++) {
                double[][] c = runs.at(r, step).covariance();
                assertThat(c[0][0]).as("var x, run %d, t = %f", r, t)
                        .isCloseTo(vxx, within(STANDARD_ERRORS * vxx * Math.sqrt(2.0 / N) + BIAS));
                assertThat(c[1][1]).as("var y, run %d, t = %f", r, t)
                        .isCloseTo(vyy, within(STANDARD_ERRORS * vyy * Math.sqrt(2.0 / N) + BIAS));
                assertThat(c[0][1]).as("cov xy, run %d, t = %f", r, t)
                        .isCloseTo(vxy, within(STANDARD_ERRORS * Math.sqrt((vxx * vyy + vxy * vxy) / N) + BIAS));
                assertThat(runs.at(r, step).meanX()).as("mean x, run %d, t = %f", r, t)
                        .isCloseTo(0, within(STANDARD_ERRORS * Math.sqrt(vxx / N)));
            }
        }
    }

    private static PointCloud scaled(PointCloud cloud, double std) {
        double[] xs = cloud.xs();
        double[] ys = cloud.ys();
        for (int i = 0; i < xs.length; i++) {
            xs[i] *= std;
            ys[i] *= std;
        }
        return PointCloud.wrap(xs, ys);
    }
}
