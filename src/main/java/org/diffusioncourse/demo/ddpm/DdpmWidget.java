package org.diffusioncourse.demo.ddpm;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The DDPM stage: scrub t over the forward and reverse chains, see the noise each training
 * point carries against the exact prediction, and predict where that prediction is hardest
 * before the loss curve is revealed.
 */
final class DdpmWidget extends DemoWidget<DdpmSettings, DdpmScene> {

    private final DemoFigure figure = figure("figure");
    private final PredictReveal<CrossingBand> predict;

    DdpmWidget(DdpmDemo demo, DdpmSettings initial, List<String> linkProblems, Consumer<DdpmSettings> onChange) {
        super(demo, DdpmDemo.ID, "DDPM forward and reverse chain demo", initial, linkProblems, onChange);
        choice(DdpmSettings.DATASET, "Dataset", ToyDataset::label);
        slider(DdpmSettings.T, "Step t", "Step t of the chain, 0 (data) to " + DdpmScene.STEPS + " (noise)");
        field(DdpmSettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same figure");
        field(DdpmSettings.N, "Points n", DdpmScene.MIN_POINTS + " to " + DdpmScene.MAX_POINTS);
        predict = predictBand("Even the best possible network cannot know the noise exactly. At which steps is its "
                + "error largest: near the data, in the middle, or near pure noise? Commit before you look.",
                "Reveal the loss curve", "Small t, near the data (t < 34)", "Middle (34 ≤ t < 67)",
                "Large t, near pure noise (t ≥ 67)");
        start(figure, predict);
    }

    @Override
    protected void draw(DdpmScene scene, DdpmSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(DdpmScene scene) {
        int worst = scene.hardestStep();
        CrossingBand truth = CrossingBand.of(worst, DdpmScene.STEPS);
        String judgement = predict.prediction() == truth ? "Right. " : "Not quite. ";
        return judgement + String.format(Locale.ROOT, "The smallest loss is largest at t = %d (%.3f of a possible 2) and "
                + "almost 0 at t = %d (%.4f): near pure noise, x_t is nearly the noise itself.", worst,
                scene.minimalLoss(worst), DdpmScene.STEPS, scene.minimalLoss(DdpmScene.STEPS));
    }
}
