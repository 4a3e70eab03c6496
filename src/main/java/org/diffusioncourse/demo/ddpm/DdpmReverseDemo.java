package org.diffusioncourse.demo.ddpm;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The DDPM stage: scrub t over the forward and reverse chains, see the noise each training
 * point carries against the exact prediction, and predict where that prediction is hardest
 * before the loss curve is revealed. Every change is reported through {@code onChange}.
 */
public final class DdpmReverseDemo extends Div {

    private final DdpmReverse demo;
    private final Consumer<DdpmSettings> onChange;
    private DdpmSettings settings;

    private final Select<String> dataset = DemoParts.choice("Dataset", ToyDataset.allIds(), () -> settings.dataset(),
            id -> update(new DdpmSettings(id, settings.t(), settings.seed(), settings.n())));
    private final StepSlider t = new StepSlider(DdpmReverse.ID + "-t", "Step t", DdpmScene.STEPS,
            "Step t of the chain, 0 (data) to " + DdpmScene.STEPS + " (noise)", step -> update(settings.withT(step)));
    private final TextField seed = DemoParts.parameterField(DdpmReverse.ID + "-seed", "Seed",
            "A whole number ≥ 0; the same seed gives the same figure", () -> Long.toString(settings.seed()),
            text -> fromText("seed", text));
    private final TextField points = DemoParts.parameterField(DdpmReverse.ID + "-n", "Points n",
            DdpmScene.MIN_POINTS + " to " + DdpmScene.MAX_POINTS, () -> Integer.toString(settings.n()),
            text -> fromText("n", text));
    private final DemoParts.Figure figure = new DemoParts.Figure(DdpmReverse.ID);
    private final PredictReveal<CrossingBand> predict = new PredictReveal<>(DdpmReverse.ID,
            "Even the best possible network cannot know the noise exactly. At which steps is its error largest: "
                    + "near the data, in the middle, or near pure noise? Commit before you look.",
            "My prediction", "Reveal the loss curve", List.of(CrossingBand.values()), band -> switch (band) {
                case EARLY -> "Small t, near the data (t < 34)";
                case MIDDLE -> "Middle (34 ≤ t < 67)";
                case LATE -> "Large t, near pure noise (t ≥ 67)";
            }, this::redraw);

    DdpmReverseDemo(DdpmReverse demo, DdpmSettings initial, List<String> linkProblems, Consumer<DdpmSettings> onChange) {
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, DdpmReverse.ID, "DDPM forward and reverse chain demo", linkProblems);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setId(DdpmReverse.ID + "-dataset");
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        Div controls = new Div(dataset, t, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    private List<String> fromText(String key, String text) {
        DdpmSettings.Reading reading = DdpmSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(DdpmSettings next) {
        if (!next.scene().equals(settings.scene())) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        t.show(settings.t(), "t = " + settings.t());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        points.setValue(Integer.toString(settings.n()));
        points.setInvalid(false);
    }

    private void redraw() {
        DdpmScene scene = demo.scene(settings);
        int step = settings.t();
        NoiseSchedule schedule = DdpmScene.schedule();
        String numbers = step == 0
                ? "t = 0 · ᾱ_0 = 1 · clean data, nothing to predict"
                : String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · β_t = %.4f · β̃_t = %.4f · posterior mean = %.4f x_0 + %.4f x_t"
                        + " · smallest loss %.3f", step, schedule.alphaBar(step), schedule.beta(step),
                        DdpmScene.posteriorVariance(step), DdpmScene.posteriorDataWeight(step),
                        DdpmScene.posteriorNoisyWeight(step), scene.minimalLoss(step));
        figure.show(DdpmFigure.render(scene, step, predict.revealed()), "DDPM figure at step " + step,
                DdpmFigure.describe(scene, step, predict.revealed()), numbers);
        predict.showVerdict(predict.revealed() ? verdictText(scene) : "");
    }

    private String verdictText(DdpmScene scene) {
        int worst = scene.hardestStep();
        CrossingBand truth = CrossingBand.of(worst, DdpmScene.STEPS);
        CrossingBand guess = predict.prediction();
        String judgement = guess == truth ? "Right. " : "Not quite. ";
        return judgement + String.format(Locale.ROOT, "The smallest loss is largest at t = %d (%.3f of a possible 2) and "
                + "almost 0 at t = %d (%.4f): near pure noise, x_t is nearly the noise itself.", worst,
                scene.minimalLoss(worst), DdpmScene.STEPS, scene.minimalLoss(DdpmScene.STEPS));
    }

    /** The settings shown now, as URL parameters. */
    public Map<String, String> query() {
        return settings.toQuery();
    }
}
