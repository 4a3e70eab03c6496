package org.diffusioncourse.demo.ddpm;

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
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.render.DdpmFigure;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.DdpmScene;
import org.diffusioncourse.simulation.NoiseSchedule;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The DDPM stage: scrub t over the forward and reverse chains, see the noise each training
 * point carries against the exact prediction, and predict where that prediction is hardest
 * before the loss curve is revealed. Every change is reported through {@code onChange}.
 */
public final class DdpmReverseDemo extends Div {

    private final DdpmReverse demo;
    private final Consumer<DdpmSettings> onChange;
    private DdpmSettings settings;
    private boolean revealed;

    private final Select<String> dataset = new Select<>();
    private final RangeInput t = new RangeInput(ValueChangeMode.EAGER);
    private final Span tValue = new Span();
    private final TextField seed = new TextField("Seed");
    private final TextField points = new TextField("Points n");
    private final DemoParts.Figure figure = new DemoParts.Figure(DdpmReverse.ID);
    private final RadioButtonGroup<CrossingBand> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the loss curve");
    private final Paragraph verdict = new Paragraph();

    DdpmReverseDemo(DdpmReverse demo, DdpmSettings initial, List<String> linkProblems, Consumer<DdpmSettings> onChange) {
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        addClassName("demo");
        setId("demo-" + DdpmReverse.ID);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "DDPM forward and reverse chain demo");
        if (!linkProblems.isEmpty()) {
            add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
        add(controls(), figure, predictBlock());
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setLabel("Dataset");
        dataset.setId(DdpmReverse.ID + "-dataset");
        dataset.setItems(ToyDataset.allIds());
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.dataset())) {
                update(new DdpmSettings(e.getValue(), settings.t(), settings.seed(), settings.n()));
            }
        });
        t.setId(DdpmReverse.ID + "-t");
        t.setMin(0);
        t.setMax(DdpmScene.STEPS);
        t.setStep(1.0);
        t.setAriaLabel("Step t of the chain, 0 (data) to " + DdpmScene.STEPS + " (noise)");
        t.getElement().setAttribute("data-main-control", "");
        t.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int step = (int) Math.round(Math.max(0, Math.min(DdpmScene.STEPS, e.getValue())));
                if (step != settings.t()) {
                    update(settings.withT(step));
                }
            }
        });
        NativeLabel tLabel = new NativeLabel("Step t");
        tLabel.setFor(t);
        tValue.setId(DdpmReverse.ID + "-t-value");
        Div slider = new Div(tLabel, t, tValue);
        slider.addClassName("slider-field");
        seed.setId(DdpmReverse.ID + "-seed");
        seed.setHelperText("A whole number ≥ 0; the same seed gives the same figure");
        seed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        seed.addValueChangeListener(e -> {
            if (!e.getValue().equals(Long.toString(settings.seed()))) {
                fromText("seed", e.getValue(), seed);
            }
        });
        points.setId(DdpmReverse.ID + "-n");
        points.setHelperText(DdpmScene.MIN_POINTS + " to " + DdpmScene.MAX_POINTS);
        points.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        points.addValueChangeListener(e -> {
            if (!e.getValue().equals(Integer.toString(settings.n()))) {
                fromText("n", e.getValue(), points);
            }
        });
        Div controls = new Div(dataset, slider, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    private void fromText(String key, String text, TextField field) {
        DdpmSettings.Reading reading = DdpmSettings.read(Map.of(key, text), settings);
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
        Paragraph ask = new Paragraph("Even the best possible network cannot know the noise exactly. At which steps "
                + "is its error largest: near the data, in the middle, or near pure noise? Commit before you look.");
        prediction.setLabel("My prediction");
        prediction.setItems(CrossingBand.values());
        prediction.setItemLabelGenerator(band -> switch (band) {
            case EARLY -> "Small t, near the data (t < 34)";
            case MIDDLE -> "Middle (34 ≤ t < 67)";
            case LATE -> "Large t, near pure noise (t ≥ 67)";
        });
        prediction.setId(DdpmReverse.ID + "-prediction");
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId(DdpmReverse.ID + "-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            redraw();
        });
        verdict.setId(DdpmReverse.ID + "-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        Div block = new Div(heading, ask, prediction, reveal, verdict);
        block.addClassName("predict-block");
        return block;
    }

    private void update(DdpmSettings next) {
        if (!next.scene().equals(settings.scene())) {
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
        t.setValue((double) settings.t());
        tValue.setText("t = " + settings.t());
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
        figure.show(DdpmFigure.render(scene, step, revealed), "DDPM figure at step " + step,
                DdpmFigure.describe(scene, step, revealed), numbers);
        verdict.setText(revealed ? verdictText(scene) : "");
    }

    private String verdictText(DdpmScene scene) {
        int worst = scene.hardestStep();
        CrossingBand truth = CrossingBand.of(worst, DdpmScene.STEPS);
        CrossingBand guess = prediction.getValue();
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
