package org.diffusioncourse.demo.flow;

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
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.coupled.EndPrediction;
import org.diffusioncourse.render.CoupledFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Scrub the CondOT flow ODE and its SDE extension at a chosen sigma, from the same noise, over
 * the exact p_t. The time slider is the main control; the sigma slider picks the SDE. Before the
 * end metrics are shown, the learner commits to what the two runs share at t = 1.
 */
public final class FlowPathsDemo extends Div {

    private final FlowPaths demo;
    private final Consumer<FlowSettings> onChange;
    private FlowSettings settings;
    private CoupledScene scene;

    private final Select<String> dataset = new Select<>();
    private final TextField seed = new TextField("Seed");
    private final RangeInput sigma = new RangeInput(ValueChangeMode.EAGER);
    private final Span sigmaValue = new Span();
    private final RangeInput step = new RangeInput(ValueChangeMode.EAGER);
    private final Span stepValue = new Span();
    private final DemoParts.Figure figure = new DemoParts.Figure("flow");
    private final EndPrediction prediction;

    public FlowPathsDemo(FlowPaths demo, FlowSettings initial, List<String> linkProblems, Consumer<FlowSettings> onChange) {
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        this.prediction = new EndPrediction("flow", "Both runs start from the same " + FlowPaths.PARTICLES
                + " noise points. With σ above 0, what will the two runs share at t = 1? Commit before you scrub to the end.",
                () -> scene.runs(), List.of("Flow ODE (σ = 0)", "SDE extension (σ as set)"));
        addClassName("demo");
        setId("demo-" + FlowPaths.ID);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Flow matching ODE and SDE demo");
        if (!linkProblems.isEmpty()) {
            add(DemoParts.problemList("Some values in this link could not be used, so their defaults are shown:", linkProblems));
        }
        add(controls(), figure, prediction);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setLabel("Target");
        dataset.setId("flow-dataset");
        dataset.setItems(FlowSettings.DATASETS);
        dataset.setItemLabelGenerator(id -> ToyDataset.byId(id).label());
        dataset.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(settings.dataset())) {
                update(new FlowSettings(e.getValue(), settings.seed(), settings.sigma(), settings.step()));
            }
        });
        seed.setId("flow-seed");
        seed.setHelperText("A whole number ≥ 0; it fixes the start noise and the SDE's noise");
        seed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        seed.addValueChangeListener(e -> {
            if (!e.getValue().equals(Long.toString(settings.seed()))) {
                FlowSettings.Reading reading = FlowSettings.read(Map.of("seed", e.getValue()), settings);
                if (reading.problems().isEmpty()) {
                    seed.setInvalid(false);
                    update(reading.settings());
                } else {
                    seed.setErrorMessage(reading.problems().getFirst());
                    seed.setInvalid(true);
                }
            }
        });
        sigma.setId("flow-sigma");
        sigma.setMin(0);
        sigma.setMax(FlowSettings.MAX_SIGMA);
        sigma.setStep(FlowSettings.SIGMA_STEP);
        sigma.setAriaLabel("Noise level sigma of the SDE extension, 0 (the ODE) to " + TextParams.format(FlowSettings.MAX_SIGMA));
        sigma.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                double snapped = Math.rint(Math.max(0, Math.min(FlowSettings.MAX_SIGMA, e.getValue())) / FlowSettings.SIGMA_STEP)
                        * FlowSettings.SIGMA_STEP;
                if (snapped != settings.sigma()) {
                    update(settings.withSigma(snapped));
                }
            }
        });
        NativeLabel sigmaLabel = new NativeLabel("Noise level σ of the SDE run");
        sigmaLabel.setFor(sigma);
        sigmaValue.setId("flow-sigma-value");
        Div sigmaField = new Div(sigmaLabel, sigma, sigmaValue);
        sigmaField.addClassName("slider-field");

        step.setId("flow-step");
        step.setMin(0);
        step.setMax(FlowPaths.STEPS);
        step.setStep(1.0);
        step.setAriaLabel("Sampler step, 0 (t = 0, noise) to " + FlowPaths.STEPS + " (t = 1, data)");
        step.getElement().setAttribute("data-main-control", "");
        step.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                int k = (int) Math.round(Math.max(0, Math.min(FlowPaths.STEPS, e.getValue())));
                if (k != settings.step()) {
                    update(settings.withStep(k));
                }
            }
        });
        NativeLabel stepLabel = new NativeLabel("Sampler step (time runs from t = 0, noise, up to t = 1, data)");
        stepLabel.setFor(step);
        stepValue.setId("flow-step-value");
        Div stepField = new Div(stepLabel, step, stepValue);
        stepField.addClassName("slider-field");
        Div controls = new Div(dataset, seed, sigmaField, stepField);
        controls.addClassName("demo-controls");
        return controls;
    }

    private void update(FlowSettings next) {
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
        sigma.setValue(settings.sigma());
        sigmaValue.setText("σ = " + TextParams.format(settings.sigma()));
        step.setValue((double) settings.step());
    }

    private void redraw() {
        scene = demo.scene(settings);
        int k = settings.step();
        double t = scene.time(k);
        stepValue.setText(String.format(Locale.ROOT, "step %d · t = %.3f", k, t));
        List<CoupledFigure.Panel> panels = FlowPaths.panels(scene, settings, k);
        figure.show(CoupledFigure.render("flow-figure", scene.runs(), panels, k),
                String.format(Locale.ROOT, "Flow ODE and SDE extension at t = %.3f", t),
                CoupledFigure.describe(scene.runs(), panels, k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · x_t = %.3f z + %.3f ε · σ = %s",
                        k, FlowPaths.STEPS, t, t, 1 - t, TextParams.format(settings.sigma())));
    }

    /** The settings shown now. */
    public FlowSettings settings() {
        return settings;
    }
}
