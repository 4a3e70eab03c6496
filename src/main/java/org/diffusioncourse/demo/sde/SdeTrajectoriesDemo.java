package org.diffusioncourse.demo.sde;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.coupled.CoupledDemoView;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.simulation.process.VpSde;

/**
 * Scrub the VP reverse SDE and probability-flow ODE from the same noise, over the exact p_t.
 * Before the end metrics are shown, the learner commits to what the two runs share at the end.
 */
public final class SdeTrajectoriesDemo extends CoupledDemoView<SdeSettings> {

    private static final Spec SPEC = new Spec("sde", SdeTrajectories.ID, "Reverse SDE and probability-flow ODE demo",
            SdeSettings.DATASETS, SdeTrajectories.STEPS, "Sampler step (time runs from t = 1 down to 0)",
            "Sampler step, 0 (t = 1, noise) to " + SdeTrajectories.STEPS + " (t = 0.001, data)",
            "Both runs start from the same " + SdeTrajectories.PARTICLES + " noise points. At t = 0.001, what do they "
                    + "share? Commit before you scrub to the end.",
            List.of("Reverse SDE", "Probability-flow ODE"));


    public SdeTrajectoriesDemo(SdeTrajectories demo, SdeSettings initial, List<String> linkProblems,
            Consumer<SdeSettings> onChange) {
        super(SPEC, demo, initial, linkProblems, onChange);
        start();
    }

    @Override
    protected String draw(CoupledScene scene, SdeSettings settings, DemoParts.Figure figure) {
        int k = settings.step();
        double t = scene.time(k);
        VpSde vp = VpSde.standard();
        List<CoupledFigure.Panel> panels = SdeTrajectories.panels(scene, k);
        figure.show(CoupledFigure.render("sde-plot", scene.runs(), panels, k),
                String.format(Locale.ROOT, "Reverse SDE and probability-flow ODE at t = %.3f", t),
                CoupledFigure.describe(scene.runs(), panels, k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · a(t) = %.4f · s(t) = %.4f · β(t) = %.2f",
                        k, SdeTrajectories.STEPS, t, vp.signalScale(t), vp.noiseStd(t), vp.beta(t)));
        return String.format(Locale.ROOT, "step %d · t = %.3f", k, t);
    }
}
