package org.diffusioncourse.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Several measured quantities against one control (e.g. the guidance weight w), one small
 * panel per quantity, each with an optional dashed reference level and a vertical line at the
 * current value of the control. Pure: the same inputs give the same bytes.
 */
public final class MetricCurves {

    private static final int PANEL = 200;
    private static final int PLOT_HEIGHT = 130;
    private static final int GAP = 28;

    /**
     * One quantity.
     *
     * @param reference a level to compare with (e.g. the exact target's value), NaN for none
     */
    public record Curve(String name, double[] values, double reference, int decimals) {

        public Curve {
            values = values.clone();
        }
    }

    private MetricCurves() {
    }

    /** Draws every curve against {@code xs}, marking x = {@code mark}. */
    public static String render(String id, String title, String xName, double[] xs, List<Curve> curves, double mark) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("curves must not be empty");
        }
        int width = curves.size() * (PANEL + GAP) + GAP;
        int height = PLOT_HEIGHT + 90;
        Canvas c = new Canvas(id, width, height);
        double x0 = xs[0];
        double x1 = xs[xs.length - 1];
        for (int p = 0; p < curves.size(); p++) {
            Curve curve = curves.get(p);
            double[] range = range(curve);
            double left = GAP + p * (PANEL + GAP) + 16;
            Frame f = new Frame(left, 34, PANEL - 16, PLOT_HEIGHT, x0, x1, range[0], range[1]);
            c.font(12, true);
            c.text(curve.name(), left - 16, 18, Canvas.INK);
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(f.box());
            c.font(10, false);
            c.textRight(Numbers.fixed(range[1], curve.decimals()), f.left() - 3, f.top() + 9, Canvas.MUTED);
            c.textRight(Numbers.fixed(range[0], curve.decimals()), f.left() - 3, f.bottom(), Canvas.MUTED);
            c.textCentred(Numbers.compact(x0, 1), f.left(), f.bottom() + 14, Canvas.MUTED);
            c.textCentred(Numbers.compact(x1, 1), f.right(), f.bottom() + 14, Canvas.MUTED);
            c.textCentred(xName, f.left() + f.width() / 2, f.bottom() + 14, Canvas.MUTED);
            if (Double.isFinite(curve.reference())) {
                c.nextId("reference-" + p);
                c.line(f.left(), f.py(curve.reference()), f.right(), f.py(curve.reference()), Canvas.GREEN, Canvas.DASHED);
            }
            c.nextId("mark-" + p);
            c.line(f.px(mark), f.top(), f.px(mark), f.bottom(), Canvas.INK, Canvas.DOTTED);
            Path2D.Double line = new Path2D.Double();
            c.plotted(xs.length);
            for (int k = 0; k < xs.length; k++) {
                if (k == 0) {
                    line.moveTo(f.px(xs[k]), f.py(curve.values()[k]));
                } else {
                    line.lineTo(f.px(xs[k]), f.py(curve.values()[k]));
                }
            }
            c.nextId("curve-" + p);
            c.g.setColor(Canvas.BLUE);
            c.g.setStroke(Canvas.LINE);
            c.g.draw(line);
            for (int k = 0; k < xs.length; k++) {
                boolean current = xs[k] == mark;
                double r = current ? 5 : 3;
                c.g.setColor(current ? Canvas.VERMILLION : Canvas.BLUE);
                c.g.fill(new Ellipse2D.Double(f.px(xs[k]) - r, f.py(curve.values()[k]) - r, 2 * r, 2 * r));
            }
        }
        c.font(11, false);
        c.text("Blue: measured at each value of " + xName + "; vermillion: the current one; dashed green: exact target.",
                GAP, height - 14, Canvas.MUTED);
        return c.finish(title, describe(xName, xs, curves, mark));
    }

    /** Every value of every curve, and the reference levels, in words. */
    public static String describe(String xName, double[] xs, List<Curve> curves, double mark) {
        StringBuilder sb = new StringBuilder("Measured against ").append(xName).append(" (current ")
                .append(xName).append(" = ").append(Numbers.compact(mark, 2)).append(").");
        for (Curve curve : curves) {
            sb.append(' ').append(curve.name()).append(':');
            for (int k = 0; k < xs.length; k++) {
                sb.append(k == 0 ? " " : ", ").append(Numbers.compact(xs[k], 2)).append(" → ")
                        .append(Numbers.fixed(curve.values()[k], curve.decimals()));
            }
            if (Double.isFinite(curve.reference())) {
                sb.append("; exact target ").append(Numbers.fixed(curve.reference(), curve.decimals()));
            }
            sb.append('.');
        }
        return sb.toString();
    }

    /** [min, max] over the values and the reference, padded by 8% (a flat curve gets +-1 unit). */
    private static double[] range(Curve curve) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : curve.values()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (Double.isFinite(curve.reference())) {
            lo = Math.min(lo, curve.reference());
            hi = Math.max(hi, curve.reference());
        }
        if (!(hi > lo)) {
            return new double[] {lo - 1, hi + 1};
        }
        double pad = 0.08 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }
}
