package org.diffusioncourse.demo.evaluation;

import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.evaluation.FailureMode;

/**
 * Pick a failure mode and slide its severity: the samples over the exact target, and (after the
 * learner has predicted whether fidelity or diversity suffers more) the six sample measures
 * against severity, each beside its value for exact draws.
 */
final class EvaluationWidget extends DemoWidget<EvaluationSettings, EvaluationScene> {

    private final DemoFigure samples = figure("samples");
    private final DemoFigure curves = figure("curves");
    private final PredictReveal<String> predict;

    EvaluationWidget(EvaluationDemo demo, EvaluationSettings initial, List<String> linkProblems,
            Consumer<EvaluationSettings> onChange) {
        super(demo, EvaluationDemo.ID, "Model evaluation demo", initial, linkProblems, onChange);
        slider(EvaluationSettings.SEVERITY, "Severity", "Severity of the failure, 0 (healthy) to "
                + (FailureMode.LEVELS - 1));
        choice(EvaluationSettings.FAILURE, "Failure mode", FailureMode::label).setWidth("16rem");
        choice(EvaluationSettings.DATASET, "Target", d -> d.label());
        field(EvaluationSettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same samples");
        predict = predict("At the worst severity of this failure, which falls further from its healthy value: precision "
                + "(do samples land where the target has mass?) or recall (is all of the target sampled?)? Commit before "
                + "you look.", "My prediction", "Reveal the measurements", EvaluationDemo.SUFFERS, answer -> answer);
        curves.setVisible(false);
        start(samples, predict, curves);
    }

    @Override
    protected void draw(EvaluationScene scene, EvaluationSettings settings, boolean revealed) {
        show(samples);
        showOnceRevealed(curves);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(EvaluationScene scene) {
        String truth = EvaluationDemo.suffersMore(scene.sweep());
        return predict.judge(truth, "the simulation")
                + EvaluationDemo.explainDrops(scene.sweep()) + ".";
    }
}
