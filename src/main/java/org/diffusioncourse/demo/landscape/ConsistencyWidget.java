package org.diffusioncourse.demo.landscape;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.ToyDataset;
import org.jspecify.annotations.Nullable;

/**
 * The consistency-map lab: noise points at time t of the probability-flow ODE, where the exact
 * map and where k Euler steps send them. The t slider is the main control; the learner commits
 * to how many Euler steps a one-shot map from t = 1 needs before the table of errors is shown.
 * Every change is reported through {@code onChange} so the URL stays a deep link.
 */
public final class ConsistencyWidget extends Div {

    static final String PREFIX = "consistency";

    private final ConsistencyScenes cache;
    private final Consumer<ConsistencySettings> onChange;
    private ConsistencySettings settings;
    private @Nullable ConsistencyScene prefilled;
    private int prefilledSteps;

    private final Select<String> dataset = DemoParts.choice("Target", ToyDataset.allIds(), () -> settings.dataset(),
            id -> update(new ConsistencySettings(id, settings.k(), settings.steps(), settings.seed(), settings.n())));
    private final Select<Integer> steps = DemoParts.choice("Euler steps for the cheap map",
            Arrays.stream(ConsistencyScene.STEP_CHOICES).boxed().toList(), () -> settings.steps(),
            count -> update(settings.withSteps(count)));
    private final StepSlider t = new StepSlider(PREFIX + "-t", "Time t", ConsistencyScene.GRID,
            "Time t in hundredths, from 0 (the end time 0.001, data) to 100 (t = 1, noise)",
            k -> update(settings.withK(k)));
    private final TextField seed = DemoParts.parameterField(PREFIX + "-seed", "Seed",
            "A whole number ≥ 0; the same seed gives the same figure", () -> Long.toString(settings.seed()),
            text -> fromText("seed", text));
    private final TextField points = DemoParts.parameterField(PREFIX + "-n", "Points n",
            ConsistencyScene.MIN_POINTS + " to " + ConsistencyScene.MAX_POINTS, () -> Integer.toString(settings.n()),
            text -> fromText("n", text));
    private final DemoParts.Figure figure = new DemoParts.Figure(PREFIX);
    private final PredictReveal<String> predict = new PredictReveal<>(PREFIX,
            "A consistency model jumps from pure noise at t = 1 to data in one evaluation. How many Euler steps of the "
                    + "same ODE does a one-shot map from t = 1 need before its endpoints are, on average, within "
                    + ConsistencyDemo.CLOSE_ENOUGH_TEXT + " of the exact ones? Commit before you look.",
            ConsistencyDemo.STEP_BANDS, band -> band, this::showAnswer);
    private final Div table = new Div();

    public ConsistencyWidget(ConsistencyScenes cache, ConsistencySettings initial, List<String> linkProblems,
                             Consumer<ConsistencySettings> onChange) {
        this.cache = cache;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, ConsistencyDemo.ID, "Consistency map demo", linkProblems);
        table.setId(PREFIX + "-table");
        predict.add(table);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setId(PREFIX + "-dataset");
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        steps.setId(PREFIX + "-steps");
        steps.setItemLabelGenerator(s -> s + (s == 1 ? " step" : " steps"));
        Div controls = new Div(dataset, t, steps, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed value if it is right; returns what is wrong with it otherwise. */
    private List<String> fromText(String key, String text) {
        ConsistencySettings.Reading reading = ConsistencySettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(ConsistencySettings next) {
        if (!next.sameScene(settings)) {
            // New noise points are a new question: the previous answer no longer applies.
            predict.reset();
            table.removeAll();
        }
        settings = next;
        showControls();
        redraw();
        if (predict.revealed()) {
            showAnswer();
        }
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        steps.setValue(settings.steps());
        t.show(settings.k(), ConsistencyFigure.timeText(settings.k()));
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        points.setValue(Integer.toString(settings.n()));
        points.setInvalid(false);
    }

    private void redraw() {
        ConsistencyScene scene = cache.scene(settings);
        if (scene != prefilled || settings.steps() != prefilledSteps) {
            cache.prefill(scene, settings.steps(), settings.k());
            prefilled = scene;
            prefilledSteps = settings.steps();
        }
        DensityContours contours = cache.contours(settings.dataset());
        int k = settings.k();
        int s = settings.steps();
        double a = scene.map().path().signalScale(settings.time());
        double sd = scene.map().path().noiseStd(settings.time());
        figure.show(ConsistencyFigure.render(PREFIX + "-svg", scene, contours, k, s),
                "Consistency map at " + ConsistencyFigure.timeText(k),
                ConsistencyFigure.describe(scene, contours, k, s),
                String.format(Locale.ROOT, "%s · a(t) = %.4f · s(t) = %.4f · %d-step Euler: mean error %.4f, "
                        + "self-consistency gap to t = 1: %.4f", ConsistencyFigure.timeText(k), a, sd, s,
                        scene.eulerError(k, s), scene.eulerGap(k, s)));
    }

    private void showAnswer() {
        ConsistencyScene scene = cache.scene(settings);
        String truth = ConsistencyDemo.band(scene.fewestStepsWithin(ConsistencyDemo.CLOSE_ENOUGH));
        String guess = predict.prediction();
        int fewest = scene.fewestStepsWithin(ConsistencyDemo.CLOSE_ENOUGH);
        String detail = fewest > 0
                ? fewest + " Euler steps are the fewest that land within " + ConsistencyDemo.CLOSE_ENOUGH_TEXT + "."
                : "Even 64 Euler steps stay further than " + ConsistencyDemo.CLOSE_ENOUGH_TEXT + " away.";
        predict.showVerdict((truth.equals(guess) ? "Your prediction, " + guess + ", is right. "
                : "You predicted " + guess + "; the simulation says " + truth + ". ") + detail
                + " The exact map needs none of this: it is one function evaluation for a trained consistency model.");
        List<List<String>> rows = new ArrayList<>();
        for (int s : ConsistencyScene.STEP_CHOICES) {
            rows.add(List.of(Integer.toString(s), String.format(Locale.ROOT, "%.4f", scene.eulerError(ConsistencyScene.GRID, s))));
        }
        table.removeAll();
        table.add(DemoParts.numbers(List.of("Euler steps from t = 1", "mean distance to the exact endpoints"), rows));
    }

    /** The settings shown now. */
    public ConsistencySettings settings() {
        return settings;
    }
}
