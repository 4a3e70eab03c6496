package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep;
import org.diffusioncourse.demo.landscape.SigmaFlowReference;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.DpmSolverSampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.diffusioncourse.support.LessonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the fast-samplers lesson is the engine's: the error table, the measured
 * orders, the DDIM noise levels, the eta example, the lambda grid and the Karras ladder.
 */
class FastSamplersNumbersTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$");
    private static final String LESSON = LessonFiles.read("fast-samplers");
    private static FastSamplerSweep sweep;

    @BeforeAll
    static void runTheLessonsSweep() {
        sweep = FastSamplerSweep.of(ToyDataset.FIVE_MODES.mixture(), 1, 400);
    }

    @Test
    void theErrorTableIsTheSweepOfFiveModesSeedOne() {
        List<Matcher> rows = LESSON.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(r -> r.group(1)).containsExactly("5", "11", "21", "41", "101");
        for (Matcher row : rows) {
            int b = FastSamplerSweep.BUDGETS.indexOf(Integer.parseInt(row.group(1)));
            assertThat(row.group(2)).as("DDIM at NFE %s", row.group(1)).isEqualTo(g3(sweep.run(Method.DDIM, b).error()));
            assertThat(row.group(3)).as("Heun at NFE %s", row.group(1)).isEqualTo(g3(sweep.run(Method.EDM_HEUN, b).error()));
            assertThat(row.group(4)).as("DPM at NFE %s", row.group(1)).isEqualTo(g3(sweep.run(Method.DPM_SOLVER, b).error()));
        }
    }

    @Test
    void theQuotedOrdersErrorsAndRatiosMatchTheSweep() {
        String orders = "DDIM " + f(sweep.order(Method.DDIM), 2) + ", EDM Heun " + f(sweep.order(Method.EDM_HEUN), 2)
                + ", DPM-Solver++(2M) " + f(sweep.order(Method.DPM_SOLVER), 2);
        assertThat(LESSON).contains("Fitted orders: " + orders + ".");
        assertThat(LESSON).contains("measured orders " + f(sweep.order(Method.DDIM), 2) + " for DDIM, "
                + f(sweep.order(Method.EDM_HEUN), 2) + " for EDM Heun and " + f(sweep.order(Method.DPM_SOLVER), 2));
        int nine = FastSamplerSweep.BUDGETS.indexOf(9);
        assertThat(LESSON).contains("at NFE 9 the errors are " + g3(sweep.run(Method.DDIM, nine).error()) + ", "
                + g3(sweep.run(Method.EDM_HEUN, nine).error()) + " and " + g3(sweep.run(Method.DPM_SOLVER, nine).error()));
        int b21 = FastSamplerSweep.BUDGETS.indexOf(21);
        int b41 = FastSamplerSweep.BUDGETS.indexOf(41);
        assertThat(LESSON).contains("by a factor of " + f(ratio(Method.DDIM, b21, b41), 1))
                .contains("falls by " + f(ratio(Method.DPM_SOLVER, b21, b41), 1))
                .contains("Heun by " + f(ratio(Method.EDM_HEUN, b21, b41), 1));
        int b31 = FastSamplerSweep.BUDGETS.indexOf(31);
        assertThat(sweep.run(Method.EDM_HEUN, b31).error()).as("Heun still behind DDIM at 31")
                .isGreaterThan(sweep.run(Method.DDIM, b31).error());
        assertThat(sweep.run(Method.EDM_HEUN, b41).error()).as("Heun ahead of DDIM at 41")
                .isLessThan(sweep.run(Method.DDIM, b41).error());
        for (int b = 0; b < FastSamplerSweep.BUDGETS.size(); b++) {
            assertThat(sweep.best(b)).as("best at budget index %d", b).isEqualTo(Method.DPM_SOLVER);
        }
    }

    @Test
    void theDdimNoiseLevelsAndTheEtaExampleMatchTheSchedule() {
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        assertThat(LESSON).contains("$\\sigma_{1000} = " + f(SigmaFlowReference.ddimSigma(linear, 1000), 1) + "$")
                .contains("$\\sigma_{500} = " + f(SigmaFlowReference.ddimSigma(linear, 500), 3) + "$")
                .contains("$\\sigma_{100} = " + f(SigmaFlowReference.ddimSigma(linear, 100), 4) + "$")
                .contains("σ_1000 ≈ " + f(SigmaFlowReference.ddimSigma(linear, 1000), 1));
        double ab = linear.alphaBar(500);
        double abp = linear.alphaBar(400);
        double sigmaEta = Math.sqrt((1 - abp) / (1 - ab) * (1 - ab / abp));
        assertThat(LESSON).contains("$\\sigma_\\eta = " + f(sigmaEta, 4) + "$")
                .contains("$\\sqrt{1 - \\bar\\alpha_{400}} = " + f(Math.sqrt(1 - abp), 4) + "$")
                .contains("to $" + f(Math.sqrt(1 - abp - sigmaEta * sigmaEta), 4) + "$");
    }

    @Test
    void theLambdaGridOfTheVpSdeMatchesTheText() {
        VpSde vp = VpSde.standard();
        double l0 = Math.log(vp.signalScale(1) / vp.noiseStd(1));
        double l1 = Math.log(vp.signalScale(1e-3) / vp.noiseStd(1e-3));
        assertThat(LESSON).contains("$\\lambda(1) = " + f(l0, 3).replace("-", "-") + "$")
                .contains("$\\lambda(10^{-3}) = " + f(l1, 3) + "$")
                .contains("σ ≈ " + f(Math.exp(-l0), 0))
                .contains("$h = " + f((l1 - l0) / 9, 3) + "$");
    }

    @Test
    void dpmSolverOneIsTheDdimStepOnTheWorkedPoint() {
        VpSde vp = VpSde.standard();
        NoisedMixture field = NoisedMixture.of(ToyDataset.FIVE_MODES.mixture());
        double u = 0.5;
        double t = 0.3;
        double[] xu = {1, -0.5};
        double au = vp.signalScale(u);
        double su = vp.noiseStd(u);
        double at = vp.signalScale(t);
        double st = vp.noiseStd(t);
        double h = Math.log(at / st) - Math.log(au / su);
        Vec2 eps = field.noisePrediction(xu[0], xu[1], au, su);
        Vec2 denoised = field.denoised(xu[0], xu[1], au, su);
        double[] e = {eps.x(), eps.y()};
        double[] d = {denoised.x(), denoised.y()};
        double[] solver = new double[2];
        for (int k = 0; k < 2; k++) {
            solver[k] = at / au * xu[k] - st * Math.expm1(h) * e[k];
            double x0 = (xu[k] - su * e[k]) / au;
            double ddim = at * x0 + st * e[k];
            double dataForm = DpmSolverSampler.step(xu[k], su, st, at, h, 1, d[k], d[k], true);
            assertThat(solver[k]).as("DPM-Solver-1 against DDIM, coordinate %d", k).isCloseTo(ddim, within(1e-12));
            assertThat(dataForm).as("data form against DDIM, coordinate %d", k).isCloseTo(ddim, within(1e-12));
            assertThat(x0).as("x0 hat is the engine's denoiser").isCloseTo(d[k], within(1e-12));
        }
        assertThat(LESSON).contains("$\\lambda_u = " + f(Math.log(au / su), 4) + "$")
                .contains("$\\lambda_t = " + f(Math.log(at / st), 4) + "$")
                .contains("$h = " + f(h, 4) + "$ and $e^h - 1 = " + f(Math.expm1(h), 4) + "$")
                .contains("$\\hat\\epsilon_u = (" + f(e[0], 4) + ", " + f(e[1], 4) + ")$")
                .contains("$a_t / a_u$ is $" + f(at / au, 4) + "$")
                .contains("$s_t (e^h - 1) = " + f(st * Math.expm1(h), 4) + "$")
                .contains("DPM-Solver-1 gives $x_t = (" + f(solver[0], 4) + ", " + f(solver[1], 4) + ")$")
                .contains("$\\hat x_0 = (" + f(d[0], 4) + ", " + f(d[1], 4) + ")$")
                .contains("both give (" + f(solver[0], 4) + ", " + f(solver[1], 4).replace("-", "−") + ")");
    }

    @Test
    void theKarrasLaddersMatchTheEngine() {
        double[] five = Samplers.karrasSigmas(5, 0.002, 80, 7);
        assertThat(LESSON).contains("80, " + f(five[1], 2) + ", " + f(five[2], 3) + ", " + f(five[3], 4) + " and 0.002");
        assertThat(LESSON).contains("$\\sigma_1 = 1.5055^7 = " + f(five[1], 2) + "$");
        assertThat(f(Math.pow(80, 1 / 7.0), 4)).isEqualTo("1.8701");
        assertThat(f(Math.pow(0.002, 1 / 7.0), 5)).isEqualTo("0.41156");
        double[] eighteen = Samplers.karrasSigmas(18, 0.002, 80, 7);
        assertThat(f(eighteen[1], 1)).isEqualTo("57.6");
        assertThat(LESSON).contains("Gets about 57.6");
    }

    @Test
    void theCountOfHeunPointsOffTheAxesMatchesTheSweep() {
        assertThat(LESSON).contains(outside(Method.EDM_HEUN, 9) + " of 400 at NFE 9");
        assertThat(outside(Method.EDM_HEUN, 11)).isPositive();
        for (int nfe : new int[] {15, 21, 41, 101}) {
            assertThat(outside(Method.EDM_HEUN, nfe)).as("Heun at NFE %d", nfe).isZero();
        }
    }

    /** Samples outside the figure's axes [-3, 3]^2. */
    private static int outside(Method m, int nfe) {
        var samples = sweep.run(m, FastSamplerSweep.BUDGETS.indexOf(nfe)).samples();
        int count = 0;
        for (int i = 0; i < samples.size(); i++) {
            count += Math.abs(samples.x(i)) > 3 || Math.abs(samples.y(i)) > 3 ? 1 : 0;
        }
        return count;
    }

    private static double ratio(Method m, int from, int to) {
        return sweep.run(m, from).error() / sweep.run(m, to).error();
    }

    private static String g3(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String f(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
