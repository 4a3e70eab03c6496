package org.diffusioncourse.demo.coupled;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.simulation.metrics.SampleMetrics;

/**
 * What the SDE and flow demos show the same way besides their figure: the storyboard, and the
 * end-of-run question. The learner says what two runs from the same noise share at the end; the
 * revealed answer says how far apart each start point's two end points land and shows the end
 * metrics of both runs next to exact draws. Ids: {@code PREFIX-metrics-box}, empty until the
 * reveal, and {@code PREFIX-metrics} inside it.
 */
public final class CoupledParts {

    public static final String SAME_POINTS = "The same points";
    public static final String SAME_DISTRIBUTION = "Different points, the same distribution";
    public static final String DIFFERENT = "Different distributions";
    /** The end-of-run question's choices. */
    public static final List<String> PREDICTIONS = List.of(SAME_POINTS, SAME_DISTRIBUTION, DIFFERENT);
    public static final String REVEAL = "Reveal the end metrics";
    public static final String SEED_HELP = "A whole number ≥ 0; it fixes the start noise and the SDE's noise";

    private CoupledParts() {
    }

    /**
     * The storyboard of {@code scene}: one row of small multiples per run, labelled {@code rows},
     * at {@code steps}.
     *
     * @param id a page-unique id prefix
     */
    public static StoryboardFigure storyboard(String id, CoupledScene scene, List<String> rows, int[] steps) {
        return storyboard(id, scene, rows, steps, "");
    }

    /** As {@link #storyboard(String, CoupledScene, List, int[])}, with {@code note} (e.g. the process) ending the text alternative. */
    public static StoryboardFigure storyboard(String id, CoupledScene scene, List<String> rows, int[] steps, String note) {
        return new StoryboardFigure(CoupledFigure.storyboard(id, scene, rows, steps),
                "Storyboard: " + String.join(" and ", rows) + " from the same noise",
                (CoupledFigure.describeStoryboard(scene, rows, steps) + " " + note).strip(), id + "-text");
    }

    /** The box the metrics table appears in once revealed, with id {@code PREFIX-metrics-box}. */
    public static Div metricsBox(String prefix) {
        Div box = new Div();
        box.setId(prefix + "-metrics-box");
        return box;
    }

    /**
     * Shows the answer for {@code runs} once the learner has revealed it (the verdict on
     * {@code predict}, the metrics table in {@code box}), and nothing before.
     *
     * @param runLabels one label per run, for the metrics table
     */
    public static void showEnd(PredictReveal<String> predict, Div box, String prefix, CoupledRuns runs,
            List<String> runLabels, boolean revealed) {
        box.removeAll();
        if (!revealed) {
            predict.showVerdict("");
            return;
        }
        predict.showVerdict(verdict(predict.prediction(), runs));
        Div table = new Div(DemoParts.numbers(List.of("End cloud", "Energy distance", "Mode weights off by (TV)",
                "Mean log p(x)"), metricRows(runs, runLabels)));
        table.setId(prefix + "-metrics");
        box.add(table);
    }

    /** What the runs share at the end, judged against {@code prediction}. */
    static String verdict(String prediction, CoupledRuns runs) {
        String judgement = SAME_DISTRIBUTION.equals(prediction) ? "Right. " : "You predicted “" + prediction + "”. ";
        double paired = runs.meanPairedEndDistance(0, runs.runCount() - 1);
        String points = paired < 1e-9
                ? "Here both runs are the same deterministic map, so every start point ends in the same place. "
                : String.format(Locale.ROOT, "The same start point ends on average %.2f apart in the two runs. ", paired);
        return judgement + points + "Both end clouds should be about as close to the target as exact draws "
                + "are: compare their energy distances and mode weights with the reference row.";
    }

    /** One row per run and one for exact draws: energy distance, mode weights off, mean log p. */
    static List<List<String>> metricRows(CoupledRuns runs, List<String> runLabels) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < runs.runCount(); r++) {
            rows.add(row(runLabels.get(r), runs.run(r).metrics()));
        }
        rows.add(row("Exact draws (reference)", runs.exactBaseline()));
        return rows;
    }

    private static List<String> row(String label, SampleMetrics m) {
        return List.of(label, String.format(Locale.ROOT, "%.4f", m.energyDistance()),
                String.format(Locale.ROOT, "%.3f", m.modeTotalVariation()),
                String.format(Locale.ROOT, "%.3f", m.meanLogDensity()));
    }
}
