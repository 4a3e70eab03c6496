package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.diffusioncourse.support.LessonFile.fixed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.demo.sde.OrnsteinUhlenbeck;
import org.diffusioncourse.demo.sde.SdeDemo;
import org.diffusioncourse.demo.sde.SdeSettings;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.support.LessonFile;
import org.junit.jupiter.api.Test;

/** Every worked number of the SDE lesson is the engine's number. */
class SdeViewNumbersTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$");
    private final VpSde vp = VpSde.standard();
    private final String lesson = LessonFile.read("sde-view");

    @Test
    void theVpTableMatchesTheEngineToFourDecimals() {
        List<Matcher> rows = lesson.lines().map(ROW::matcher).filter(Matcher::matches).toList();
        assertThat(rows).hasSize(5);
        for (Matcher row : rows) {
            double t = Double.parseDouble(row.group(1));
            assertThat(row.group(2)).as("beta(%s)", t).isEqualTo(fixed(vp.beta(t), 4));
            assertThat(row.group(3)).as("a(%s)", t).isEqualTo(fixed(vp.signalScale(t), 4));
            assertThat(row.group(4)).as("s(%s)", t).isEqualTo(fixed(vp.noiseStd(t), 4));
        }
    }

    @Test
    void theHalfwayComparisonWithDdpmUsesTheEngineValues() {
        double a = vp.signalScale(0.5);
        assertThat(fixed(a * a, 4)).isEqualTo("0.0791");
        assertThat(fixed(NoiseSchedule.named("linear", 1000).alphaBar(500), 4)).isEqualTo("0.0786");
        assertThat(lesson).contains("$a(t)^2 = 0.0791$").contains("$\\bar\\alpha_{500} = 0.0786$")
                .contains("a(0.5)² = 0.0791").contains("ᾱ_500 = 0.0786");
        assertThat(fixed(vp.noiseStd(0.001), 4)).isEqualTo("0.0105");
        assertThat(lesson).contains("where $s = 0.0105$");
    }

    @Test
    void theVeNumbersAreTheEnginesVeProcess() {
        VeSde ve = VeSde.standard();
        assertThat(ve.sigmaMin()).isEqualTo(0.01);
        assertThat(ve.sigmaMax()).isEqualTo(50.0);
        assertThat(ve.drift(0.5)).isZero();
        assertThat(fixed(ve.noiseStd(0.5), 4)).isEqualTo("0.7071");
        assertThat(fixed(ve.diffusionSquared(0.5), 3)).isEqualTo("8.517").isEqualTo(fixed(Math.log(5000), 3));
        assertThat(fixed(ve.noiseStd(1), 4)).isEqualTo("50.0000");
        assertThat(lesson).contains("$\\sigma(0.5) = 0.01 \\sqrt{5000} = 0.7071$")
                .contains("$g(0.5)^2 = \\ln 5000 = 8.517$").contains("a variance of 2500 rather than 1")
                .contains("σ(0.5) = 0.7071 and g(0.5)² = ln 5000 = 8.517");
    }

    @Test
    void theOrnsteinUhlenbeckVariancesAreTheEngines() {
        assertThat(OrnsteinUhlenbeck.of(2, 1.5).stationaryVariance()).isEqualTo(0.5625);
        assertThat(lesson).contains("$2.25/4 = 0.5625$").contains("variance is 0.5625");
        assertThat(OrnsteinUhlenbeck.of(0.5, 1).stationaryVariance()).isEqualTo(1.0);
    }

    @Test
    void theWorkedDriftsAndScoreOnFiveModesAreTheEngines() {
        assertThat(fixed(SdeDemo.probabilityFlowDrift(ToyDataset.FIVE_MODES, 1, 1, 0).x(), 4)).isEqualTo("0.0000");
        assertThat(fixed(SdeDemo.probabilityFlowDrift(ToyDataset.FIVE_MODES, 0.5, 1, 0).x(), 4)).isEqualTo("-0.0231");
        Vec2 drift = SdeDemo.probabilityFlowDrift(ToyDataset.FIVE_MODES, 0.1, 1, 0);
        assertThat(fixed(drift.x(), 3) + ", " + fixed(drift.y(), 3)).isEqualTo("-2.412, -2.151");
        assertThat(lesson).contains("is $0.0000$").contains("only $-0.0231$").contains("(-2.412, -2.151)")
                .contains("(+2.412, +2.151)");
        Vec2 score = NoisedMixture.of(ToyDataset.FIVE_MODES.mixture()).score(1, 0, vp.signalScale(0.1), vp.noiseStd(0.1));
        assertThat(fixed(score.x(), 2) + ", " + fixed(score.y(), 2)).isEqualTo("1.31, 2.06");
        assertThat(lesson).contains("is $(1.31, 2.06)$").contains("about (1.31, 2.06)");
        double[] mode = ToyDataset.FIVE_MODES.mixture().means()[4];
        assertThat(fixed(mode[0], 2) + ", " + fixed(mode[1], 2)).isEqualTo("1.30, 0.42");
        assertThat(fixed(Math.hypot(mode[0], mode[1]), 2)).isEqualTo("1.37");
        assertThat(vp.beta(0.1)).isCloseTo(2.09, org.assertj.core.api.Assertions.within(1e-12));
    }

    /** Finite-difference steps: central differences have error O(h^2) and round-off O(1e-16 / h^2). */
    private static final double DT = 1e-5;
    private static final double DX = 1e-4;
    private static final double FD_TOLERANCE = 1e-6;
    private final NoisedMixture fiveModes = NoisedMixture.of(ToyDataset.FIVE_MODES.mixture());

    private double density(double t, double x, double y) {
        return fiveModes.density(x, y, vp.signalScale(t), vp.noiseStd(t));
    }

    /** The reverse drift in reversed time tau, v = -f x + g^2 grad log p_t, times the density. */
    private Vec2 reverseFlux(double t, double x, double y) {
        Vec2 score = fiveModes.score(x, y, vp.signalScale(t), vp.noiseStd(t));
        double p = density(t, x, y);
        return new Vec2(p * (-vp.drift(t) * x + vp.diffusionSquared(t) * score.x()),
                p * (-vp.drift(t) * y + vp.diffusionSquared(t) * score.y()));
    }

    @Test
    void fokkerPlanckAndItsReversalHoldAtTheWorkedPoint() {
        double t = 0.1;
        double x = 1;
        double y = 0;
        double f = vp.drift(t);
        double g2 = vp.diffusionSquared(t);
        double p = density(t, x, y);
        double dpdt = (density(t + DT, x, y) - density(t - DT, x, y)) / (2 * DT);
        double laplacian = (density(t, x + DX, y) + density(t, x - DX, y) + density(t, x, y + DX)
                + density(t, x, y - DX) - 4 * p) / (DX * DX);
        double divXp = ((x + DX) * density(t, x + DX, y) - (x - DX) * density(t, x - DX, y)) / (2 * DX)
                + ((y + DX) * density(t, x, y + DX) - (y - DX) * density(t, x, y - DX)) / (2 * DX);
        double forward = -f * divXp + 0.5 * g2 * laplacian;
        assertThat(forward).as("forward Fokker-Planck").isCloseTo(dpdt, within(FD_TOLERANCE));
        // Reversed clock: d q / d tau = -d p / d t must equal -div(q v) + 1/2 g^2 lap q, with v from the score.
        double divFlux = (reverseFlux(t, x + DX, y).x() - reverseFlux(t, x - DX, y).x()) / (2 * DX)
                + (reverseFlux(t, x, y + DX).y() - reverseFlux(t, x, y - DX).y()) / (2 * DX);
        assertThat(-divFlux + 0.5 * g2 * laplacian).as("reversed Fokker-Planck").isCloseTo(-dpdt, within(FD_TOLERANCE));
        assertThat(lesson).contains("$f = " + fixed(f, 3) + "$ and $g^2 = " + fixed(g2, 2) + "$")
                .contains("$p_t(x) = " + fixed(p, 4) + "$ and $\\partial_t p_t(x) = " + fixed(dpdt, 4) + "$")
                .contains("is also $" + fixed(forward, 4) + "$");
    }

    @Test
    void theReverseDriftAtTheWorkedPointIsTwiceTheScoreTermOfTheOde() {
        double t = 0.1;
        Vec2 score = fiveModes.score(1, 0, vp.signalScale(t), vp.noiseStd(t));
        double f = vp.drift(t);
        double g2 = vp.diffusionSquared(t);
        Vec2 reverse = new Vec2(f - g2 * score.x(), -g2 * score.y());
        Vec2 ode = SdeDemo.probabilityFlowDrift(ToyDataset.FIVE_MODES, t, 1, 0);
        assertThat(ode.x()).isCloseTo(f - 0.5 * g2 * score.x(), within(1e-9));
        assertThat(ode.y()).isCloseTo(-0.5 * g2 * score.y(), within(1e-9));
        String rev = fixed(reverse.x(), 4) + ", " + fixed(reverse.y(), 4);
        String flow = fixed(ode.x(), 4) + ", " + fixed(ode.y(), 4);
        assertThat(lesson).contains("= (" + rev + ")$, against $(" + flow + ")$")
                .contains("along $(" + rev.replace("-", "+") + ")$ plus fresh noise")
                .contains("along $(" + flow.replace("-", "+") + ")$ with none");
    }

    @Test
    void theDemoMetricsQuotedInTheClaimsAreTheDefaultRuns() {
        CoupledRuns runs = new SdeDemo().scene(new SdeSettings(ToyDataset.FIVE_MODES, 1, 100)).runs();
        String sde = fixed(runs.run(0).metrics().energyDistance(), 4).replace('-', '−');
        String ode = fixed(runs.run(1).metrics().energyDistance(), 4).replace('-', '−');
        String exact = fixed(runs.exactBaseline().energyDistance(), 4).replace('-', '−');
        String paired = fixed(runs.meanPairedEndDistance(0, 1), 2);
        assertThat(lesson).contains("energy distances " + sde + " and " + ode + " to the target, against " + exact)
                .contains("ends on average " + paired + " apart")
                .contains("ends on average " + paired + " apart in the two runs");
    }

    @Test
    void theLastStepNoiseQuotedInTheMisconceptionIsTheEngines() {
        double h = (1 - 1e-3) / SdeSettings.STEPS;
        double lastT = 1 - (SdeSettings.STEPS - 1) * h;
        assertThat(fixed(Math.sqrt(vp.diffusionSquared(lastT) * h), 3)).isEqualTo("0.033");
        assertThat(lesson).contains("√(β h) ≈ 0.033");
    }
}
