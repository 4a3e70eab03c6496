package org.diffusioncourse.demo.ddpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

/** The DDPM demo's settings, parameter checks and the practice answers it computes. */
class DdpmDemoTest {

    private final DdpmDemo demo = new DdpmDemo();
    private final NoiseSchedule schedule = DdpmScene.schedule();

    @Test
    void wrongDirectiveParametersAreNamedWithTheirAllowedValues() {
        assertThat(demo.check(Map.of("dataset", "two-moons", "t", "30", "seed", "3", "n", "500"))).isEmpty();
        assertThat(demo.check(Map.of("t", "101", "n", "5", "schedule", "linear"))).containsExactlyInAnyOrder(
                "unknown parameter 'schedule' for ::demo{id=ddpm-reverse}; allowed: dataset, n, seed, t",
                "t must be between 0 and 100, was 101",
                "n must be between 50 and 1000, was 5");
        assertThat(demo.checkStoryboard(Map.of("t", "3"))).containsExactly(
                "unknown parameter 't' for ::storyboard{demo=ddpm-reverse}; allowed: dataset, n, seed");
    }

    @Test
    void answersThatNeedANoisyStepSaySo() {
        assertThat(demo.checkAnswer("posterior-variance-ratio", Map.of())).containsExactly(
                "quantity 'posterior-variance-ratio' needs a step t in params");
        assertThat(demo.checkAnswer("minimal-loss", Map.of("t", "0"))).containsExactly(
                "quantity 'minimal-loss' needs t between 1 and 100, was 0");
        assertThat(demo.checkAnswer("reverse-spread", Map.of("t", "0"))).isEmpty();
        assertThat(demo.checkAnswer("hardest-band", Map.of("dataset", "spiral"))).isEmpty();
    }

    @Test
    void posteriorAnswersAreTheSchedulesNumbers() {
        assertThat(demo.answer("posterior-variance-ratio", Map.of("t", "2")).value())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", DdpmScene.posteriorVariance(2) / schedule.beta(2)))
                .isEqualTo("0.2496");
        assertThat(demo.answer("posterior-weight-xt", Map.of("t", "50")).value()).isEqualTo("0.9405");
        assertThat(demo.answer("posterior-weight-x0", Map.of("t", "1")).value()).isEqualTo("1.0000");
        assertThat(demo.answer("alpha-bar", Map.of("t", "50")).value()).isEqualTo("0.0742");
    }

    @Test
    void simulatedAnswersComeFromTheSceneTheDemoDraws() {
        Map<String, String> moons = Map.of("dataset", "two-moons", "seed", "3", "n", "500");
        DdpmScene scene = DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500);
        ComputedAnswer band = demo.answer("hardest-band", moons);
        assertThat(band.value()).isEqualTo("early");
        assertThat(band.explanation()).contains("t = " + scene.hardestStep());
        ComputedAnswer loss = demo.answer("minimal-loss", Map.of("dataset", "two-moons", "seed", "3", "n", "500", "t", "50"));
        assertThat(loss.value()).isEqualTo("0.149");
        assertThat(loss.matches("0.145")).isTrue();
        assertThat(loss.matches("0.3")).isFalse();
        assertThat(demo.answer("reverse-spread", Map.of("dataset", "two-moons", "seed", "3", "n", "500", "t", "0")).value())
                .isEqualTo("1.92");
    }

    @Test
    void settingsRoundTripThroughTheLink() {
        DdpmSettings defaults = DdpmSettings.PARAMS.defaults();
        DdpmSettings other = new DdpmSettings(ToyDataset.CHECKERBOARD, 77, 42, 1000);
        for (DdpmSettings s : new DdpmSettings[] {defaults, other}) {
            assertThat(DdpmSettings.PARAMS.read(DdpmSettings.PARAMS.write(s)).settings()).isEqualTo(s);
        }
        assertThat(DdpmSettings.PARAMS.write(defaults)).containsExactly(Map.entry("dataset", "two-moons"),
                Map.entry("t", "30"), Map.entry("seed", "3"), Map.entry("n", "500"));
        assertThat(demo.check(Map.of("dataset", "circles"))).containsExactly("dataset must be one of two-moons, spiral, "
                + "two-blobs, eight-gaussians, rings, checkerboard, five-modes; was \"circles\"");
    }

    @Test
    void theServedFigureIsTheRenderersAndAStepReusesTheScene() {
        DdpmSettings s = new DdpmSettings(ToyDataset.SPIRAL, 80, 5, 200);
        DdpmScene scene = DdpmScene.of(ToyDataset.SPIRAL, 5, 200);
        assertThat(DrawnFrame.figureOf(demo.figure("figure", DdpmSettings.PARAMS.write(s)))).isEqualTo(DdpmFigure.render(scene, 80, false));
        assertThat(DrawnFrame.figureOf(demo.figure("figure", Map.of("dataset", "spiral", "t", "80", "seed", "5", "n", "200",
                "revealed", "true")))).isEqualTo(DdpmFigure.render(scene, 80, true));
        assertThat(demo.scene(new DdpmSettings(ToyDataset.SPIRAL, 3, 5, 200))).isSameAs(demo.scene(s));
    }
}
