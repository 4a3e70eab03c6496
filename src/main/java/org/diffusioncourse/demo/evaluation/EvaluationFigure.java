package org.diffusioncourse.demo.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.MetricCurves;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.SampleEvaluation;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;

/**
 * The evaluation demo's figures, drawn from an {@link EvaluationScene}: the samples at one
 * severity over the contours of the reference distribution, the six sample measures against
 * severity with that level marked and the exact draws' values dashed, the measures as a table,
 * and a storyboard of a few levels. Pure: the same scene and level give the same bytes.
 */
final class EvaluationFigure {

    /** The measures the curves figure draws, by their {@link SampleEvaluation#NAMES} index, with titles and decimals. */
    private static final int[] DRAWN = {0, 1, 2, 3, 4, 5};
    private static final String[] TITLES = {"Fréchet distance", "Energy distance", "MMD² (ℓ = 0.5)", "Precision (k = 3)",
        "Recall (k = 3)", "Mode coverage", "Mean log p(x)"};
    private static final int[] DECIMALS = {3, 3, 4, 2, 2, 2, 2};

    private EvaluationFigure() {
    }

    static String samples(EvaluationScene scene, int level) {
        return SamplerFigure.render("evaluation-samples", scene.contours(), panel(scene, level));
    }

    static String describeSamples(EvaluationScene scene, int level) {
        return SamplerFigure.describe(scene.contours(), panel(scene, level));
    }

    private static SamplerFigure.Panel panel(EvaluationScene scene, int level) {
        SeveritySweep.Level l = scene.sweep().at(level);
        return new SamplerFigure.Panel(scene.sweep().mode().label() + ", severity " + level + ": " + l.setting(),
                scene.targetName(), l.model().samples(), l.model().nfe(), List.of());
    }

    static String curves(EvaluationScene scene, int level) {
        return MetricCurves.render("evaluation-curves", "Sample measures against severity: " + scene.sweep().mode().label(),
                "severity", levels(), curves(scene.sweep()), level);
    }

    static String describeCurves(EvaluationScene scene, int level) {
        return MetricCurves.describe("severity", levels(), curves(scene.sweep()), level);
    }

    private static double[] levels() {
        double[] xs = new double[FailureMode.LEVELS];
        for (int l = 0; l < xs.length; l++) {
            xs[l] = l;
        }
        return xs;
    }

    private static List<MetricCurves.Curve> curves(SeveritySweep sweep) {
        List<MetricCurves.Curve> curves = new ArrayList<>();
        double[] baseline = sweep.baseline().values();
        for (int m : DRAWN) {
            double[] values = new double[FailureMode.LEVELS];
            for (int l = 0; l < values.length; l++) {
                values[l] = sweep.at(l).evaluation().values()[m];
            }
            curves.add(new MetricCurves.Curve(TITLES[m], values, baseline[m], DECIMALS[m]));
        }
        return curves;
    }

    /**
     * One row per level and one for the exact draws ({@code level} empty): the setting, every
     * measure, and the share of near-copies of a training point (memorisation only).
     */
    static DataTable table(EvaluationScene scene) {
        List<String> columns = new ArrayList<>(List.of("level", "setting"));
        columns.addAll(SampleEvaluation.NAMES);
        columns.add("copyShare");
        DataTable table = DataTable.of(columns.toArray(String[]::new));
        SeveritySweep sweep = scene.sweep();
        for (int l = 0; l < FailureMode.LEVELS; l++) {
            SeveritySweep.Level level = sweep.at(l);
            table.row(row(l, level.setting(), level.evaluation(), Double.isNaN(level.copyShare()) ? "" : level.copyShare()));
        }
        table.row(row("", "exact draws", sweep.baseline(), ""));
        return table;
    }

    private static Object[] row(Object level, String setting, SampleEvaluation e, Object copyShare) {
        List<Object> cells = new ArrayList<>(List.of(level, setting));
        for (double v : e.values()) {
            cells.add(v);
        }
        cells.add(copyShare);
        return cells.toArray();
    }

    /** The measures as one line for the readout, with the share of near-copies when there is a training set. */
    static String numbers(SampleEvaluation e, double copyShare) {
        String text = String.format(Locale.ROOT, "FD %.4f · energy %.4f · MMD² %.4f · precision %.2f · recall %.2f"
                + " · coverage %.0f%% · mean log p %.2f", e.frechet(), e.energy(), e.mmd2(), e.precision(), e.recall(),
                100 * e.coverage(), e.meanLogDensity());
        return Double.isNaN(copyShare) ? text : text + String.format(Locale.ROOT, " · near-copies of training points %.0f%%",
                100 * copyShare);
    }

    /** Samples at the levels of {@code levels}, one row. */
    static String storyboard(EvaluationScene scene, int[] levels) {
        return SampleGrid.render("evaluation-storyboard", "Storyboard: " + scene.sweep().mode().label() + " on "
                + scene.targetName(), describeStoryboard(scene, levels), scene.contours(), cells(scene, levels),
                levels.length, 140, true);
    }

    static String describeStoryboard(EvaluationScene scene, int[] levels) {
        List<String> parts = cells(scene, levels).stream().map(c -> SampleGrid.describe(scene.contours(), c)).toList();
        return "Samples over the contours of " + scene.targetName() + ". " + String.join("; ", parts) + ".";
    }

    private static List<SampleGrid.Cell> cells(EvaluationScene scene, int[] levels) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (int l : levels) {
            SeveritySweep.Level level = scene.sweep().at(l);
            cells.add(new SampleGrid.Cell("severity " + l, String.format(Locale.ROOT, "FD %.3f · recall %.2f",
                    level.evaluation().frechet(), level.evaluation().recall()), level.model().samples()));
        }
        return cells;
    }
}
