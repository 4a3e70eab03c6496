package org.diffusioncourse.demo.flow;

import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.demo.coupled.CoupledWidget;

/**
 * Scrub the CondOT flow ODE and its SDE extension at a chosen sigma, from the same noise, over
 * the exact p_t. The step slider is the main control; the sigma slider picks the SDE (a new
 * question). Before the end metrics are shown, the learner commits to what the two runs share
 * at t = 1.
 */
final class FlowWidget extends CoupledWidget<FlowSettings> {

    private static final String PREFIX = "flow";

    FlowWidget(FlowDemo demo, FlowSettings initial, List<String> linkProblems, Consumer<FlowSettings> onChange) {
        super(demo, PREFIX, "Flow matching ODE and SDE demo", "Both runs start from the same " + CoupledScene.PARTICLES
                + " noise points. With σ above 0, what will the two runs share at t = 1? Commit before you scrub to the "
                + "end.", FlowDemo.RUNS, initial, linkProblems, onChange);
        target(FlowSettings.DATASET, FlowSettings.SEED);
        sigmaSlider();
        stepSlider(FlowSettings.STEP, "Sampler step (time runs from t = 0, noise, up to t = 1, data)",
                "Sampler step, 0 (t = 0, noise) to " + FlowSettings.STEPS + " (t = 1, data)");
        start();
    }

    /** A range input over sigma itself (id {@code flow-sigma}), snapped to the offered values. */
    private void sigmaSlider() {
        RangeInput sigma = new RangeInput(ValueChangeMode.EAGER);
        Span value = new Span();
        sigma.setId(PREFIX + "-sigma");
        sigma.setMin(0);
        sigma.setMax(FlowSettings.MAX_SIGMA);
        sigma.setStep(FlowSettings.SIGMA_STEP);
        sigma.setAriaLabel("Noise level sigma of the SDE extension, 0 (the ODE) to "
                + TextParams.format(FlowSettings.MAX_SIGMA));
        sigma.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                double clamped = Math.max(0, Math.min(FlowSettings.MAX_SIGMA, e.getValue()));
                double snapped = Math.rint(clamped / FlowSettings.SIGMA_STEP) * FlowSettings.SIGMA_STEP;
                if (snapped != settings().sigma()) {
                    update(FlowSettings.SIGMA.with(settings(), snapped));
                }
            }
        });
        value.setId(PREFIX + "-sigma-value");
        control(DemoParts.slider("Noise level σ of the SDE run", sigma, value), () -> {
            sigma.setValue(settings().sigma());
            value.setText("σ = " + TextParams.format(settings().sigma()));
        });
    }

    @Override
    protected void draw(CoupledScene scene, FlowSettings settings, boolean revealed) {
        showStep(scene, revealed);
    }
}
