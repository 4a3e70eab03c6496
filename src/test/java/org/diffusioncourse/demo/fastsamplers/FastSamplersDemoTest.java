package org.diffusioncourse.demo.fastsamplers;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;

/** The fast-samplers demo's settings, its link and the figures it serves. */
class FastSamplersDemoTest {

    private final FastSamplersDemo demo = new FastSamplersDemo();

    @Test
    void wrongValuesAreNamedWithTheirAllowedValues() {
        assertThat(FastSettings.PARAMS.read(Map.of("nfe", "10", "n", "5")).problems()).containsExactly(
                "nfe must be one of 3, 5, 7, 9, 11, 15, 21, 31, 41, 61, 81, 101; was \"10\"",
                "n must be between 50 and 1000, was 5");
        assertThat(demo.checkStoryboard(Map.of("nfe", "9"))).containsExactly(
                "unknown parameter 'nfe' for ::storyboard{demo=fast-samplers}; allowed: dataset, n, seed");
        assertThat(demo.checkAnswer("error", Map.of("sampler", "euler"))).containsExactly(
                "sampler must be one of ddim, edm-heun, dpm-solver++2m; was \"euler\"");
    }

    @Test
    void settingsRoundTripThroughTheLinkAndTheServedFiguresAreTheWidgetsFirstFrames() {
        FastSettings blobs = new FastSettings(ToyDataset.TWO_BLOBS, 21, 4, 200);
        for (FastSettings s : List.of(FastSettings.PARAMS.defaults(), blobs)) {
            Component widget = DemoFigures.assertLinkRoundTrip(demo, s);
            assertThat(DemoFigures.all(widget)).extracting(DemoFigure::name).containsExactly("samples", "error");
            assertThat(DrawnFrame.figureOf(DemoFigures.firstFrame(DemoFigures.named(widget, "samples"))))
                    .isEqualTo(FastFigure.samples(demo.scene(s), s.budgetIndex()));
            assertThat(DemoFigures.named(widget, "error").isVisible()).as("the error plot waits for the reveal").isFalse();
            assertThat(DrawnFrame.figureOf(demo.figure("error", FastSettings.PARAMS.write(s))))
                    .isEqualTo(FastFigure.error(demo.scene(s), s.budgetIndex()));
        }
        assertThat(FastSettings.PARAMS.write(blobs)).containsExactly(Map.entry("dataset", "two-blobs"),
                Map.entry("nfe", "21"), Map.entry("seed", "4"), Map.entry("n", "200"));
    }
}
