package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.demo.StepSlider;

/**
 * The live widget both coupled demos are: a target picker, a seed field, any extra controls, a
 * step slider (the main control) over runs computed once per setting, the figure and the
 * end-of-run prediction. Every change redraws and is reported to {@code onChange}, so the page
 * keeps its URL in step.
 *
 * @param <S> the demo's settings
 */
public abstract class CoupledDemoView<S extends CoupledDemoView.Settings<S>> extends Div {

    /** What the shared controls need to know about a demo's settings. */
    public interface Settings<S> {
        String dataset();

        long seed();

        int step();

        S withDataset(String dataset);

        S withStep(int step);

        /** Whether both show the same runs (they may differ in the step only). */
        boolean sameRuns(S other);

        /** The settings as URL query parameters, in a fixed order. */
        Map<String, String> toQuery();
    }

    /** What a demo tells the shared widget about itself. */
    public record Spec(String prefix, String demoId, String label, List<String> datasets, int steps,
            String stepLabel, String stepAriaLabel, String question, List<String> runLabels) {
    }

    private final Spec spec;
    private final CoupledLessonDemo<S> demo;
    private final Consumer<S> onChange;
    private S settings;
    private CoupledScene scene;

    private final Select<String> dataset;
    private final TextField seed;
    private final StepSlider step;
    private final DemoParts.Figure figure;
    private final EndPrediction prediction;

    protected CoupledDemoView(Spec spec, CoupledLessonDemo<S> demo, S initial, List<String> linkProblems,
            Consumer<S> onChange) {
        this.spec = spec;
        this.demo = demo;
        this.onChange = onChange;
        this.settings = initial;
        this.dataset = CoupledControls.dataset(spec.prefix(), spec.datasets(), () -> settings.dataset(),
                id -> update(settings.withDataset(id)));
        this.seed = CoupledControls.seed(spec.prefix(), () -> settings.seed(), text -> {
            SettingsDemo.Reading<S> reading = demo.read(Map.of("seed", text), settings);
            if (reading.problems().isEmpty()) {
                update(reading.settings());
            }
            return reading.problems();
        });
        this.figure = new DemoParts.Figure(spec.prefix());
        this.prediction = new EndPrediction(spec.prefix(), spec.question(), () -> scene.runs(), spec.runLabels());
        this.step = new StepSlider(spec.prefix() + "-step", spec.stepLabel(), spec.steps(), spec.stepAriaLabel(),
                k -> update(settings.withStep(k)));
        DemoParts.stage(this, spec.demoId(), spec.label(), linkProblems);
    }

    /** Adds the controls (with {@code extra} before the step slider), the figure and the prediction, and draws. */
    protected final void start(Component... extra) {
        Div controls = new Div(dataset, seed);
        controls.add(extra);
        controls.add(step);
        controls.addClassName("demo-controls");
        add(controls, figure, prediction);
        showControls();
        redraw();
    }

    /** Draws the figure for {@code settings}; returns the step readout, e.g. "step 3 · t = 0.985". */
    protected abstract String draw(CoupledScene scene, S settings, DemoParts.Figure figure);

    /** Shows demo-specific settings on their controls. */
    protected void showExtraControls(S current) {
    }

    /** Applies new settings from any control. */
    protected final void update(S next) {
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
        showExtraControls(settings);
    }

    private void redraw() {
        scene = demo.scene(settings);
        step.show(settings.step(), draw(scene, settings, figure));
    }

    /** The settings shown now. */
    public final S settings() {
        return settings;
    }
}
