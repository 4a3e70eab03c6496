package org.diffusioncourse.demo.fastsamplers;

import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Choose an evaluation budget and see what DDIM, EDM's Heun sampler and DPM-Solver++(2M) make
 * of the same starting noise. The learner first predicts which sampler lands closest to its
 * exact ODE solution at the chosen budget; the reveal shows the error against NFE of all three,
 * with the budget marked, and the verdict keeps judging the budget the prediction was made for.
 */
final class FastSamplersWidget extends DemoWidget<FastSettings, FastScene> {

    private final DemoFigure samples = figure("samples");
    private final DemoFigure error = figure("error");
    private final PredictReveal<Method> predict;
    /** The budget index the learner revealed at, while revealed; -1 before. */
    private int predictedAt = -1;

    FastSamplersWidget(FastSamplersDemo demo, FastSettings initial, List<String> linkProblems,
            Consumer<FastSettings> onChange) {
        super(demo, FastSamplersDemo.ID, "Fast samplers demo", initial, linkProblems, onChange);
        slider(FastSettings.NFE, "Evaluation budget (NFE)", "Evaluation budget, NFE per particle, from "
                + FastSamplerSweep.BUDGETS.getFirst() + " to " + FastSamplerSweep.BUDGETS.getLast());
        choice(FastSettings.DATASET, "Target", ToyDataset::label);
        field(FastSettings.SEED, "Seed", "A whole number ≥ 0; it fixes the starting noise shared by all three samplers");
        predict = predict("At the budget you have chosen, which sampler ends closest to the exact solution of its ODE "
                + "from the same noise? Commit before you look.", "My prediction", "Reveal the errors",
                List.of(Method.values()), Method::label);
        error.setVisible(false);
        start(samples, predict, error);
    }

    @Override
    protected void draw(FastScene scene, FastSettings settings, boolean revealed) {
        // The first frame drawn after the reveal is at the budget the prediction was about.
        predictedAt = !revealed ? -1 : predictedAt < 0 ? settings.budgetIndex() : predictedAt;
        show(samples);
        showOnceRevealed(error);
        predict.showVerdict(revealed ? verdict(scene.sweep(), settings) : "");
    }

    private String verdict(FastSamplerSweep sweep, FastSettings settings) {
        Method guess = predict.prediction();
        Method truthThen = sweep.best(predictedAt);
        int nfeThen = FastSamplerSweep.BUDGETS.get(predictedAt);
        String judgement = guess == truthThen
                ? "Your prediction for NFE " + nfeThen + ", " + guess.label() + ", is right. "
                : "For NFE " + nfeThen + " you predicted " + guess.label() + "; the smallest error belongs to "
                        + truthThen.label() + ". ";
        Method now = sweep.best(settings.budgetIndex());
        return judgement + "At NFE " + settings.nfe() + " the smallest error is " + now.label() + "'s, "
                + FastFigure.scientific(sweep.run(now, settings.budgetIndex()).error()) + ".";
    }
}
