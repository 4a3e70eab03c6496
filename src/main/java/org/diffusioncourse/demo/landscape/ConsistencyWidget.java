package org.diffusioncourse.demo.landscape;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The consistency-map lab: noise points at time t of the probability-flow ODE, where the exact
 * map and where k Euler steps send them. The t slider is the main control; the learner commits
 * to how many Euler steps a one-shot map from t = 1 needs before the table of errors is shown.
 */
final class ConsistencyWidget extends DemoWidget<ConsistencySettings, ConsistencyScene> {

    private static final String PREFIX = "consistency";

    private final ConsistencyDemo demo;
    private final DemoFigure figure = figure("figure");
    private final Div table = new Div();
    private final PredictReveal<String> predict;

    ConsistencyWidget(ConsistencyDemo demo, ConsistencySettings initial, List<String> linkProblems,
            Consumer<ConsistencySettings> onChange) {
        super(demo, PREFIX, "Consistency map demo", initial, linkProblems, onChange);
        this.demo = demo;
        choice(ConsistencySettings.DATASET, "Target", ToyDataset::label);
        slider(ConsistencySettings.T, "Time t",
                "Time t in hundredths, from 0 (the end time 0.001, data) to 100 (t = 1, noise)");
        choice(ConsistencySettings.STEPS, "Euler steps for the cheap map", s -> s + (s == 1 ? " step" : " steps"));
        field(ConsistencySettings.SEED, "Seed", "A whole number ≥ 0; the same seed gives the same figure");
        field(ConsistencySettings.N, "Points n", ConsistencyScene.MIN_POINTS + " to " + ConsistencyScene.MAX_POINTS);
        predict = predict("A consistency model jumps from pure noise at t = 1 to data in one evaluation. How many Euler "
                + "steps of the same ODE does a one-shot map from t = 1 need before its endpoints are, on average, within "
                + ConsistencyDemo.CLOSE_ENOUGH_TEXT + " of the exact ones? Commit before you look.", "My prediction",
                "Reveal the answer", ConsistencyDemo.STEP_BANDS, band -> band);
        table.setId(PREFIX + "-table");
        predict.add(table);
        start(figure, predict);
    }

    @Override
    protected void draw(ConsistencyScene scene, ConsistencySettings settings, boolean revealed) {
        show(figure);
        table.removeAll();
        predict.showVerdict(revealed ? verdict(scene) : "");
        if (revealed) {
            List<List<String>> rows = new ArrayList<>();
            for (int steps : ConsistencyScene.STEP_CHOICES) {
                rows.add(List.of(Integer.toString(steps),
                        String.format(Locale.ROOT, "%.4f", scene.eulerError(ConsistencyScene.GRID, steps))));
            }
            table.add(DemoParts.numbers(List.of("Euler steps from t = 1", "mean distance to the exact endpoints"), rows));
        }
    }

    private String verdict(ConsistencyScene scene) {
        int fewest = scene.fewestStepsWithin(ConsistencyDemo.CLOSE_ENOUGH);
        String truth = ConsistencyDemo.band(fewest);
        String detail = fewest > 0
                ? fewest + " Euler steps are the fewest that land within " + ConsistencyDemo.CLOSE_ENOUGH_TEXT + "."
                : "Even 64 Euler steps stay further than " + ConsistencyDemo.CLOSE_ENOUGH_TEXT + " away.";
        return predict.judge(truth, "the simulation") + detail
                + " The exact map needs none of this: it is one function evaluation for a trained consistency model.";
    }
}
