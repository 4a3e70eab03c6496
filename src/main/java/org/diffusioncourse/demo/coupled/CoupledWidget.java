package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Consumer;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The page of a coupled demo (the SDE and flow demos): a target, a seed and a step slider, one
 * figure of the runs from the same noise, and the end-of-run question whose revealed answer is
 * the end metrics table ({@link CoupledParts}). A subclass adds its controls ({@link #target},
 * its own, {@link #stepSlider}), then calls {@link #start()}; its {@link #draw} shows a frame
 * with {@link #showStep}.
 *
 * @param <S> the demo's settings record
 */
public abstract class CoupledWidget<S> extends DemoWidget<S, CoupledScene> {

    private final String prefix;
    private final List<String> runLabels;
    private final DemoFigure figure = figure("figure");
    private final Div metrics;
    private final PredictReveal<String> predict;

    /**
     * @param question  the end-of-run question, asked before the learner scrubs to the end
     * @param runLabels one label per run, for the metrics table
     */
    protected CoupledWidget(Demo<S, ?, CoupledScene> demo, String prefix, String label, String question,
            List<String> runLabels, S initial, List<String> linkProblems, Consumer<S> onChange) {
        super(demo, prefix, label, initial, linkProblems, onChange);
        this.prefix = prefix;
        this.runLabels = List.copyOf(runLabels);
        this.metrics = CoupledParts.metricsBox(prefix);
        this.predict = predict(question, "My prediction", CoupledParts.REVEAL, CoupledParts.PREDICTIONS, choice -> choice);
    }

    /** The target drop-down and the seed field. */
    protected final void target(Param.Choice<S, ToyDataset> dataset, Param<S, ?> seed) {
        choice(dataset, "Target", ToyDataset::label);
        field(seed, "Seed", CoupledParts.SEED_HELP);
    }

    /** The main control: the sampler step, shown with its time ({@link CoupledFigure#stepText}). */
    protected final void stepSlider(Param.Whole<S> step, String label, String ariaLabel) {
        slider(step, label, ariaLabel);
    }

    /** Adds the controls, the figure, the question and the box of the end metrics, and draws the first frame. */
    protected final void start() {
        start(figure, predict, metrics);
    }

    /** Shows the current frame on the figure and, once revealed, the verdict and the end metrics of {@code scene}. */
    protected final void showStep(CoupledScene scene, boolean revealed) {
        show(figure);
        CoupledParts.showEnd(predict, metrics, prefix, scene.runs(), runLabels, revealed);
    }
}
