package org.diffusioncourse.demo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.render.ForwardFigure;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ForwardDemoParams;
import org.diffusioncourse.simulation.ForwardScene;
import org.diffusioncourse.simulation.NoiseSchedule;
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
    private boolean revealed;

    // Listeners compare with the current settings instead of asking whether an event came
    // from the browser: showing the settings on the controls then never loops, and a
    // change from any source is handled the same way.
    private final Select<String> dataset = new Select<>();
    private final Select<String> schedule = new Select<>();
    private final RangeInput t = new RangeInput(ValueChangeMode.EAGER);
    private final Span tValue = new Span();
    private final TextField seed = new TextField("Seed");
    private final TextField points = new TextField("Points n");
    private final DemoParts.Figure figure = new DemoParts.Figure("forward");
    private final RadioButtonGroup<CrossingBand> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the answer");
    private final Paragraph verdict = new Paragraph();

    public ForwardNoisingDemo(SceneCache cache, ForwardSettings initial, List<String> linkProblems,
                              Consumer<ForwardSettings> onChange) {
        this.cache = cache;
        this.onChange = onChange;
        this.settings = initial;
        addClassName("demo");
        setId("demo-forward-noising");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Forward noising demo");

        if (!linkProblems.isEmpty()) {
            add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
        add(controls(), figure, predictBlock());
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setLabel("Dataset");
        dataset.setItems(ToyDataset.ids());
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.dataset())) {
                update(new ForwardSettings(e.getValue(), settings.schedule(), settings.t(), settings.seed(), settings.n()));
            }
        });
        schedule.setLabel("Schedule");
        schedule.setWidth("16rem");
        schedule.setItems(NoiseSchedule.names());
        schedule.setItemLabelGenerator(name -> switch (name) {
            case "linear" -> "Linear β, 1e-4 to 0.02";
            case "cosine" -> "Cosine (s = 0.008)";
            default -> name;
        });
        schedule.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.schedule())) {
                update(new ForwardSettings(settings.dataset(), e.getValue(), settings.t(), settings.seed(), settings.n()));
            }
        });

        t.setId("forward-t");
        t.setMin(0);
        t.setMax(ForwardDemoParams.STEPS);
        t.setStep(1.0);
        t.setAriaLabel("Diffusion step t, 0 to " + ForwardDemoParams.STEPS);
        t.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int step = (int) Math.round(Math.max(0, Math.min(ForwardDemoParams.STEPS, e.getValue())));
                if (step != settings.t()) {
                    update(settings.withT(step));
                }
            }
        });
        NativeLabel tLabel = new NativeLabel("Step t");
        tLabel.setFor(t);
        tValue.setId("forward-t-value");
        tValue.getElement().setAttribute("aria-live", "off");
        Div slider = new Div(tLabel, t, tValue);
        slider.addClassName("slider-field");

        seed.setId("forward-seed");
        seed.setHelperText("A whole number ≥ 0; the same seed gives the same figure");
        seed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        seed.addValueChangeListener(e -> {
            if (!e.getValue().equals(Long.toString(settings.seed()))) {
                fromText("seed", e.getValue(), seed);
            }
        });
        points.setId("forward-n");
        points.setHelperText(ForwardDemoParams.MIN_POINTS + " to " + ForwardDemoParams.MAX_POINTS);
        points.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        points.addValueChangeListener(e -> {
            if (!e.getValue().equals(Integer.toString(settings.n()))) {
                fromText("n", e.getValue(), points);
            }
        });
        Div controls = new Div(dataset, schedule, slider, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Reads a typed value; a wrong one is shown on the field and nothing else changes. */
    private void fromText(String key, String text, TextField field) {
        ForwardSettings.Reading reading = ForwardSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            field.setInvalid(false);
            update(reading.settings());
        } else {
            field.setErrorMessage(reading.problems().getFirst());
            field.setInvalid(true);
        }
    }

    private Div predictBlock() {
        H3 heading = new H3("Predict, then reveal");
        Paragraph ask = new Paragraph("With these settings, when does the structure proxy S(t) drop below its "
                + "threshold for good? Commit before you look.");
        prediction.setLabel("My prediction");
        prediction.setItems(CrossingBand.values());
        prediction.setItemLabelGenerator(band -> switch (band) {
            case EARLY -> "Early (t* < T/3)";
            case MIDDLE -> "Middle (T/3 ≤ t* < 2T/3)";
            case LATE -> "Late (t* ≥ 2T/3)";
        });
        prediction.setId("forward-prediction");
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId("forward-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            redraw();
        });
        verdict.setId("forward-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        Div block = new Div(heading, ask, prediction, reveal, verdict);
        block.addClassName("predict-block");
        return block;
    }

    private void update(ForwardSettings next) {
        if (!next.sameScene(settings)) {
            // A new cloud is a new question: the previous answer no longer applies.
            revealed = false;
            prediction.setReadOnly(false);
            prediction.clear();
            reveal.setEnabled(false);
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        schedule.setValue(settings.schedule());
        t.setValue((double) settings.t());
        tValue.setText("t = " + settings.t());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        points.setValue(Integer.toString(settings.n()));
        points.setInvalid(false);
    }

    private void redraw() {
        scene = cache.scene(settings);
        int step = settings.t();
        ForwardScene.Snapshot snapshot = scene.at(step);
        figure.show(ForwardFigure.render(scene, step, revealed), "Forward noising figure at t = " + step,
                ForwardFigure.describe(scene, step),
                String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · noise std = %.4f · proxy S = %.4f (threshold %.4f)",
                        step, snapshot.alphaBar(), snapshot.noiseStd(), snapshot.proxy(), scene.threshold()));
        verdict.setText(revealed ? verdictText() : "");
    }

    private String verdictText() {
        CrossingBand truth = scene.crossingBand();
        String when = scene.crossingReached()
                ? String.format(Locale.ROOT, "S(t) stays below %.4f from t* = %d on, which is %s.",
                        scene.threshold(), scene.crossingStep(), truth.id())
                : "S(t) never stays below the threshold before T, which counts as late.";
        CrossingBand guess = prediction.getValue();
        String judgement = guess == truth ? "Your prediction, " + guess.id() + ", is right. "
                : "You predicted " + guess.id() + "; the simulation says " + truth.id() + ". ";
        return judgement + when;
    }

    /** The settings shown now. */
    public ForwardSettings settings() {
        return settings;
    }
}
