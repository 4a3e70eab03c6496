package org.diffusioncourse.demo.training;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.List;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.simulation.learn.LossFloor;

/**
 * The loss panels on a log axis: the smoothed minibatch loss against the step with the exact
 * floor and its Monte Carlo band (floor +- 2 standard errors), and the loss per noise level with
 * the floor per level. Pure drawing; the numbers come from the scene.
 */
final class LossPanels {

    /** Most vertices of the loss curve. */
    static final int MAX_VERTICES = 800;
    private static final Color BAND = new Color(0, 158, 115, 56);

    private LossPanels() {
    }

    /**
     * The trailing mean of the minibatch loss over a window of max(1, steps / 50) steps (at most
     * 100), at every {@code stride}-th step done, as {steps, means}: the curve drawn and described.
     */
    static double[][] smoothed(double[] losses, int done, int steps) {
        int window = Math.max(1, Math.min(100, steps / 50));
        int stride = Math.max(1, (int) Math.ceil(done / (double) MAX_VERTICES));
        double[] prefix = new double[done + 1];
        for (int i = 0; i < done; i++) {
            prefix[i + 1] = prefix[i] + losses[i];
        }
        double[] xs = new double[done / stride + 2];
        double[] ys = new double[done / stride + 2];
        int k = 0;
        for (int i = 0; i < done; i = i == done - 1 ? done : Math.min(done - 1, i + stride)) {
            int from = Math.max(0, i + 1 - window);
            xs[k] = i + 1;
            ys[k] = (prefix[i + 1] - prefix[from]) / (i + 1 - from);
            k++;
        }
        return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
    }

    /** Decades [lo, hi] of log10 covering every positive finite value given, at least one decade wide. */
    static int[] decades(double... values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (!(hi >= lo)) {
            return new int[] {-1, 0};
        }
        int a = (int) Math.floor(lo);
        int b = (int) Math.ceil(hi);
        return new int[] {a, Math.max(b, a + 1)};
    }

    /** The frame and decade ticks of a log panel whose x runs xMin .. xMax. */
    static Frame axes(Canvas c, double left, double top, double width, double height, double xMin, double xMax,
            int[] decades, String heading, String xName) {
        Frame f = new Frame(left, top, width, height, xMin, xMax, decades[0], decades[1]);
        c.font(12, true);
        c.text(heading, left, top - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(10, false);
        Path2D.Double ticks = new Path2D.Double();
        for (int d = decades[0]; d <= decades[1]; d++) {
            ticks.moveTo(f.left() - 3, f.py(d));
            ticks.lineTo(f.left(), f.py(d));
            c.textRight(decadeLabel(d), f.left() - 5, f.py(d) + 4, Canvas.MUTED);
        }
        for (double x : new double[] {xMin, (xMin + xMax) / 2, xMax}) {
            ticks.moveTo(f.px(x), f.bottom());
            ticks.lineTo(f.px(x), f.bottom() + 3);
            c.textCentred(Numbers.compact(x, 0), f.px(x), f.bottom() + 14, Canvas.MUTED);
        }
        c.drawFine(ticks, Canvas.MUTED, Canvas.HAIRLINE);
        c.textCentred(xName, f.left() + f.width() / 2, f.bottom() + 28, Canvas.MUTED);
        return f;
    }

    private static String decadeLabel(int d) {
        return d >= -3 && d <= 3 ? Numbers.compact(Math.pow(10, d), 3) : "1e" + d;
    }

    /** log10 of v, clipped to the frame (a non-positive v sits on the bottom edge). */
    static double log(Frame f, double v) {
        double l = v > 0 ? Math.log10(v) : f.yMin();
        return Math.max(f.yMin(), Math.min(f.yMax(), l));
    }

    /** A horizontal band floor +- 2 SE and the floor's dashed line, across x0 .. x1. */
    static void floorBand(Canvas c, Frame f, LossFloor.Estimate floor, String id) {
        Path2D.Double band = new Path2D.Double();
        double lo = f.py(log(f, floor.mean() - 2 * floor.standardError()));
        double hi = f.py(log(f, floor.mean() + 2 * floor.standardError()));
        band.moveTo(f.left(), hi);
        band.lineTo(f.right(), hi);
        band.lineTo(f.right(), lo);
        band.lineTo(f.left(), lo);
        band.closePath();
        c.nextId(id + "-band");
        c.fillFine(band, BAND);
        c.nextId(id);
        c.line(f.left(), f.py(log(f, floor.mean())), f.right(), f.py(log(f, floor.mean())), Canvas.GREEN, Canvas.DASHED);
        c.plotted(2);
    }

    /** The polyline through (xs[i], log10 ys[i]). */
    static void curve(Canvas c, Frame f, double[] xs, double[] ys, Color colour, String id) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            double x = f.px(xs[i]);
            double y = f.py(log(f, ys[i]));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (xs.length == 0) {
            path.moveTo(f.left(), f.bottom());
        }
        c.plotted(xs.length);
        c.nextId(id);
        c.drawFine(path, colour, Canvas.LINE);
    }

    /** The per-level floor as a band (+- 2 SE at each level) and a dashed line. */
    static void levelFloor(Canvas c, Frame f, List<TrainingScene.LevelLoss> levels) {
        Path2D.Double band = new Path2D.Double();
        Path2D.Double line = new Path2D.Double();
        int n = levels.size();
        for (int i = 0; i < n; i++) {
            TrainingScene.LevelLoss l = levels.get(i);
            double x = f.px(l.level());
            double y = f.py(log(f, l.floor().mean() + 2 * l.floor().standardError()));
            if (i == 0) {
                band.moveTo(x, y);
                line.moveTo(x, f.py(log(f, l.floor().mean())));
            } else {
                band.lineTo(x, y);
                line.lineTo(x, f.py(log(f, l.floor().mean())));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            TrainingScene.LevelLoss l = levels.get(i);
            band.lineTo(f.px(l.level()), f.py(log(f, l.floor().mean() - 2 * l.floor().standardError())));
        }
        band.closePath();
        c.nextId("level-floor-band");
        c.fillFine(band, BAND);
        c.plotted(2 * n);
        c.nextId("level-floor");
        c.drawFine(line, Canvas.GREEN, Canvas.DASHED);
    }
}
