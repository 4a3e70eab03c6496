package org.diffusioncourse.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.diffusioncourse.simulation.PointCloud;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A JFreeSVG surface set up for reproducible output, with the few drawing helpers the figures
 * share. Not thread-safe; make one per figure.
 */
public final class Canvas {

    /** Okabe-Ito colours: distinguishable with the common forms of colour blindness. */
    public static final Color BLUE = new Color(0, 114, 178);
    public static final Color ORANGE = new Color(230, 159, 0);
    public static final Color VERMILLION = new Color(213, 94, 0);
    public static final Color GREEN = new Color(0, 158, 115);
    public static final Color INK = new Color(34, 34, 34);
    public static final Color MUTED = new Color(102, 102, 102);
    public static final Color FAINT = new Color(190, 190, 190);
    public static final Color POINTS = new Color(0, 114, 178, 166);

    public static final Stroke HAIRLINE = new BasicStroke(1f);
    public static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f);

    /** Average advance of a sans-serif glyph in em; good enough to centre short labels. */
    private static final double EM_PER_CHAR = 0.56;

    public final SVGGraphics2D g;
    private final String id;
    private final int width;
    private final int height;

    public Canvas(String id, int width, int height) {
        this.id = id;
        this.width = width;
        this.height = height;
        g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(v -> Numbers.compact(v, 1));
        g.setTransformDoubleConverter(v -> Numbers.compact(v, 3));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    public void font(int size, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
    }

    public void text(String s, double x, double y, Color colour) {
        g.setColor(colour);
        g.drawString(s, (float) x, (float) y);
    }

    public void textRight(String s, double xRight, double y, Color colour) {
        text(s, xRight - width(s), y, colour);
    }

    public void textCentred(String s, double xMid, double y, Color colour) {
        text(s, xMid - width(s) / 2, y, colour);
    }

    public double width(String s) {
        return s.length() * EM_PER_CHAR * g.getFont().getSize2D();
    }

    public void line(double x1, double y1, double x2, double y2, Color colour, Stroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /**
     * The first {@code count} points as one path of zero-length, round-capped segments: each
     * becomes a dot, and one path element is far smaller than one element per point. Points
     * outside the frame are left out.
     */
    public void dots(Frame f, PointCloud points, int count, Stroke dot) {
        dots(f, points, count, dot, POINTS);
    }

    /** {@link #dots(Frame, PointCloud, int, Stroke)} in another colour, for figures with several clouds. */
    public void dots(Frame f, PointCloud points, int count, Stroke dot, Color colour) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 2 * count);
        boolean any = false;
        for (int i = 0; i < count; i++) {
            double x = points.x(i);
            double y = points.y(i);
            if (f.contains(x, y)) {
                double px = f.px(x);
                double py = f.py(y);
                path.moveTo(px, py);
                path.lineTo(px, py);
                any = true;
            }
        }
        if (!any) {
            path.moveTo(f.px(0), f.py(0));
        }
        g.setColor(colour);
        g.setStroke(dot);
        g.draw(path);
    }

    /** Gives the next element drawn this id (prefixed with the figure id). */
    public void nextId(String name) {
        g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id + "-" + name);
    }

    public void beginGroup(String name) {
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id + "-" + name);
    }

    public void endGroup() {
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "end");
    }

    /**
     * The finished document: the svg element with a viewBox, {@code role="img"}, and a title and
     * description that screen readers announce.
     */
    public String finish(String title, String description) {
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        int open = svg.indexOf('>');
        String accessible = " role='img' aria-labelledby='" + id + "-title " + id + "-desc'>"
                + "<title id='" + id + "-title'>" + escape(title) + "</title>"
                + "<desc id='" + id + "-desc'>" + escape(description) + "</desc>";
        return svg.substring(0, open) + accessible + svg.substring(open + 1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
