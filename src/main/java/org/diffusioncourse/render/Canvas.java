package org.diffusioncourse.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.simulation.PointCloud;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A JFreeSVG surface set up for reproducible output, with the few drawing helpers the figures
 * share. Not thread-safe; make one per figure.
 *
 * <p>It is long because it is the one surface every figure draws on: text, dots and paths in
 * half-pixels, counted marks, ids and groups, and the finished SVG with its title and description.
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
    public static final Stroke LINE = Strokes.round(2f);
    public static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f);

    /** Average advance of a sans-serif glyph in em; good enough to centre short labels. */
    private static final double EM_PER_CHAR = 0.56;

    /** Dots are drawn in half-pixels: whole numbers in the path, finer than a screen shows. */
    private static final double DOT_SCALE = 2;

    public final SVGGraphics2D g;
    private final String id;
    private final int width;
    private final int height;
    private int plotted;

    public Canvas(String id, int width, int height) {
        this.id = id;
        this.width = width;
        this.height = height;
        g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(v -> Numbers.compact(v, 1));
        g.setTransformDoubleConverter(v -> Numbers.compact(v, 3));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Pure strokes are asked for once, on the root element (finish), not on every element.
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
     * The first {@code count} points as one path of zero-length closed subpaths
     * ({@code M x,y Z}, written {@code m dx,dy Z} from the second on), which round caps turn into
     * dots: about 7 bytes a point. Coordinates are whole half-pixels (drawn under a scale of
     * 1/2), finer than a screen at twice the figure's size can show. Points outside the frame
     * are left out.
     */
    public void dots(Frame f, PointCloud points, int count, Stroke dot) {
        dots(f, points, count, dot, POINTS);
    }

    /** {@link #dots(Frame, PointCloud, int, Stroke)} in another colour, for figures with several clouds. */
    public void dots(Frame f, PointCloud points, int count, Stroke dot, Color colour) {
        long[] order = new long[count];
        int drawn = 0;
        for (int i = 0; i < count; i++) {
            double x = points.x(i);
            double y = points.y(i);
            if (f.contains(x, y)) {
                order[drawn++] = DotOrder.key((long) Math.rint(DOT_SCALE * f.px(x)), (long) Math.rint(DOT_SCALE * f.py(y)));
            }
        }
        // One colour, one path: the order of the dots changes no pixel, so they go in the order
        // whose relative steps are shortest (RelativePaths), about 3 bytes a dot fewer than the
        // order they were sampled in.
        Arrays.sort(order, 0, drawn);
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, 2 * drawn + 2);
        for (int i = 0; i < drawn; i++) {
            path.moveTo(DotOrder.x(order[i]), DotOrder.y(order[i]));
            path.closePath();
        }
        if (drawn == 0) {
            path.moveTo(DOT_SCALE * f.px(0), DOT_SCALE * f.py(0));
        }
        plotted(drawn);
        AffineTransform saved = g.getTransform();
        g.scale(1.0 / DOT_SCALE, 1.0 / DOT_SCALE);
        g.setColor(colour);
        g.setStroke(scaled(dot, DOT_SCALE));
        g.draw(path);
        g.setTransform(saved);
    }

    /**
     * Draws {@code path} (in pixels) with its coordinates rounded to whole half-pixels, under a
     * scale of 1/2 so the path holds integers: {@code L1234,567} instead of {@code L617.1,283.4},
     * finer than a screen at twice the figure's size can show. Lines and moves only (curved
     * segments are followed by their end points).
     */
    public void drawFine(Path2D path, Color colour, Stroke stroke) {
        paintFine(path, colour, stroke);
    }

    /** {@link #drawFine} for a filled path (histogram bars, regions). */
    public void fillFine(Path2D path, Color colour) {
        paintFine(path, colour, null);
    }

    private void paintFine(Path2D path, Color colour, Stroke stroke) {
        Path2D.Double fine = new Path2D.Double();
        double[] at = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(at);
            int last = switch (type) {
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 4;
                default -> 0;
            };
            double x = Math.rint(DOT_SCALE * at[last]);
            double y = Math.rint(DOT_SCALE * at[last + 1]);
            switch (type) {
                case PathIterator.SEG_MOVETO -> fine.moveTo(x, y);
                case PathIterator.SEG_CLOSE -> fine.closePath();
                default -> fine.lineTo(x, y);
            }
        }
        AffineTransform saved = g.getTransform();
        g.scale(1.0 / DOT_SCALE, 1.0 / DOT_SCALE);
        g.setColor(colour);
        if (stroke == null) {
            g.fill(fine);
        } else {
            g.setStroke(scaled(stroke, DOT_SCALE));
            g.draw(fine);
        }
        g.setTransform(saved);
    }

    /** Counts {@code n} more data marks drawn (points, curve vertices, arrows, heat-map cells). */
    public void plotted(int n) {
        plotted += n;
    }

    /** The data marks drawn so far. */
    public int plotted() {
        return plotted;
    }

    private static Stroke scaled(Stroke stroke, double factor) {
        if (!(stroke instanceof BasicStroke b)) {
            return stroke;
        }
        float[] dashes = b.getDashArray();
        if (dashes != null) {
            dashes = dashes.clone();
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] *= (float) factor;
            }
        }
        return new BasicStroke((float) (b.getLineWidth() * factor), b.getEndCap(), b.getLineJoin(), b.getMiterLimit(),
                dashes, (float) (b.getDashPhase() * factor));
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
     * The finished document: the svg element with a viewBox, {@code role="img"}, a title and
     * description that screen readers announce, the number of data marks drawn
     * ({@code data-points}), every inline style that repeats written once as a class, and the
     * whole-number paths written with relative steps ({@link RelativePaths}).
     */
    public String finish(String title, String description) {
        String svg = RelativePaths.of(factorStyles(g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null), id));
        int open = svg.indexOf('>');
        String accessible = " role='img' shape-rendering='geometricPrecision' data-points='" + plotted
                + "' aria-labelledby='" + id + "-title " + id + "-desc'>"
                + "<title id='" + id + "-title'>" + escape(title) + "</title>"
                + "<desc id='" + id + "-desc'>" + escape(description) + "</desc>";
        return svg.substring(0, open) + accessible + svg.substring(open + 1);
    }

    private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");

    /**
     * JFreeSVG writes each element's style in full (a tick label repeats its font and colour); a
     * style used more than once becomes a class {@code ID-sK} in one {@code <style>} block, which
     * roughly halves the bytes of axes and labels. Class names carry the figure's id, so two
     * figures on a page never share one.
     */
    static String factorStyles(String svg, String id) {
        Map<String, Integer> uses = new HashMap<>();
        Matcher count = STYLE.matcher(svg);
        while (count.find()) {
            uses.merge(count.group(1), 1, Integer::sum);
        }
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(svg.length());
        Matcher m = STYLE.matcher(svg);
        while (m.find()) {
            String style = m.group(1);
            String replacement = uses.get(style) < 2 ? m.group(0)
                    : " class='" + classes.computeIfAbsent(style, k -> id + "-s" + classes.size()) + "'";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (classes.isEmpty()) {
            return out.toString();
        }
        StringBuilder css = new StringBuilder("<style>");
        classes.forEach((style, name) -> css.append('.').append(name).append('{').append(style).append('}'));
        css.append("</style>");
        int open = out.indexOf(">") + 1;
        return out.substring(0, open) + css + out.substring(open);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
