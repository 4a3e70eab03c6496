package org.diffusioncourse.demo.sde;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.coupled.EndPrediction;
import org.diffusioncourse.render.CoupledFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Scrub the VP reverse SDE and probability-flow ODE from the same noise, over the exact p_t.
 * Before the end metrics are shown, the learner commits to what the two runs share at the end.
 */
public final class SdeTrajectoriesDemo extends Div {

    private final SdeTrajectories demo;
    private final Consumer<SdeSettings> onChange;
    private SdeSettings settings;
    private CoupledScene scene;

    private final Select<String> dataset = new Select<>();
    private final TextField seed = new TextField("Seed");
    private final RangeInput step = new RangeInput(ValueChangeMode.EAGER);
    private final Span stepValue = new Span();
    private final DemoParts.Figure figure = new DemoParts.Figure("sde");
    private final EndPrediction prediction = new EndPrediction("sde",
            "Both runs start from the same " + SdeTrajectories.PARTICLES + " noise points. At t = 0.001, what do they "
                    + "share? Commit before you scrub to the end.",
            () -> scene.runs(), List.of("Reverse SDE", "Probability-flow ODE"));

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
        add(controls(), figure, prediction);
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

    private void update(SdeSettings next) {
        boolean newRuns = !next.sameRuns(settings);
        settings = next;
        showControls();
        redraw();
        if (newRuns) {
            prediction.refresh();
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

    /** The settings shown now. */
    public SdeSettings settings() {
        return settings;
    }
}
