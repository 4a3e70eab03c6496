package org.diffusioncourse.demo.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.render.MetricCurves;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;

/**
 * The guidance demo's figures, drawn from a {@link GuidanceScene}: the samples at one weight
 * over the contours of p(x | y), the measurements against w with that weight marked, a
 * storyboard of a few weights, and their text alternatives. Pure: the same scene and weight give
 * the same bytes.
 */
final class GuidanceFigure {

    private GuidanceFigure() {
    }

    /** The samples at weight index {@code index} over the contours of p(x | y). */
    static String samples(GuidanceScene scene, int index) {
        return SamplerFigure.render("guidance-samples", scene.contours(), panel(scene, index));
    }

    static String describeSamples(GuidanceScene scene, int index) {
        return SamplerFigure.describe(scene.contours(), panel(scene, index));
    }

    private static SamplerFigure.Panel panel(GuidanceScene scene, int index) {
        GuidanceSweep.Point p = scene.sweep().at(index);
        return new SamplerFigure.Panel("Guidance w = " + weight(p.weight()) + " towards class "
                + scene.sweep().classLabel(), "p(x | y) of " + scene.targetName(), p.samples(), 2L * GuidanceSweep.STEPS,
                List.of());
    }

    /** Class accuracy, mean log p(x | y), spread and energy distance against w, the weight at {@code index} marked. */
    static String curves(GuidanceScene scene, int index) {
        return MetricCurves.render("guidance-curves", "Fidelity and diversity against the guidance weight", "w",
                weights(), curves(scene.sweep()), GuidanceSweep.WEIGHTS.get(index));
    }

    static String describeCurves(GuidanceScene scene, int index) {
        return MetricCurves.describe("w", weights(), curves(scene.sweep()), GuidanceSweep.WEIGHTS.get(index));
    }

    private static double[] weights() {
        return GuidanceSweep.WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<MetricCurves.Curve> curves(GuidanceSweep sweep) {
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

    /** The storyboard: samples at the weights of {@code indices}, one row. */
    static String storyboard(GuidanceScene scene, int[] indices) {
        return SampleGrid.render("guidance-storyboard", "Storyboard: guidance towards " + scene.targetName(),
                describeStoryboard(scene, indices), scene.contours(), storyboardCells(scene, indices), indices.length,
                140, true);
    }

    static String describeStoryboard(GuidanceScene scene, int[] indices) {
        List<String> parts = storyboardCells(scene, indices).stream()
                .map(c -> SampleGrid.describe(scene.contours(), c)).toList();
        return "Samples over the contour holding 90% of p(x | y) for " + scene.targetName() + ". "
                + String.join("; ", parts) + ".";
    }

    private static List<SampleGrid.Cell> storyboardCells(GuidanceScene scene, int[] indices) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (int i : indices) {
            GuidanceSweep.Point p = scene.sweep().at(i);
            cells.add(new SampleGrid.Cell("w = " + weight(p.weight()), String.format(Locale.ROOT,
                    "accuracy %.2f · spread %.2f", p.accuracy(), p.spread()), p.samples()));
        }
        return cells;
    }

    /** A weight as links and headings write it: 0, 0.5, 3. */
    static String weight(double w) {
        return TextParams.format(w);
    }
}
