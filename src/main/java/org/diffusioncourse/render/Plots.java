package org.diffusioncourse.render;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.function.IntToDoubleFunction;

/**
 * Drawing steps the DDPM and Langevin figures share: a square data panel with integer ticks, a
 * curve against a step axis, the current-step marker and arrows.
 */
public final class Plots {

    private Plots() {
    }

    /** The frame of a square panel, its heading above and integer ticks every {@code tick}. */
    public static void squarePanel(Canvas c, Frame f, String heading, int tick) {
        box(c, f, heading, 13);
        Path2D.Double ticks = new Path2D.Double();
        int lo = (int) Math.ceil(f.xMin());
        for (int v = lo; v <= f.xMax(); v++) {
            if (v % tick != 0) {
                continue;
            }
            String label = Integer.toString(v);
            tick(ticks, f.px(v), f.bottom(), f.px(v), f.bottom() + 3);
            c.textCentred(label, f.px(v), f.bottom() + 14, Canvas.MUTED);
            tick(ticks, f.left() - 3, f.py(v), f.left(), f.py(v));
            c.textRight(label, f.left() - 5, f.py(v) + 4, Canvas.MUTED);
        }
        c.drawFine(ticks, Canvas.MUTED, Canvas.HAIRLINE);
    }

    /** The panel's faint box with {@code heading} above it in bold {@code headingSize}; leaves the tick labels' font set. */
    private static void box(Canvas c, Frame f, String heading, int headingSize) {
        c.font(headingSize, true);
        c.text(heading, f.left(), f.top() - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(10, false);
    }

    /**
     * A storyboard cell: {@code heading} in bold {@code headingRise} px above the frame,
     * {@code caption} muted {@code captionRise} px above it, and the frame's faint box.
     */
    public static void cell(Canvas c, Frame f, String heading, double headingRise, String caption, double captionRise) {
        c.font(12, true);
        c.text(heading, f.left(), f.top() - headingRise, Canvas.INK);
        c.font(10, false);
        c.text(caption, f.left(), f.top() - captionRise, Canvas.MUTED);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
    }

    /** Adds one tick mark to {@code ticks}: all of a panel's ticks are one path. */
    private static void tick(Path2D.Double ticks, double x1, double y1, double x2, double y2) {
        ticks.moveTo(x1, y1);
        ticks.lineTo(x2, y2);
    }

    /** A frame for a curve over steps 0 .. f.xMax(), with y ticks at {@code yTicks}. */
    public static void curvePanel(Canvas c, Frame f, String heading, double[] yTicks, String xName) {
        box(c, f, heading, 12);
        Path2D.Double ticks = new Path2D.Double();
        int last = (int) Math.round(f.xMax());
        for (int v : new int[] {0, last / 2, last}) {
            tick(ticks, f.px(v), f.bottom(), f.px(v), f.bottom() + 3);
            c.textCentred(Integer.toString(v), f.px(v), f.bottom() + 14, Canvas.MUTED);
        }
        c.text(xName, f.right() + 5, f.bottom() + 4, Canvas.MUTED);
        for (double v : yTicks) {
            tick(ticks, f.left() - 3, f.py(v), f.left(), f.py(v));
            c.textRight(Numbers.compact(v, 2), f.left() - 5, f.py(v) + 4, Canvas.MUTED);
        }
        c.drawFine(ticks, Canvas.MUTED, Canvas.HAIRLINE);
    }

    /** The polyline through (xs[i], ys[i]) for i in [from, to], in {@code colour}. */
    public static void curve(Canvas c, Frame f, double[] xs, double[] ys, int from, int to, Color colour, Stroke stroke) {
        Path2D.Double path = new Path2D.Double();
        for (int i = from; i <= to; i++) {
            double y = Math.max(f.yMin(), Math.min(f.yMax(), ys[i]));
            if (i == from) {
                path.moveTo(f.px(xs[i]), f.py(y));
            } else {
                path.lineTo(f.px(xs[i]), f.py(y));
            }
        }
        if (to < from) {
            path.moveTo(f.left(), f.bottom());
        }
        c.plotted(Math.max(0, to - from + 1));
        c.drawFine(path, colour, stroke);
    }

    /**
     * The curve of {@code value(u)} over steps u = first .. f.xMax(), which a learner predicts
     * before seeing it: until {@code revealed} it stops at {@code current}. The current step is
     * marked (when it is on the curve) and captioned below the frame.
     */
    public static void revealableCurve(Canvas c, Frame f, String id, IntToDoubleFunction value, int first, int current,
                                boolean revealed, String axis) {
        int end = (int) Math.round(f.xMax());
        double[] steps = new double[end + 1];
        double[] values = new double[end + 1];
        for (int u = first; u <= end; u++) {
            steps[u] = u;
            values[u] = value.applyAsDouble(u);
        }
        c.nextId(id + "-curve");
        curve(c, f, steps, values, first, revealed ? end : Math.max(first, current), Canvas.BLUE, Canvas.LINE);
        c.font(11, false);
        if (current >= first) {
            c.beginGroup(id + "-current");
            marker(c, f, current, values[current]);
            c.endGroup();
            c.text("at " + axis + " = " + current + ": " + Numbers.fixed(values[current], 3), f.left(), f.bottom() + 30,
                    Canvas.INK);
        }
        c.text(revealed ? "whole curve shown" : "curve hidden beyond " + axis + " until you reveal", f.left(),
                f.bottom() + 46, Canvas.MUTED);
    }

    /** A vertical line at step {@code x} and a dot at {@code value}. */
    public static void marker(Canvas c, Frame f, double x, double value) {
        double px = f.px(x);
        c.line(px, f.top(), px, f.bottom(), Canvas.ORANGE, Canvas.HAIRLINE);
        c.g.setColor(Canvas.ORANGE);
        double y = Math.max(f.yMin(), Math.min(f.yMax(), value));
        c.g.fill(new Ellipse2D.Double(px - 4, f.py(y) - 4, 8, 8));
    }

    /** An arrow from data point (x, y) by (dx, dy), with a small head; skipped outside the frame. */
    public static void arrow(Canvas c, Frame f, double x, double y, double dx, double dy, Color colour, Stroke stroke) {
        Path2D.Double arrow = new Path2D.Double();
        if (addArrow(arrow, f, x, y, dx, dy)) {
            c.plotted(1);
            c.drawFine(arrow, colour, stroke);
        }
    }

    /**
     * Adds an arrow from data point (x, y) by (dx, dy), shaft and head, to {@code arrows}, so
     * that many arrows of one colour are one path; returns false (and adds nothing) when the
     * point is outside the frame.
     */
    public static boolean addArrow(Path2D.Double arrows, Frame f, double x, double y, double dx, double dy) {
        if (!f.contains(x, y)) {
            return false;
        }
        double x1 = f.px(x);
        double y1 = f.py(y);
        double x2 = f.px(x + dx);
        double y2 = f.py(y + dy);
        double length = Math.hypot(x2 - x1, y2 - y1);
        arrows.moveTo(x1, y1);
        arrows.lineTo(x2, y2);
        if (length >= 3) {
            double ux = (x2 - x1) / length;
            double uy = (y2 - y1) / length;
            double head = Math.min(6, length / 2);
            arrows.moveTo(x2 - head * ux + head * 0.5 * uy, y2 - head * uy - head * 0.5 * ux);
            arrows.lineTo(x2, y2);
            arrows.lineTo(x2 - head * ux - head * 0.5 * uy, y2 - head * uy + head * 0.5 * ux);
        }
        return true;
    }
}
