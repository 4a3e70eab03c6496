package org.diffusioncourse.render;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.diffusioncourse.simulation.metrics.LogLogSlope;

/**
 * Error against work on log-log axes: one line per sampler through its measured points
 * (NFE per particle, error), with a dashed guide of slope -1 and one of slope -2 so a
 * first- or second-order method can be read off. Pure: the same inputs give the same bytes.
 */
public final class ErrorPlot {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 380;

    private static final Color[] COLOURS = {Canvas.BLUE, Canvas.VERMILLION, Canvas.GREEN};
    private static final String[] MARKERS = {"circles", "squares", "triangles"};

    /**
     * One sampler's measurements and the slope fitted through them; non-positive errors cannot be
     * drawn on a log axis and are left out of the plot (the text alternative still lists them).
     *
     * @param slope the least-squares slope of log(error) against log(NFE)
     *              ({@link LogLogSlope}); NaN when it cannot be fitted, and then not stated
     */
    public record Series(String label, long[] nfe, double[] error, double slope) {

        public Series {
            if (nfe.length != error.length) {
                throw new IllegalArgumentException("error must have one value per nfe (" + nfe.length + "), had " + error.length);
            }
            nfe = nfe.clone();
            error = error.clone();
        }
    }

    private ErrorPlot() {
    }

    /**
     * Draws up to three series.
     *
     * @param errorName what the y axis measures, e.g. {@code "RMS distance to the reference ODE solution"}
     */
    public static String render(String id, String errorName, List<Series> series) {
        return render(id, errorName, series, 0);
    }

    /**
     * As {@link #render(String, String, List)}, with a vertical line at NFE {@code markNfe} (the
     * budget a learner has chosen); no line when it is 0 or less.
     */
    public static String render(String id, String errorName, List<Series> series, long markNfe) {
        if (series.isEmpty() || series.size() > COLOURS.length) {
            throw new IllegalArgumentException("series must hold 1 to " + COLOURS.length + " samplers, had " + series.size());
        }
        double[] range = range(series);
        Frame f = new Frame(70, 40, 520, 270, range[0], range[1], range[2], range[3]);
        Canvas c = new Canvas(id, WIDTH, HEIGHT);
        c.font(14, true);
        c.text("Error against NFE (log-log)", f.left(), 20, Canvas.INK);
        axes(c, f, errorName);
        guides(c, f);
        if (markNfe > 0 && Math.log10(markNfe) >= f.xMin() && Math.log10(markNfe) <= f.xMax()) {
            double x = f.px(Math.log10(markNfe));
            c.nextId("budget");
            c.line(x, f.top(), x, f.bottom(), Canvas.INK, Canvas.DASHED);
            c.font(11, true);
            c.text("NFE " + markNfe, x + 4, f.bottom() - 6, Canvas.INK);
        }
        for (int s = 0; s < series.size(); s++) {
            draw(c, f, series.get(s), s);
        }
        c.font(12, false);
        for (int s = 0; s < series.size(); s++) {
            double y = f.top() + 16 + 16 * s;
            double x = f.right() - 200;
            c.line(x, y - 4, x + 20, y - 4, COLOURS[s], Canvas.LINE);
            marker(c, x + 10, y - 4, s);
            c.text(series.get(s).label(), x + 26, y, Canvas.INK);
        }
        return c.finish("Error against NFE: " + errorName, describe(errorName, series));
    }

    /** A text alternative: every measured point, and the slope fitted through each series. */
    public static String describe(String errorName, List<Series> series) {
        StringBuilder sb = new StringBuilder("Log-log plot of the ").append(errorName)
                .append(" against field evaluations per particle (NFE).");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            sb.append(' ').append(one.label()).append(" (").append(MARKERS[s]).append("):");
            for (int k = 0; k < one.nfe().length; k++) {
                sb.append(k == 0 ? " " : ", ").append("NFE ").append(one.nfe()[k]).append(" → ")
                        .append(scientific(one.error()[k]));
            }
            if (Double.isFinite(one.slope())) {
                sb.append("; fitted slope ").append(Numbers.fixed(one.slope(), 2));
            }
            sb.append('.');
        }
        return sb.toString();
    }

    static String scientific(double v) {
        return String.format(java.util.Locale.ROOT, "%.2e", v);
    }

    /** log10 ranges [x0, x1, y0, y1], widened to whole decades. */
    private static double[] range(List<Series> series) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int k = 0; k < s.nfe().length; k++) {
                if (s.nfe()[k] > 0 && s.error()[k] > 0) {
                    x0 = Math.min(x0, Math.log10(s.nfe()[k]));
                    x1 = Math.max(x1, Math.log10(s.nfe()[k]));
                    y0 = Math.min(y0, Math.log10(s.error()[k]));
                    y1 = Math.max(y1, Math.log10(s.error()[k]));
                }
            }
        }
        if (x0 > x1) {
            return new double[] {0, 3, -3, 0};
        }
        x0 = Math.floor(x0);
        x1 = Math.max(x0 + 1, Math.ceil(x1));
        y0 = Math.floor(y0);
        y1 = Math.max(y0 + 1, Math.ceil(y1));
        return new double[] {x0, x1, y0, y1};
    }

    private static void axes(Canvas c, Frame f, String errorName) {
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(11, false);
        for (int d = (int) f.xMin(); d <= (int) f.xMax(); d++) {
            c.line(f.px(d), f.top(), f.px(d), f.bottom(), Canvas.FAINT, Canvas.DOTTED);
            c.textCentred(decade(d), f.px(d), f.bottom() + 16, Canvas.MUTED);
        }
        for (int d = (int) f.yMin(); d <= (int) f.yMax(); d++) {
            c.line(f.left(), f.py(d), f.right(), f.py(d), Canvas.FAINT, Canvas.DOTTED);
            c.textRight(decade(d), f.left() - 6, f.py(d) + 4, Canvas.MUTED);
        }
        c.font(12, false);
        c.textCentred("NFE per particle", f.left() + f.width() / 2, f.bottom() + 34, Canvas.INK);
        c.text("y: " + errorName, f.left(), f.bottom() + 54, Canvas.INK);
    }

    private static String decade(int d) {
        return d >= 0 && d <= 5 ? Long.toString((long) Math.pow(10, d)) : "1e" + d;
    }

    /** Slope -1 and -2 lines through the top-left corner of the plot. */
    private static void guides(Canvas c, Frame f) {
        c.font(10, false);
        for (int order = 1; order <= 2; order++) {
            double x0 = f.xMin();
            double y0 = f.yMax();
            double x1 = Math.min(f.xMax(), x0 + (y0 - f.yMin()) / order);
            double y1 = y0 - order * (x1 - x0);
            c.nextId("guide-" + order);
            c.line(f.px(x0), f.py(y0), f.px(x1), f.py(y1), Canvas.FAINT, Canvas.DASHED);
            c.text("slope −" + order, f.px(x1) - 48, f.py(y1) - 4, Canvas.MUTED);
        }
    }

    private static void draw(Canvas c, Frame f, Series s, int index) {
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        for (int k = 0; k < s.nfe().length; k++) {
            if (s.nfe()[k] > 0 && s.error()[k] > 0) {
                double x = f.px(Math.log10(s.nfe()[k]));
                double y = f.py(Math.log10(s.error()[k]));
                if (started) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    started = true;
                }
                c.plotted(1);
            }
        }
        if (!started) {
            return;
        }
        c.nextId("series-" + index);
        c.g.setColor(COLOURS[index]);
        c.g.setStroke(Canvas.LINE);
        c.g.draw(line);
        for (int k = 0; k < s.nfe().length; k++) {
            if (s.nfe()[k] > 0 && s.error()[k] > 0) {
                marker(c, f.px(Math.log10(s.nfe()[k])), f.py(Math.log10(s.error()[k])), index);
            }
        }
    }

    private static void marker(Canvas c, double x, double y, int index) {
        c.g.setColor(COLOURS[index]);
        switch (index) {
            case 0 -> c.g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
            case 1 -> c.g.fill(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
            default -> {
                Path2D.Double triangle = new Path2D.Double();
                triangle.moveTo(x, y - 5);
                triangle.lineTo(x + 5, y + 4);
                triangle.lineTo(x - 5, y + 4);
                triangle.closePath();
                c.g.fill(triangle);
            }
        }
    }
}
