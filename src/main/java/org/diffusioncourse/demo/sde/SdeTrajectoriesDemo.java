package org.diffusioncourse.demo.sde;

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
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.coupled.CoupledView;
import org.diffusioncourse.render.CoupledFigure;
import org.diffusioncourse.simulation.CoupledRuns;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Scrub the VP reverse SDE and probability-flow ODE from the same noise, over the exact p_t.
 * Before the end metrics are shown, the learner commits to what the two runs share at the end.
 */
public final class SdeTrajectoriesDemo extends Div {

    static final String SAME_POINTS = "The same points";
    static final String SAME_DISTRIBUTION = "Different points, the same distribution";
    static final String DIFFERENT = "Different distributions";

    private final SdeTrajectories demo;
    private final Consumer<SdeSettings> onChange;
    private SdeSettings settings;
    private CoupledScene scene;
    private boolean revealed;

    private final Select<String> dataset = new Select<>();
    private final TextField seed = new TextField("Seed");
    private final RangeInput step = new RangeInput(ValueChangeMode.EAGER);
    private final Span stepValue = new Span();
    private final DemoParts.Figure figure = new DemoParts.Figure("sde");
    private final RadioButtonGroup<String> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the end metrics");
    private final Paragraph verdict = new Paragraph();
    private final Div metrics = new Div();

    public SdeTrajectoriesDemo(SdeTrajectories demo, SdeSettings initial, List<String> linkProblems,
            Consumer<SdeSettings> onChange) {
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        addClassName("demo");
        setId("demo-" + SdeTrajectories.ID);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Reverse SDE and probability-flow ODE demo");
        if (!linkProblems.isEmpty()) {
            add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
        add(controls(), figure, predictBlock());
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setLabel("Target");
        dataset.setId("sde-dataset");
        dataset.setItems(SdeSettings.DATASETS);
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.dataset())) {
                update(new SdeSettings(e.getValue(), settings.seed(), settings.step()));
            }
        });
        seed.setId("sde-seed");
        seed.setHelperText("A whole number ≥ 0; it fixes the start noise and the SDE's noise");
        seed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        seed.addValueChangeListener(e -> {
            if (!e.getValue().equals(Long.toString(settings.seed()))) {
                SdeSettings.Reading reading = SdeSettings.read(Map.of("seed", e.getValue()), settings);
                if (reading.problems().isEmpty()) {
                    seed.setInvalid(false);
                    update(reading.settings());
                } else {
                    seed.setErrorMessage(reading.problems().getFirst());
                    seed.setInvalid(true);
                }
            }
        });
        step.setId("sde-step");
        step.setMin(0);
        step.setMax(SdeTrajectories.STEPS);
        step.setStep(1.0);
        step.setAriaLabel("Sampler step, 0 (t = 1, noise) to " + SdeTrajectories.STEPS + " (t = 0.001, data)");
        step.getElement().setAttribute("data-main-control", "");
        step.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int k = (int) Math.round(Math.max(0, Math.min(SdeTrajectories.STEPS, e.getValue())));
                if (k != settings.step()) {
                    update(settings.withStep(k));
                }
            }
        });
        NativeLabel label = new NativeLabel("Sampler step (time runs from t = 1 down to 0)");
        label.setFor(step);
        stepValue.setId("sde-step-value");
        Div slider = new Div(label, step, stepValue);
        slider.addClassName("slider-field");
        Div controls = new Div(dataset, seed, slider);
        controls.addClassName("demo-controls");
        return controls;
    }

    private Div predictBlock() {
        H3 heading = new H3("Predict, then reveal");
        Paragraph ask = new Paragraph("Both runs start from the same 600 noise points. At t = 0.001, what do they share? "
                + "Commit before you scrub to the end.");
        prediction.setLabel("My prediction");
        prediction.setId("sde-prediction");
        prediction.setItems(SAME_POINTS, SAME_DISTRIBUTION, DIFFERENT);
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId("sde-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            showAnswer();
        });
        verdict.setId("sde-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        metrics.setId("sde-metrics-box");
        Div block = new Div(heading, ask, prediction, reveal, verdict, metrics);
        block.addClassName("predict-block");
        return block;
    }

    private void update(SdeSettings next) {
        boolean newRuns = !next.sameRuns(settings);
        settings = next;
        showControls();
        redraw();
        if (newRuns && revealed) {
            showAnswer();
        }
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        step.setValue((double) settings.step());
    }

    private void redraw() {
        scene = demo.scene(settings);
        int k = settings.step();
        double t = scene.time(k);
        double a = scene.path().signalScale(t);
        double s = scene.path().noiseStd(t);
        stepValue.setText(String.format(Locale.ROOT, "step %d · t = %.3f", k, t));
        List<CoupledFigure.Panel> panels = SdeTrajectories.panels(scene, k);
        figure.show(CoupledFigure.render("sde-figure", scene.runs(), panels, k),
                String.format(Locale.ROOT, "Reverse SDE and probability-flow ODE at t = %.3f", t),
                CoupledFigure.describe(scene.runs(), panels, k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · a(t) = %.4f · s(t) = %.4f · β(t) = %.2f",
                        k, SdeTrajectories.STEPS, t, a, s, 0.1 + t * (20 - 0.1)));
    }

    private void showAnswer() {
        CoupledRuns runs = scene.runs();
        String judgement = SAME_DISTRIBUTION.equals(prediction.getValue())
                ? "Right. " : "You predicted “" + prediction.getValue() + "”. ";
        verdict.setText(judgement + String.format(Locale.ROOT, "The same start point ends on average %.2f apart in "
                + "the two runs, about as far as two independent draws from the target, yet both end clouds are as "
                + "close to the target as exact draws are: compare their energy distances with the reference row.",
                runs.meanPairedEndDistance(0, 1)));
        metrics.removeAll();
        metrics.add(CoupledView.metricsTable("sde-metrics", runs, List.of("Reverse SDE", "Probability-flow ODE")));
    }

    /** The settings shown now. */
    public SdeSettings settings() {
        return settings;
    }
}
