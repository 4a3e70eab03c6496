package org.diffusioncourse.demo.fastsamplers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.LruCache;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.ErrorPlot;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the fast-samplers demo draws for one target, seed and size: the sweep of all three
 * samplers over every budget and the target's contours, computed once (about a second) so that
 * moving the budget slider only looks up a frame drawn with the scene (about 1 MB of SVG for
 * the 12 budgets; the cache keeps at most 12 scenes). The figures are built here so the live
 * demo, the storyboard and the tests draw the same bytes.
 */
final class FastScene {

    static final String ERROR_NAME = "RMS distance to the exact ODE solution";
    private static final LruCache<List<Object>, FastScene> CACHE = new LruCache<>(12);

    private final ToyDataset dataset;
    private final FastSamplerSweep sweep;
    private final DensityContours contours;
    // Every frame is drawn with the scene, so a slider move is a lookup.
    private final String[] samplesSvg = new String[FastSamplerSweep.BUDGETS.size()];
    private final String[] samplesText = new String[FastSamplerSweep.BUDGETS.size()];
    private final String[] errorSvg = new String[FastSamplerSweep.BUDGETS.size()];
    private final String errorText;

    private FastScene(ToyDataset dataset, long seed, int n) {
        this.dataset = dataset;
        this.sweep = FastSamplerSweep.of(dataset.mixture(), seed, n);
        this.contours = DensityContours.of(dataset.mixture(), SamplerFigure.AXIS_LIMIT);
        for (int b = 0; b < samplesSvg.length; b++) {
            samplesSvg[b] = drawSamples(b);
            samplesText[b] = describe(cells(new int[] {b}, false));
            errorSvg[b] = ErrorPlot.render("fast-error", ERROR_NAME, series(), FastSamplerSweep.BUDGETS.get(b));
        }
        errorText = ErrorPlot.describe(ERROR_NAME, series());
    }

    static FastScene of(FastSettings s) {
        return CACHE.get(List.of(s.dataset(), s.seed(), s.n()),
                k -> new FastScene(ToyDataset.byId(s.dataset()), s.seed(), s.n()));
    }

    FastSamplerSweep sweep() {
        return sweep;
    }

    String targetName() {
        return dataset.label().toLowerCase(Locale.ROOT);
    }

    /** The three samplers' samples at one budget, side by side. */
    String samplesSvg(int budgetIndex) {
        return samplesSvg[budgetIndex];
    }

    private String drawSamples(int budgetIndex) {
        List<SampleGrid.Cell> cells = cells(new int[] {budgetIndex}, false);
        return SampleGrid.render("fast-samples", "Samples of three fast samplers at NFE "
                + FastSamplerSweep.BUDGETS.get(budgetIndex) + " on " + targetName(),
                describe(cells), contours, cells, 3, 200);
    }

    String samplesText(int budgetIndex) {
        return samplesText[budgetIndex];
    }

    /** Rows: samplers; columns: the given budgets. */
    String storyboardSvg(int[] budgetIndices) {
        List<SampleGrid.Cell> cells = cells(budgetIndices, true);
        return SampleGrid.render("fast-storyboard", "Storyboard: three fast samplers at growing budgets on " + targetName(),
                describe(cells), contours, cells, budgetIndices.length, 130, true);
    }

    String storyboardText(int[] budgetIndices) {
        return describe(cells(budgetIndices, true));
    }

    private List<SampleGrid.Cell> cells(int[] budgetIndices, boolean byRow) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (Method m : Method.values()) {
            for (int b : budgetIndices) {
                FastSamplerSweep.Run run = sweep.run(m, b);
                String steps = m == Method.EDM_HEUN ? run.steps() + " levels" : run.steps() + " steps";
                cells.add(new SampleGrid.Cell(m.label(), byRow
                        ? "NFE " + run.nfe() + " · error " + scientific(run.error())
                        : steps + " · NFE " + run.nfe(), run.samples()));
            }
        }
        return cells;
    }

    private String describe(List<SampleGrid.Cell> cells) {
        List<String> parts = cells.stream().map(c -> SampleGrid.describe(contours, c)).toList();
        return "Samples over the contours holding 50%, 90% and 99% of " + targetName() + ". "
                + String.join("; ", parts) + ".";
    }

    /** Error against NFE for the three samplers, with the chosen budget marked. */
    String errorSvg(int budgetIndex) {
        return errorSvg[budgetIndex];
    }

    String errorText() {
        return errorText;
    }

    private List<ErrorPlot.Series> series() {
        return java.util.Arrays.stream(Method.values())
                .map(m -> new ErrorPlot.Series(m.label(), sweep.nfe(m), sweep.errors(m))).toList();
    }

    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
