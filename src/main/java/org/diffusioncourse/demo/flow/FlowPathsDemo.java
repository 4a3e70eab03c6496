package org.diffusioncourse.demo.flow;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.coupled.CoupledControls;
import org.diffusioncourse.demo.coupled.CoupledDemoView;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledScene;

/**
 * Scrub the CondOT flow ODE and its SDE extension at a chosen sigma, from the same noise, over
 * the exact p_t. The time slider is the main control; the sigma slider picks the SDE. Before the
 * end metrics are shown, the learner commits to what the two runs share at t = 1.
 */
public final class FlowPathsDemo extends CoupledDemoView<FlowSettings> {

    private static final Spec SPEC = new Spec("flow", FlowPaths.ID, "Flow matching ODE and SDE demo",
            FlowSettings.DATASETS, FlowPaths.STEPS, "Sampler step (time runs from t = 0, noise, up to t = 1, data)",
            "Sampler step, 0 (t = 0, noise) to " + FlowPaths.STEPS + " (t = 1, data)",
            "Both runs start from the same " + FlowPaths.PARTICLES + " noise points. With σ above 0, what will the two "
                    + "runs share at t = 1? Commit before you scrub to the end.",
            List.of("Flow ODE (σ = 0)", "SDE extension (σ as set)"));

    private final RangeInput sigma = new RangeInput(ValueChangeMode.EAGER);
    private final Span sigmaValue = new Span();

    public FlowPathsDemo(FlowPaths demo, FlowSettings initial, List<String> linkProblems, Consumer<FlowSettings> onChange) {
        super(SPEC, demo, initial, linkProblems, onChange);
        Div sigmaField = CoupledControls.slider(sigma, "flow-sigma", FlowSettings.MAX_SIGMA, FlowSettings.SIGMA_STEP,
                "Noise level σ of the SDE run",
                "Noise level sigma of the SDE extension, 0 (the ODE) to " + TextParams.format(FlowSettings.MAX_SIGMA),
                sigmaValue, v -> {
                    double snapped = Math.rint(v / FlowSettings.SIGMA_STEP) * FlowSettings.SIGMA_STEP;
                    if (snapped != settings().sigma()) {
                        update(settings().withSigma(snapped));
                    }
                });
        start(sigmaField);
    }

    @Override
    protected void showExtraControls(FlowSettings current) {
        sigma.setValue(current.sigma());
        sigmaValue.setText("σ = " + TextParams.format(current.sigma()));
    }

    @Override
    protected String draw(CoupledScene scene, FlowSettings settings, DemoParts.Figure figure) {
        int k = settings.step();
        double t = scene.time(k);
        List<CoupledFigure.Panel> panels = FlowPaths.panels(scene, settings, k);
        figure.show(CoupledFigure.render("flow-plot", scene.runs(), panels, k),
                String.format(Locale.ROOT, "Flow ODE and SDE extension at t = %.3f", t),
                CoupledFigure.describe(scene.runs(), panels, k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · x_t = %.3f z + %.3f ε · σ = %s",
                        k, FlowPaths.STEPS, t, t, 1 - t, TextParams.format(settings.sigma())));
        return String.format(Locale.ROOT, "step %d · t = %.3f", k, t);
    }
}
