package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.support.LessonFile.fixed;

import java.util.Map;
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.demo.sde.SdeDemo;
import org.diffusioncourse.demo.sde.SdeProcess;
import org.diffusioncourse.demo.sde.SdeSettings;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.support.LessonFile;
import org.junit.jupiter.api.Test;

/** Every number the SDE lesson gives about the demo's VE setting is the engine's number. */
class SdeViewVeNumbersTest {

    private final String lesson = LessonFile.read("sde-view");
    private final SdeDemo demo = new SdeDemo();
    private final CoupledRuns ve = demo.scene(new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VE, 1, 0)).runs();
    private final CoupledRuns vp = demo.scene(new SdeSettings(ToyDataset.FIVE_MODES, SdeProcess.VP, 1, 0)).runs();

    @Test
    void theClaimQuotesTheDefaultVeRuns() {
        String sde = fixed(ve.run(0).metrics().energyDistance(), 4).replace('-', '−');
        String ode = fixed(ve.run(1).metrics().energyDistance(), 4).replace('-', '−');
        String exact = fixed(ve.exactBaseline().energyDistance(), 4).replace('-', '−');
        assertThat(lesson).contains("energy distances " + sde + " and " + ode + " to the target, against " + exact
                + " for 600 exact draws. The ODE moves a start point "
                + demo.answer("ode-travel", Map.of("dataset", "five-modes", "process", "ve", "seed", "1")).value()
                + " on average, against "
                + demo.answer("ode-travel", Map.of("dataset", "five-modes", "process", "vp", "seed", "1")).value()
                + " under VP.");
        assertThat(lesson).contains("Under VP the answer is " + fixed(SdeDemo.meanTravel(vp, 1), 2) + ".");
    }

    @Test
    void thePriorAndTheScheduleAreTheDemosVeProcess() {
        ContinuousPath path = SdeProcess.VE.path();
        String std = fixed(Math.hypot(path.signalScale(1), path.noiseStd(1)), 2);
        assertThat(std).isEqualTo("10.05");
        assertThat(lesson).contains("N(0, " + std + "² I)").contains("$\\mathcal N(0, " + std + "^2 I)$")
                .contains("a std of " + std + " per axis").contains("$\\sigma(t)$ from 0.01 to 10");
        assertThat(fixed(path.noiseStd(0.75), 2)).isEqualTo("1.78");
        assertThat(lesson).contains("$t = 0.75$, where $\\sigma = 1.78$");
        // The hint's estimate: the mean norm of a 2-D Gaussian is sigma sqrt(pi / 2).
        assertThat(fixed(10.05 * Math.sqrt(Math.PI / 2), 1)).isEqualTo("12.6");
        assertThat(fixed(SdeDemo.meanNorm(ve.run(1).end()), 1)).isEqualTo("1.4");
        assertThat(lesson).contains("about 12.6 from the origin and ends on average about 1.4 from it");
    }

    @Test
    void theCountsInThePlottedSquareAreTheDemos() {
        int start = SdeDemo.inPlottedSquare(ve.at(0, 0));
        assertThat(start).isEqualTo(SdeDemo.inPlottedSquare(ve.at(1, 0))).isEqualTo(48);
        assertThat(lesson).contains("only " + start + " of the 600 points are inside the plotted square");
        assertThat(ve.run(0).times()[50]).isEqualTo(0.75, org.assertj.core.api.Assertions.within(0.001));
        for (int r = 0; r < 2; r++) {
            assertThat(SdeDemo.inPlottedSquare(ve.at(r, 50))).as("run %d at t = 0.75", r).isBetween(480, 520);
            assertThat(ve.run(r).times()[80]).isEqualTo(0.6, org.assertj.core.api.Assertions.within(0.001));
            for (int k = 80; k <= SdeSettings.STEPS; k++) {
                assertThat(SdeDemo.inPlottedSquare(ve.at(r, k))).as("run %d step %d", r, k).isGreaterThanOrEqualTo(r == 0 ? 599 : 600);
            }
        }
        assertThat(lesson).contains("about 500 by $t = 0.75$")
                .contains("from $t = 0.6$ on all of them, give or take one point that the SDE's noise kicks out");
    }

    @Test
    void theVeOdePathsAreNearlyStraightAndLongerThanVps() {
        assertThat(ve.pathLengthRatio(1)).as("VE ODE path length over chord").isLessThan(1.05);
        assertThat(SdeDemo.meanTravel(ve, 1)).isGreaterThan(10 * SdeDemo.meanTravel(vp, 1));
        assertThat(lesson).contains("each ODE path is a nearly straight line");
        // "blurred by about 0.01 in both cases": s(0.001) under VP and sigma(0.001) under VE.
        assertThat(fixed(SdeProcess.VP.path().noiseStd(0.001), 2)).isEqualTo("0.01");
        assertThat(fixed(SdeProcess.VE.path().noiseStd(0.001), 2)).isEqualTo("0.01");
        assertThat(lesson).contains("blurred by about 0.01 in both cases");
    }
}
