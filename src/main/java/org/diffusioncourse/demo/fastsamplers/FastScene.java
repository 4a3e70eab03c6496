package org.diffusioncourse.demo.fastsamplers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.diffusioncourse.demo.LruCache;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.ErrorPlot;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.FastSamplerSweep;
import org.diffusioncourse.simulation.FastSamplerSweep.Method;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the fast-samplers demo draws for one target, seed and size: the sweep of all three
 * samplers over every budget and the target's contours, computed once (about a second) so that
 * moving the budget slider only picks runs and draws them. The figures are built here so the
 * live demo, the storyboard and the tests draw the same bytes.
 */
final class FastScene {

    static final String ERROR_NAME = "RMS distance to the exact ODE solution";
    private static final LruCache<List<Object>, FastScene> CACHE = new LruCache<>(12);

    private final ToyDataset dataset;
    private final FastSamplerSweep sweep;
    private final DensityContours contours;
    // Drawn on first use per budget, so a slider frame after that is a lookup.
    private final AtomicReferenceArray<String> samplesSvg = new AtomicReferenceArray<>(FastSamplerSweep.BUDGETS.size());
    private final AtomicReferenceArray<String> errorSvg = new AtomicReferenceArray<>(FastSamplerSweep.BUDGETS.size());

    private FastScene(ToyDataset dataset, long seed, int n) {
        this.dataset = dataset;
        this.sweep = FastSamplerSweep.of(dataset.mixture(), seed, n);
        this.contours = DensityContours.of(dataset.mixture(), SamplerFigure.AXIS_LIMIT);
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
        String svg = samplesSvg.get(budgetIndex);
        if (svg == null) {
            svg = drawSamples(budgetIndex);
            samplesSvg.set(budgetIndex, svg);
        }
        return svg;
    }

    private String drawSamples(int budgetIndex) {
        List<SampleGrid.Cell> cells = cells(new int[] {budgetIndex}, false);
        return SampleGrid.render("fast-samples", "Samples of three fast samplers at NFE "
                + FastSamplerSweep.BUDGETS.get(budgetIndex) + " on " + targetName(),
                describe(cells), contours, cells, 3, 200);
    }

    String samplesText(int budgetIndex) {
        return describe(cells(new int[] {budgetIndex}, false));
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
        String svg = errorSvg.get(budgetIndex);
        if (svg == null) {
            svg = ErrorPlot.render("fast-error", ERROR_NAME, series(), FastSamplerSweep.BUDGETS.get(budgetIndex));
            errorSvg.set(budgetIndex, svg);
        }
        return svg;
    }

    String errorText() {
        return ErrorPlot.describe(ERROR_NAME, series());
    }

    private List<ErrorPlot.Series> series() {
        return java.util.Arrays.stream(Method.values())
                .map(m -> new ErrorPlot.Series(m.label(), sweep.nfe(m), sweep.errors(m))).toList();
    }

    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }
}
