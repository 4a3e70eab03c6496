package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.support.LessonFile.fixed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.flow.FlowDemo;
import org.diffusioncourse.demo.flow.FlowSettings;
import org.diffusioncourse.simulation.FieldConversions;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.diffusioncourse.support.LessonFile;
import org.junit.jupiter.api.Test;

/** Every worked number of the flow-matching lesson is the engine's number. */
class FlowMatchingNumbersTest {

    private static final Pattern CONVERSION = Pattern.compile("^\\| (velocity|score|noise|denoiser) \\| .* \\| (-?[0-9.]+) \\|$");
    private static final Pattern EULER = Pattern.compile("^\\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\|$");
    private final String lesson = LessonFile.read("flow-matching");
    private final FlowDemo demo = new FlowDemo();

    @Test
    void theConversionTableIsTheEnginesFieldsForOneDataPoint() {
        List<Matcher> rows = lesson.lines().map(CONVERSION::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(m -> m.group(1)).containsExactly("velocity", "score", "noise", "denoiser");
        for (Matcher row : rows) {
            assertThat(row.group(2)).as(row.group(1)).isEqualTo(fixed(FlowDemo.conditionalTarget(row.group(1), 5, -1, 0.6), 3));
        }
        CondOtPath path = CondOtPath.of();
        assertThat(fixed(FieldConversions.velocityFromScore(path, 0.6, 2.6, 2.5), 3)).isEqualTo("6.000");
        assertThat(fixed(FieldConversions.scoreFromVelocity(path, 0.6, 2.6, 6), 3)).isEqualTo("2.500");
        assertThat(lesson).contains("x = 2.6 and the four targets are u = 6, score 2.5, ε = −1 and D = 5");
    }

    @Test
    void theWorkedSdeStepIsTheEnginesStep() {
        CondOtPath path = CondOtPath.of();
        double sx = FieldConversions.scoreFromVelocity(path, 0.3, 1.2, 2.1);
        double sy = FieldConversions.scoreFromVelocity(path, 0.3, -0.5, 1.3);
        assertThat(lesson).contains("= (" + fixed(sx, 3) + ", " + fixed(sy, 3) + ")$")
                .contains("= (" + fixed(2.1 + 0.125 * sx, 3) + ", " + fixed(1.3 + 0.125 * sy, 3) + ")$");
        // The update below is FlowSdeSampler.step, which NoisedMixtureTest checks against the same example.
        double x = 1.2 + 0.02 * (2.1 + 0.125 * sx) + 0.5 * Math.sqrt(0.02) * 0.3;
        double y = -0.5 + 0.02 * (1.3 + 0.125 * sy) + 0.5 * Math.sqrt(0.02) * -0.8;
        assertThat(lesson).contains("$X = (" + fixed(x, 3) + ", " + fixed(y, 3) + ")$");
        // The source's -0.528 comes from adding rounded parts; the unrounded parts give the engine's value.
        assertThat(fixed(-0.5 + 0.029 - 0.057, 3)).isEqualTo("-0.528");
        double drift = 0.02 * (1.3 + 0.125 * sy);
        double noise = 0.5 * Math.sqrt(0.02) * -0.8;
        assertThat(lesson).contains("$-0.5 + 0.029 - 0.057$").contains("$-0.5 + " + fixed(drift, 4) + " - "
                + fixed(-noise, 4) + " = " + fixed(y, 3) + "$");
    }

    @Test
    void theEulerTableIsTheFlowOdeFromTheDemosStartPoints() {
        GaussianMixture2D target = ToyDataset.FIVE_MODES.mixture();
        PointCloud start = PointCloud.standardNormal(CoupledScene.PARTICLES, Seeds.generator(1));
        PointCloud reference = run(target, start, 200).samples();
        List<Matcher> rows = lesson.lines().map(EULER::matcher).filter(Matcher::matches).toList();
        assertThat(rows).extracting(m -> m.group(1)).containsExactly("1", "2", "4", "10", "50", "200");
        for (Matcher row : rows) {
            int steps = Integer.parseInt(row.group(1));
            SampleRun run = run(target, start, steps);
            SampleMetrics m = SampleMetrics.of(target, run, Seeds.generator(3));
            double distance = 0;
            for (int i = 0; i < start.size(); i++) {
                distance += Math.hypot(run.samples().x(i) - reference.x(i), run.samples().y(i) - reference.y(i));
            }
            assertThat(row.group(2)).as("energy distance, %d steps", steps).isEqualTo(fixed(m.energyDistance(), 4));
            assertThat(row.group(3)).as("distance, %d steps", steps).isEqualTo(fixed(distance / start.size(), 4));
        }
        // The 200-step row is the demo's sigma = 0 run itself.
        CoupledRuns demoRuns = demo.scene(new FlowSettings(ToyDataset.FIVE_MODES, 1, 0, 0)).runs();
        assertThat(fixed(demoRuns.run(0).metrics().energyDistance(), 4)).isEqualTo(rows.getLast().group(2));
        assertThat(lesson).contains("energy distance 0.9848 against 0.0035 with 200 steps");
    }

    @Test
    void theDemoNumbersInTheClaimsAreTheDefaultRuns() {
        CoupledRuns runs = demo.scene(new FlowSettings(ToyDataset.FIVE_MODES, 1, 1.0, 0)).runs();
        String sde = dash(fixed(runs.run(1).metrics().energyDistance(), 4));
        String ode = dash(fixed(runs.run(0).metrics().energyDistance(), 4));
        String exact = dash(fixed(runs.exactBaseline().energyDistance(), 4));
        assertThat(lesson).contains("ends at energy distance " + sde + " against " + ode + " for the ODE and " + exact
                + " for exact draws, while the same start point ends " + fixed(runs.meanPairedEndDistance(0, 1), 2) + " apart");
        String ratio = fixed(runs.pathLengthRatio(0), 2);
        assertThat(lesson).contains("2.03 times the summed start-to-end distance").contains("is 2.03 times their summed");
        assertThat(ratio).isEqualTo("2.03");
        assertThat(lesson).contains("ratio of the σ = 0 run (2.03 on five modes)");
    }

    @Test
    void theNarrowModeDiscretisationNumbersAreTheEngines() {
        CoupledRuns runs = demo.scene(new FlowSettings(ToyDataset.EIGHT_GAUSSIANS, 1, 1.5, 0)).runs();
        assertThat(fixed(runs.run(1).metrics().meanLogDensity(), 2)).isEqualTo("-0.81");
        assertThat(fixed(runs.exactBaseline().meanLogDensity(), 2)).isEqualTo("-0.27");
        assertThat(lesson).contains("to −0.81, against −0.27 for exact draws");
    }

    private static SampleRun run(GaussianMixture2D target, PointCloud start, int steps) {
        return Samplers.flowMatching(steps, false).runFrom(NoisedMixture.of(target), start, Seeds.generator(2),
                PathSelection.none());
    }

    private static String dash(String number) {
        return number.replace('-', '−');
    }
}
