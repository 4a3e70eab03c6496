package org.diffusioncourse.demo.langevin;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.langevin.LangevinScene.Start;

/**
 * The Langevin stage: scrub the iteration k, choose the step size, plain or annealed dynamics
 * and the start, and predict how many modes the particles will have found after the last
 * iteration before the distance curve is revealed.
 */
final class LangevinWidget extends DemoWidget<LangevinSettings, LangevinScene> {

    private final DemoFigure figure = figure("figure");
    private final PredictReveal<Integer> predict;

    LangevinWidget(LangevinDemo demo, LangevinSettings initial, List<String> linkProblems,
            Consumer<LangevinSettings> onChange) {
        super(demo, LangevinDemo.ID, "Langevin dynamics demo", initial, linkProblems, onChange);
        slider(LangevinSettings.K, "Iteration k", "Iteration k, 0 to " + LangevinScene.ITERATIONS);
        choice(LangevinSettings.ETA, "Step size η", eta -> "η = " + TextParams.format(eta));
        choice(LangevinSettings.ANNEALED, "Annealing", on -> on ? "Annealed over σ from 2 to 0.05" : "Plain (no annealing)");
        choice(LangevinSettings.START, "Start",
                start -> start == Start.CORNER ? "All at the corner (2.5, −2.5)" : "Spread over the square");
        field(LangevinSettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same figure");
        field(LangevinSettings.N, "Particles n", LangevinScene.MIN_PARTICLES + " to " + LangevinScene.MAX_PARTICLES);
        predict = predict("With these settings, how many of the five modes will hold at least one particle after all "
                + LangevinScene.ITERATIONS + " iterations? Commit before you look.", "Modes occupied at the end",
                "Reveal the run", List.of(0, 1, 2, 3, 4, 5), m -> m == 0 ? "0 (all escaped)" : Integer.toString(m));
        start(figure, predict);
    }

    @Override
    protected void draw(LangevinScene scene, LangevinSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(LangevinScene scene) {
        int truth = scene.occupiedModes(LangevinScene.ITERATIONS);
        Integer guess = predict.prediction();
        String judgement = guess != null && guess == truth ? "Right: " : "You said " + guess + "; the run ends with ";
        return judgement + truth + " of 5 modes occupied after " + LangevinScene.ITERATIONS + " iterations, "
                + String.format(Locale.ROOT, "distance from the target split %.2f.",
                        scene.modeDistance(LangevinScene.ITERATIONS));
    }
}
