package org.diffusioncourse.demo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.demo.catalog.Demos;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.FlowLikelihood;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;
import org.diffusioncourse.support.DemoFigures;
import org.junit.jupiter.api.Test;

/**
 * The evaluation demo: its link, the figures it serves (the widget's first frames, built
 * browserless), the table behind the curves, the scene's numbers behind the prediction, and the
 * practice answers computed by the engine.
 */
class EvaluationDemoTest {

    private final EvaluationDemo demo = new EvaluationDemo();

    @Test
    void itIsInTheCatalogAndItsLinkIsChecked() {
        assertThat(Demos.all().stream().map(LessonDemo::id)).contains(EvaluationDemo.ID);
        DemoCatalog catalog = new DemoCatalog();
        for (String witness : demo.witnesses().keySet()) {
            assertThat(catalog.witness(witness)).as(witness).isPresent();
        }
        assertThat(catalog.witness("pf-ode-divergence").orElseThrow().code()).contains("f - half * work[MixtureCurvature.HXX]");
        assertThat(EvaluationSettings.PARAMS.read(Map.of("severity", "7")).problems())
                .containsExactly("severity must be between 0 and 6, was 7");
        assertThat(EvaluationSettings.PARAMS.read(Map.of("failure", "blur")).problems()).containsExactly(
                "failure must be one of few-steps, langevin-step, over-guidance, memorisation; was \"blur\"");
        assertThat(EvaluationSettings.PARAMS.read(Map.of("dataset", "spiral")).problems()).hasSize(1);
    }

    @Test
    void settingsRoundTripThroughTheLinkAndTheServedFiguresAreTheWidgetsFirstFrames() {
        EvaluationSettings memorising = new EvaluationSettings(ToyDataset.EIGHT_GAUSSIANS, FailureMode.MEMORISATION, 5, 2);
        for (EvaluationSettings s : List.of(EvaluationSettings.PARAMS.defaults(), memorising)) {
            Component widget = DemoFigures.assertLinkRoundTrip(demo, s);
            assertThat(DemoFigures.all(widget)).extracting(DemoFigure::name).containsExactly("samples", "curves");
            assertThat(DemoFigures.firstFrame(DemoFigures.named(widget, "samples")))
                    .isEqualTo(EvaluationFigure.samples(demo.scene(s), s.severity()));
            assertThat(DemoFigures.named(widget, "curves").isVisible()).as("the curves wait for the reveal").isFalse();
            assertThat(demo.figure("curves", EvaluationSettings.PARAMS.write(s)))
                    .isEqualTo(EvaluationFigure.curves(demo.scene(s), s.severity())).startsWith("<svg");
        }
        assertThat(EvaluationSettings.PARAMS.write(memorising)).containsExactly(Map.entry("dataset", "eight-gaussians"),
                Map.entry("failure", "memorisation"), Map.entry("severity", "5"), Map.entry("seed", "2"));
    }

    @Test
    void theCurvesTableHasALevelPerRowAndTheExactDraws() {
        EvaluationSettings s = EvaluationSettings.PARAMS.read(Map.of("failure", "memorisation")).settings();
        DataTable table = demo.table("curves", s, true);
        assertThat(table.columns()).containsExactly("level", "setting", "frechet", "energy", "mmd2", "precision", "recall",
                "coverage", "meanLogDensity", "copyShare");
        assertThat(table.rows()).hasSize(FailureMode.LEVELS + 1);
        assertThat(table.rows().getLast().get(1)).isEqualTo("exact draws");
        assertThat(table.rows().get(6).get(9)).isEqualTo(1.0);
    }

    @Test
    void theStoryboardDrawsFourSeveritiesAndSaysWhatTheyShow() {
        assertThat(demo.checkStoryboard(Map.of("failure", "memorisation", "severity", "2"))).hasSize(1);
        assertThat(demo.checkStoryboard(Map.of("failure", "memorisation"))).isEmpty();
        EvaluationScene scene = demo.scene(EvaluationSettings.PARAMS.read(Map.of("failure", "memorisation")).settings());
        String svg = EvaluationFigure.storyboard(scene, EvaluationDemo.STORYBOARD_LEVELS);
        assertThat(svg).startsWith("<svg").contains("severity 0", "severity 6");
        assertThat(EvaluationFigure.describeStoryboard(scene, EvaluationDemo.STORYBOARD_LEVELS))
                .startsWith("Samples over the contours of two moons.").contains("severity 2");
        assertThat(demo.storyboard(Map.of("failure", "few-steps"))).isNotNull();
    }

    /** The prediction's answer on two moons, seed 1: each failure hurts fidelity or diversity in its own way. */
    @Test
    void eachFailureModeHurtsPrecisionOrRecallAsTheLessonSays() {
        Map<FailureMode, String> expected = Map.of(FailureMode.FEW_STEPS, "both about equally",
                FailureMode.LANGEVIN_STEP, "precision", FailureMode.OVER_GUIDANCE, "recall", FailureMode.MEMORISATION, "recall");
        expected.forEach((mode, answer) -> assertThat(demo.answer("suffers-more", Map.of("failure", mode.id())).value())
                .as(mode.id()).isEqualTo(answer));
    }

    @Test
    void practiceAnswersAreTheEnginesNumbers() {
        Map<String, String> at = Map.of("dataset", "two-moons", "failure", "few-steps", "severity", "4", "seed", "1");
        SeveritySweep.Level level = SeveritySweep.single(ToyDataset.TWO_MOONS.labelled(), FailureMode.FEW_STEPS, 4,
                EvaluationSettings.SAMPLES, 1);
        assertThat(demo.answer("frechet", at).matches(Double.toString(level.evaluation().frechet()))).isTrue();
        assertThat(demo.answer("recall", at).matches(Double.toString(level.evaluation().recall()))).isTrue();
        assertThat(demo.checkAnswer("recall", Map.of("failure", "few-steps"))).anyMatch(p -> p.contains("needs a severity"));

        Map<String, String> point = Map.of("dataset", "two-moons", "x", "0.5", "y", "0.3");
        FlowLikelihood.Result r = FlowLikelihood.of(ToyDataset.TWO_MOONS.mixture()).at(0.5, 0.3, 1000);
        assertThat(demo.answer("log-likelihood", point).value()).isEqualTo("-0.891");
        assertThat(demo.answer("true-log-density", point).value()).isEqualTo("-0.891");
        assertThat(demo.answer("hutchinson-sd", point).matches(Double.toString(2 * Math.abs(r.jxy())))).isTrue();
        assertThat(demo.checkAnswer("log-likelihood", Map.of("x", "0.5"))).anyMatch(p -> p.contains("needs a point"));
        assertThat(demo.checkAnswer("log-likelihood", Map.of("x", "5", "y", "0"))).anyMatch(p -> p.contains("x must be"));
    }
}
