package org.diffusioncourse.demo.forward;

import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The forward-noising lab: pick a dataset, a schedule, a seed and a size, scrub t, and
 * watch the cloud dissolve into N(0, I). Before the structure proxy's crossing is drawn,
 * the learner commits to early, middle or late; the simulation then gives the answer.
 * Every change is reported through {@code onChange} so the page can keep the URL in step.
 */
public final class ForwardNoisingDemo extends Div {

    private final SceneCache cache;
    private final Consumer<ForwardSettings> onChange;
    private ForwardSettings settings;
    private ForwardScene scene;

    // Listeners compare with the current settings instead of asking whether an event came
    // from the browser: showing the settings on the controls then never loops, and a
    // change from any source is handled the same way.
    private final Select<String> dataset = DemoParts.choice("Dataset", ToyDataset.ids(), () -> settings.dataset(),
            id -> update(new ForwardSettings(id, settings.schedule(), settings.t(), settings.seed(), settings.n())));
    private final Select<String> schedule = DemoParts.choice("Schedule", NoiseSchedule.names(), () -> settings.schedule(),
            name -> update(new ForwardSettings(settings.dataset(), name, settings.t(), settings.seed(), settings.n())));
    private final StepSlider t = new StepSlider("forward-t", "Step t", ForwardDemoParams.STEPS,
            "Diffusion step t, 0 to " + ForwardDemoParams.STEPS, step -> update(settings.withT(step)));
    private final TextField seed = DemoParts.parameterField("forward-seed", "Seed",
            "A whole number ≥ 0; the same seed gives the same figure", () -> Long.toString(settings.seed()),
            text -> fromText("seed", text));
    private final TextField points = DemoParts.parameterField("forward-n", "Points n",
            ForwardDemoParams.MIN_POINTS + " to " + ForwardDemoParams.MAX_POINTS, () -> Integer.toString(settings.n()),
            text -> fromText("n", text));
    private final DemoParts.Figure figure = new DemoParts.Figure("forward");
    private final PredictReveal<CrossingBand> predict = new PredictReveal<>("forward",
            "With these settings, when does the structure proxy S(t) drop below its threshold for good? "
                    + "Commit before you look.",
            List.of(CrossingBand.values()), band -> switch (band) {
                case EARLY -> "Early (t* < T/3)";
                case MIDDLE -> "Middle (T/3 ≤ t* < 2T/3)";
                case LATE -> "Late (t* ≥ 2T/3)";
            }, this::redraw);

    public ForwardNoisingDemo(SceneCache cache, ForwardSettings initial, List<String> linkProblems,
                              Consumer<ForwardSettings> onChange) {
        this.cache = cache;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, ForwardNoising.ID, "Forward noising demo", linkProblems);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        schedule.setWidth("16rem");
        schedule.setItemLabelGenerator(name -> switch (name) {
            case "linear" -> "Linear β, 1e-4 to 0.02";
            case "cosine" -> "Cosine (s = 0.008)";
            default -> name;
        });
        Div controls = new Div(dataset, schedule, t, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed value if it is right; returns what is wrong with it otherwise. */
    private List<String> fromText(String key, String text) {
        ForwardSettings.Reading reading = ForwardSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(ForwardSettings next) {
        if (!next.sameScene(settings)) {
            // A new cloud is a new question: the previous answer no longer applies.
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        schedule.setValue(settings.schedule());
        t.show(settings.t(), "t = " + settings.t());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        points.setValue(Integer.toString(settings.n()));
        points.setInvalid(false);
    }

    private void redraw() {
        scene = cache.scene(settings);
        int step = settings.t();
        ForwardScene.Snapshot snapshot = scene.at(step);
        figure.show(ForwardFigure.render(scene, step, predict.revealed()), "Forward noising figure at t = " + step,
                ForwardFigure.describe(scene, step),
                String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · noise std = %.4f · proxy S = %.4f (threshold %.4f)",
                        step, snapshot.alphaBar(), snapshot.noiseStd(), snapshot.proxy(), scene.threshold()));
        predict.showVerdict(predict.revealed() ? verdictText() : "");
    }

    private String verdictText() {
        CrossingBand truth = scene.crossingBand();
        String when = scene.crossingReached()
                ? String.format(Locale.ROOT, "S(t) stays below %.4f from t* = %d on, which is %s.",
                        scene.threshold(), scene.crossingStep(), truth.id())
                : "S(t) never stays below the threshold before T, which counts as late.";
        CrossingBand guess = predict.prediction();
        String judgement = guess == truth ? "Your prediction, " + guess.id() + ", is right. "
                : "You predicted " + guess.id() + "; the simulation says " + truth.id() + ". ";
        return judgement + when;
    }

    /** The settings shown now. */
    public ForwardSettings settings() {
        return settings;
    }
}
