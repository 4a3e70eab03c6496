package org.diffusioncourse.demo.forward;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.CrossingBand;

/**
 * The forward-noising lab: pick a dataset, a schedule, a seed and a size, scrub t, and watch
 * the cloud dissolve into N(0, I). Before the structure proxy's crossing is drawn, the learner
 * commits to early, middle or late; the simulation then gives the answer.
 */
final class ForwardWidget extends DemoWidget<ForwardSettings, ForwardScene> {

    private final DemoFigure figure = figure("figure");
    private final PredictReveal<CrossingBand> predict;

    ForwardWidget(ForwardDemo demo, ForwardSettings initial, List<String> linkProblems,
            Consumer<ForwardSettings> onChange) {
        super(demo, "forward", "Forward noising demo", initial, linkProblems, onChange);
        choice(ForwardSettings.DATASET, "Dataset", dataset -> dataset.label());
        choice(ForwardSettings.SCHEDULE, "Schedule", schedule -> switch (schedule) {
            case LINEAR -> "Linear β, 1e-4 to 0.02";
            case COSINE -> "Cosine (s = 0.008)";
        }).setWidth("16rem");
        slider(ForwardSettings.T, "Step t", "Diffusion step t, 0 to " + ForwardSettings.STEPS);
        field(ForwardSettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same figure");
        field(ForwardSettings.N, "Points n", ForwardSettings.MIN_POINTS + " to " + ForwardSettings.MAX_POINTS);
        predict = predictBand("With these settings, when does the structure proxy S(t) drop below its threshold for "
                + "good? Commit before you look.", "Reveal the answer", "Early (t* < T/3)", "Middle (T/3 ≤ t* < 2T/3)",
                "Late (t* ≥ 2T/3)");
        start(figure, predict);
    }

    @Override
    protected void draw(ForwardScene scene, ForwardSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(ForwardScene scene) {
        CrossingBand truth = scene.crossingBand();
        String when = scene.crossingReached()
                ? String.format(Locale.ROOT, "S(t) stays below %.4f from t* = %d on, which is %s.",
                        scene.threshold(), scene.crossingStep(), truth.id())
                : "S(t) never stays below the threshold before T, which counts as late.";
        return predict.judge(truth, "the simulation", CrossingBand::id) + when;
    }
}
