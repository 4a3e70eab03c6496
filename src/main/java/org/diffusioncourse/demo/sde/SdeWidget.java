package org.diffusioncourse.demo.sde;

import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.coupled.CoupledWidget;

/**
 * Scrub the reverse SDE and probability-flow ODE of the VP or VE SDE from the same noise, over
 * the exact p_t. Before the end metrics are shown, the learner commits to what the two runs share
 * at the end; switching the process is a new question, so it resets that commitment.
 */
final class SdeWidget extends CoupledWidget<SdeSettings> {

    SdeWidget(SdeDemo demo, SdeSettings initial, List<String> linkProblems, Consumer<SdeSettings> onChange) {
        super(demo, "sde", "Reverse SDE and probability-flow ODE demo", "Both runs start from the same "
                + CoupledScene.PARTICLES + " noise points. At t = 0.001, what do they share? Commit before you scrub "
                + "to the end.", SdeDemo.RUNS, initial, linkProblems, onChange);
        target(SdeSettings.DATASET, SdeSettings.SEED);
        choice(SdeSettings.PROCESS, "Process", SdeProcess::label);
        stepSlider(SdeSettings.STEP, "Sampler step (time runs from t = 1 down to 0)",
                "Sampler step, 0 (t = 1, noise) to " + SdeSettings.STEPS + " (t = 0.001, data)");
        start();
    }

    @Override
    protected void draw(CoupledScene scene, SdeSettings settings, boolean revealed) {
        showStep(scene, revealed);
    }
}
