package org.diffusioncourse.demo.training;

import java.util.List;
import java.util.Locale;
import org.diffusioncourse.simulation.learn.TrainedModel;

/**
 * The demo's question: how far above the exact loss floor does the training loss settle? The gap
 * is the relative excess (final loss / floor - 1), where the final loss is the mean minibatch loss
 * of the run's last {@link TrainedModel#FINAL_LOSS_WINDOW} steps and the floor the smallest loss any
 * predictor can reach ({@link TrainingScene#floor()}). A learner answers with one of three bands.
 */
final class LossGap {

    /** The bands a learner can predict, in order. */
    static final List<String> BANDS = List.of("within 2% of the floor", "2% to 10% above the floor",
            "more than 10% above the floor");

    /** Upper ends of the first two bands. */
    static final double CLOSE = 0.02;
    static final double FAR = 0.10;

    private LossGap() {
    }

    /** final loss / floor - 1. */
    static double relative(TrainingScene scene) {
        return scene.finalLoss() / scene.floor().mean() - 1;
    }

    /** The band the run's gap falls in. */
    static String band(TrainingScene scene) {
        double gap = relative(scene);
        return BANDS.get(gap < CLOSE ? 0 : gap < FAR ? 1 : 2);
    }

    /** The numbers behind the band, with the floor's Monte Carlo error. */
    static String sentence(TrainingScene scene) {
        TrainedModel model = scene.model();
        return String.format(Locale.ROOT, "The loss settles at %.4f (mean of the last %d steps); the floor is %.4f ± %.4f,"
                + " so the run ends %.1f%% above it. The floor is not zero: given x_t, the noise that made it is still "
                + "uncertain, and no network can predict what x_t does not tell.", model.finalLoss(),
                Math.min(TrainedModel.FINAL_LOSS_WINDOW, model.stepsDone()), scene.floor().mean(),
                scene.floor().standardError(), 100 * relative(scene));
    }
}
