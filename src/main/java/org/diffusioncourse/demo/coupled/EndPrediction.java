package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.diffusioncourse.simulation.CoupledRuns;

/**
 * "Predict, then reveal" for coupled runs: the learner says what two runs from the same noise
 * share at the end, and only then sees the end metrics of both runs next to exact draws, and how
 * far apart each start point's two end points land. Ids: {@code PREFIX-prediction},
 * {@code PREFIX-reveal}, {@code PREFIX-verdict}, {@code PREFIX-metrics-box} and {@code PREFIX-metrics}.
 */
public final class EndPrediction extends Div {

    public static final String SAME_POINTS = "The same points";
    public static final String SAME_DISTRIBUTION = "Different points, the same distribution";
    public static final String DIFFERENT = "Different distributions";

    private final String prefix;
    private final Supplier<CoupledRuns> runs;
    private final List<String> runLabels;
    private final RadioButtonGroup<String> prediction = new RadioButtonGroup<>();
    private final Button reveal = new Button("Reveal the end metrics");
    private final Paragraph verdict = new Paragraph();
    private final Div metrics = new Div();
    private boolean revealed;

    /**
     * @param question  what to commit to
     * @param runs      the runs shown now (they change with the settings)
     * @param runLabels one label per run, for the metrics table
     */
    public EndPrediction(String prefix, String question, Supplier<CoupledRuns> runs, List<String> runLabels) {
        this.prefix = prefix;
        this.runs = runs;
        this.runLabels = runLabels;
        prediction.setLabel("My prediction");
        prediction.setId(prefix + "-prediction");
        prediction.setItems(SAME_POINTS, SAME_DISTRIBUTION, DIFFERENT);
        prediction.addValueChangeListener(e -> reveal.setEnabled(e.getValue() != null && !revealed));
        reveal.setId(prefix + "-reveal");
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setEnabled(false);
        reveal.addClickListener(e -> {
            revealed = true;
            reveal.setEnabled(false);
            prediction.setReadOnly(true);
            refresh();
        });
        verdict.setId(prefix + "-verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        metrics.setId(prefix + "-metrics-box");
        addClassName("predict-block");
        add(new H3("Predict, then reveal"), new Paragraph(question), prediction, reveal, verdict, metrics);
    }

    /** Shows the answer for the current runs, if the learner has already revealed it. */
    public void refresh() {
        if (!revealed) {
            return;
        }
        CoupledRuns current = runs.get();
        String judgement = SAME_DISTRIBUTION.equals(prediction.getValue())
                ? "Right. " : "You predicted “" + prediction.getValue() + "”. ";
        double paired = current.meanPairedEndDistance(0, current.runCount() - 1);
        String points = paired < 1e-9
                ? "Here both runs are the same deterministic map, so every start point ends in the same place. "
                : String.format(Locale.ROOT, "The same start point ends on average %.2f apart in the two runs. ", paired);
        verdict.setText(judgement + points + "Both end clouds should be about as close to the target as exact draws "
                + "are: compare their energy distances and mode weights with the reference row.");
        metrics.removeAll();
        metrics.add(CoupledView.metricsTable(prefix + "-metrics", current, runLabels));
    }
}
