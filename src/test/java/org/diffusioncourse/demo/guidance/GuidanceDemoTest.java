package org.diffusioncourse.demo.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DrawnFrame;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;

/** The guidance demo's settings: the class range that follows the target, the link and the figures it serves. */
class GuidanceDemoTest {

    private final GuidanceDemo demo = new GuidanceDemo();

    @Test
    void theClassIsCheckedAgainstTheClassesOfTheChosenTarget() {
        assertThat(problems(Map.of("dataset", "eight-gaussians", "y", "7"))).isEmpty();
        assertThat(problems(Map.of("dataset", "two-moons", "y", "7"))).containsExactly("y must be between 0 and 1, was 7");
        assertThat(problems(Map.of("dataset", "spiral"))).containsExactly("dataset must be one of two-moons, two-blobs, "
                + "eight-gaussians, rings, checkerboard, five-modes; was \"spiral\"");
        assertThat(problems(Map.of("w", "2.7"))).containsExactly("w must be one of 0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8; was \"2.7\"");
        GuidanceSettings eighth = GuidanceSettings.PARAMS.read(Map.of("dataset", "eight-gaussians", "y", "7")).settings();
        assertThat(GuidanceSettings.PARAMS.read(Map.of("dataset", "two-blobs"), eighth).settings().y())
                .as("a target with fewer classes takes its last class").isEqualTo(1);
    }

    @Test
    void settingsRoundTripThroughTheLinkAndTheServedFiguresAreTheWidgetsFirstFrames() {
        GuidanceSettings rings = new GuidanceSettings(ToyDataset.RINGS, 1, 1.5, 2, 200);
        for (GuidanceSettings s : List.of(GuidanceSettings.PARAMS.defaults(), rings)) {
            Component widget = DemoFigures.assertLinkRoundTrip(demo, s);
            assertThat(DemoFigures.all(widget)).extracting(DemoFigure::name).containsExactly("samples", "curves");
            assertThat(DrawnFrame.figureOf(DemoFigures.firstFrame(DemoFigures.named(widget, "samples"))))
                    .isEqualTo(GuidanceFigure.samples(demo.scene(s), s.weightIndex()));
            assertThat(DemoFigures.named(widget, "curves").isVisible()).as("the curves wait for the reveal").isFalse();
            assertThat(DrawnFrame.figureOf(demo.figure("curves", GuidanceSettings.PARAMS.write(s))))
                    .isEqualTo(GuidanceFigure.curves(demo.scene(s), s.weightIndex()));
        }
        assertThat(GuidanceSettings.PARAMS.write(rings)).containsExactly(Map.entry("dataset", "rings"), Map.entry("y", "1"),
                Map.entry("w", "1.5"), Map.entry("seed", "2"), Map.entry("n", "200"));
    }

    private List<String> problems(Map<String, String> link) {
        return GuidanceSettings.PARAMS.read(link).problems();
    }
}
