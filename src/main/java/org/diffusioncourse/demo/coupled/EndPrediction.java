package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.diffusioncourse.demo.PredictReveal;

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
    private final PredictReveal<String> predict;
    private final Div metrics = new Div();

    /**
     * @param question  what to commit to
     * @param runs      the runs shown now (they change with the settings)
     * @param runLabels one label per run, for the metrics table
     */
    public EndPrediction(String prefix, String question, Supplier<CoupledRuns> runs, List<String> runLabels) {
        this.prefix = prefix;
        this.runs = runs;
        this.runLabels = runLabels;
        predict = new PredictReveal<>(prefix, question, List.of(SAME_POINTS, SAME_DISTRIBUTION, DIFFERENT), choice -> choice,
                "Reveal the end metrics", this::refresh);
        metrics.setId(prefix + "-metrics-box");
        add(predict, metrics);
    }

    /** Shows the answer for the current runs, if the learner has already revealed it. */
    public void refresh() {
        if (!predict.revealed()) {
            return;
        }
        CoupledRuns current = runs.get();
        String judgement = SAME_DISTRIBUTION.equals(predict.prediction())
                ? "Right. " : "You predicted “" + predict.prediction() + "”. ";
        double paired = current.meanPairedEndDistance(0, current.runCount() - 1);
        String points = paired < 1e-9
                ? "Here both runs are the same deterministic map, so every start point ends in the same place. "
                : String.format(Locale.ROOT, "The same start point ends on average %.2f apart in the two runs. ", paired);
        predict.showVerdict(judgement + points + "Both end clouds should be about as close to the target as exact draws "
                + "are: compare their energy distances and mode weights with the reference row.");
        metrics.removeAll();
        metrics.add(CoupledView.metricsTable(prefix + "-metrics", current, runLabels));
    }
}
