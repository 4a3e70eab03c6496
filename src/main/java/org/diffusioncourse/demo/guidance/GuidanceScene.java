package org.diffusioncourse.demo.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.LruCache;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.MetricCurves;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the guidance demo draws for one target, class, seed and size: the sweep over the
 * guidance weights and the contours of p(x | y), computed once (about a second), so that moving
 * the w slider only looks up a frame drawn with the scene (about 0.4 MB of SVG for the 10
 * weights; the cache keeps at most 12 scenes).
 */
final class GuidanceScene {

    private static final LruCache<List<Object>, GuidanceScene> CACHE = new LruCache<>(12);

    private final ToyDataset dataset;
    private final GuidanceSweep sweep;
    private final DensityContours contours;
    // Every frame is drawn with the scene, so a slider move is a lookup.
    private final String[] samplesSvg = new String[GuidanceSweep.WEIGHTS.size()];
    private final String[] samplesText = new String[GuidanceSweep.WEIGHTS.size()];
    private final String[] curvesSvg = new String[GuidanceSweep.WEIGHTS.size()];

    private GuidanceScene(ToyDataset dataset, int y, long seed, int n) {
        this.dataset = dataset;
        this.sweep = GuidanceSweep.of(dataset.labelled(), y, seed, n);
        this.contours = DensityContours.of(dataset.labelled().restrictTo(y), SamplerFigure.AXIS_LIMIT);
        for (int i = 0; i < samplesSvg.length; i++) {
            samplesSvg[i] = SamplerFigure.render("guidance-samples", contours, panel(i));
            samplesText[i] = SamplerFigure.describe(contours, panel(i));
            curvesSvg[i] = MetricCurves.render("guidance-curves", "Fidelity and diversity against the guidance weight",
                    "w", weights(), curves(), GuidanceSweep.WEIGHTS.get(i));
        }
    }

    static GuidanceScene of(GuidanceSettings s) {
        return CACHE.get(List.of(s.dataset(), s.y(), s.seed(), s.n()),
                k -> new GuidanceScene(ToyDataset.byId(s.dataset()), s.y(), s.seed(), s.n()));
    }

    GuidanceSweep sweep() {
        return sweep;
    }

    String targetName() {
        return dataset.label().toLowerCase(Locale.ROOT) + ", class " + sweep.classLabel();
    }

    /** The samples at weight index {@code index} over the contours of p(x | y). */
    String samplesSvg(int index) {
        return samplesSvg[index];
    }

    String samplesText(int index) {
        return samplesText[index];
    }

    private SamplerFigure.Panel panel(int index) {
        GuidanceSweep.Point p = sweep.at(index);
        return new SamplerFigure.Panel("Guidance w = " + weight(p.weight()) + " towards class " + sweep.classLabel(),
                "p(x | y) of " + targetName(), p.samples(), 2L * GuidanceSweep.STEPS, List.of());
    }

    /** Class accuracy, mean log p(x | y), spread and energy distance against w, w marked. */
    String curvesSvg(int index) {
        return curvesSvg[index];
    }

    String curvesText(int index) {
        return MetricCurves.describe("w", weights(), curves(), GuidanceSweep.WEIGHTS.get(index));
    }

    private static double[] weights() {
        return GuidanceSweep.WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private List<MetricCurves.Curve> curves() {
        int k = GuidanceSweep.WEIGHTS.size();
        double[] accuracy = new double[k];
        double[] logp = new double[k];
        double[] spread = new double[k];
        double[] energy = new double[k];
        for (int i = 0; i < k; i++) {
            GuidanceSweep.Point p = sweep.at(i);
            accuracy[i] = p.accuracy();
            logp[i] = Math.max(p.meanLogDensity(), -10);
            spread[i] = p.spread();
            energy[i] = p.energyDistance();
        }
        GuidanceSweep.Point exact = sweep.exact();
        List<MetricCurves.Curve> curves = new ArrayList<>();
        curves.add(new MetricCurves.Curve("Class accuracy", accuracy, exact.accuracy(), 3));
        curves.add(new MetricCurves.Curve("Mean log p(x | y), floor −10", logp, exact.meanLogDensity(), 2));
        curves.add(new MetricCurves.Curve("Spread √tr Cov", spread, exact.spread(), 3));
        curves.add(new MetricCurves.Curve("Energy distance to p(x | y)", energy, Double.NaN, 4));
        return curves;
    }

    /** The storyboard: samples at a few weights, one row. */
    String storyboardSvg(int[] indices) {
        List<SampleGrid.Cell> cells = storyboardCells(indices);
        return SampleGrid.render("guidance-storyboard", "Storyboard: guidance towards " + targetName(),
                storyboardText(indices), contours, cells, indices.length, 140, true);
    }

    String storyboardText(int[] indices) {
        List<String> parts = storyboardCells(indices).stream().map(c -> SampleGrid.describe(contours, c)).toList();
        return "Samples over the contour holding 90% of p(x | y) for " + targetName() + ". " + String.join("; ", parts) + ".";
    }

    private List<SampleGrid.Cell> storyboardCells(int[] indices) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (int i : indices) {
            GuidanceSweep.Point p = sweep.at(i);
            cells.add(new SampleGrid.Cell("w = " + weight(p.weight()), String.format(Locale.ROOT,
                    "accuracy %.2f · spread %.2f", p.accuracy(), p.spread()), p.samples()));
        }
        return cells;
    }

    static String weight(double w) {
        return org.diffusioncourse.base.TextParams.format(w);
    }
}
