package org.diffusioncourse.demo.sde;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledParts;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.VpSde;

/**
 * Scrub the VP reverse SDE and probability-flow ODE from the same noise, over the exact p_t.
 * Before the end metrics are shown, the learner commits to what the two runs share at the end.
 */
final class SdeWidget extends DemoWidget<SdeSettings, CoupledScene> {

    private static final String PREFIX = "sde";

    private final DemoFigure figure = figure("figure");
    private final Div metrics = CoupledParts.metricsBox(PREFIX);
    private final PredictReveal<String> predict;

    SdeWidget(SdeDemo demo, SdeSettings initial, List<String> linkProblems, Consumer<SdeSettings> onChange) {
        super(demo, PREFIX, "Reverse SDE and probability-flow ODE demo", initial, linkProblems, onChange);
        choice(SdeSettings.DATASET, "Target", ToyDataset::label);
        field(SdeSettings.SEED, "Seed", CoupledParts.SEED_HELP);
        slider(SdeSettings.STEP, "Sampler step (time runs from t = 1 down to 0)",
                "Sampler step, 0 (t = 1, noise) to " + SdeSettings.STEPS + " (t = 0.001, data)",
                s -> String.format(Locale.ROOT, "step %d · t = %.3f", s.step(), demo.scene(s).time(s.step())));
        predict = predict("Both runs start from the same " + CoupledScene.PARTICLES + " noise points. At t = 0.001, "
                + "what do they share? Commit before you scrub to the end.", "My prediction", CoupledParts.REVEAL,
                CoupledParts.PREDICTIONS, choice -> choice);
        start(figure, predict, metrics);
    }

    @Override
    protected void draw(CoupledScene scene, SdeSettings settings, boolean revealed) {
        int k = settings.step();
        double t = scene.time(k);
        VpSde vp = VpSde.standard();
        show(figure, String.format(Locale.ROOT, "Reverse SDE and probability-flow ODE at t = %.3f", t),
                CoupledFigure.describe(scene, SdeDemo.RUNS, k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · a(t) = %.4f · s(t) = %.4f · β(t) = %.2f",
                        k, SdeSettings.STEPS, t, vp.signalScale(t), vp.noiseStd(t), vp.beta(t)));
        CoupledParts.showEnd(predict, metrics, PREFIX, scene.runs(), SdeDemo.RUNS, revealed);
    }
}
