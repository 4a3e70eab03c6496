package org.diffusioncourse.demo.fastsamplers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.render.ErrorPlot;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.simulation.metrics.LogLogSlope;

/**
 * The fast-samplers figures, drawn from a {@link FastScene}: the three samplers' samples at one
 * budget side by side, their error against NFE with the budget marked, a storyboard of a few
 * budgets, and their text alternatives. Pure: the same scene and budget give the same bytes, so
 * the live demo, the storyboard and the tests draw alike.
 */
final class FastFigure {

    static final String ERROR_NAME = "RMS distance to the exact ODE solution";

    private FastFigure() {
    }

    /** The three samplers' samples at budget index {@code budgetIndex}, side by side. */
    static String samples(FastScene scene, int budgetIndex) {
        List<SampleGrid.Cell> cells = cells(scene, new int[] {budgetIndex}, false);
        return SampleGrid.render("fast-samples", "Samples of three fast samplers at NFE "
                + FastSamplerSweep.BUDGETS.get(budgetIndex) + " on " + scene.targetName(),
                describe(scene, cells), scene.contours(), cells, 3, 200);
    }

    static String describeSamples(FastScene scene, int budgetIndex) {
        return describe(scene, cells(scene, new int[] {budgetIndex}, false));
    }

    /** Rows: samplers; columns: the budgets of {@code budgetIndices}. */
    static String storyboard(FastScene scene, int[] budgetIndices) {
        List<SampleGrid.Cell> cells = cells(scene, budgetIndices, true);
        return SampleGrid.render("fast-storyboard", "Storyboard: three fast samplers at growing budgets on "
                + scene.targetName(), describe(scene, cells), scene.contours(), cells, budgetIndices.length, 130, true);
    }

    static String describeStoryboard(FastScene scene, int[] budgetIndices) {
        return describe(scene, cells(scene, budgetIndices, true));
    }

    private static List<SampleGrid.Cell> cells(FastScene scene, int[] budgetIndices, boolean byRow) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (Method m : Method.values()) {
            for (int b : budgetIndices) {
                FastSamplerSweep.Run run = scene.sweep().run(m, b);
                String steps = run.steps() + " " + m.stepsNoun();
                cells.add(new SampleGrid.Cell(m.label(), byRow
                        ? "NFE " + run.nfe() + " · error " + scientific(run.error())
                        : steps + " · NFE " + run.nfe(), run.samples()));
            }
        }
        return cells;
    }

    private static String describe(FastScene scene, List<SampleGrid.Cell> cells) {
        List<String> parts = cells.stream().map(c -> SampleGrid.describe(scene.contours(), c)).toList();
        return "Samples over the contours holding 50%, 90% and 99% of " + scene.targetName() + ". "
                + String.join("; ", parts) + ".";
    }

    /** Error against NFE for the three samplers, with the budget at {@code budgetIndex} marked. */
    static String error(FastScene scene, int budgetIndex) {
        return ErrorPlot.render("fast-error", ERROR_NAME, series(scene.sweep()), FastSamplerSweep.BUDGETS.get(budgetIndex));
    }

    static String describeError(FastScene scene) {
        return ErrorPlot.describe(ERROR_NAME, series(scene.sweep()));
    }

    private static List<ErrorPlot.Series> series(FastSamplerSweep sweep) {
        return Arrays.stream(Method.values())
                .map(m -> new ErrorPlot.Series(m.label(), sweep.nfe(m), sweep.errors(m),
                        LogLogSlope.of(sweep.nfe(m), sweep.errors(m)))).toList();
    }

    /** An error as the readouts write it: 3.21e-02. */
    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
