package org.diffusioncourse.render;

import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.sampler.ParticlePath;

/**
 * A sampler's output over its target: the target's highest-density contours (50%, 90%, 99% of
 * the mass), the samples, and the trajectories of a few particles, on fixed axes
 * [-{@value #AXIS_LIMIT}, {@value #AXIS_LIMIT}]^2 so that two figures compare at a glance.
 * Pure: the same inputs give the same bytes.
 */
public final class SamplerFigure {

    public static final int WIDTH = 440;
    public static final int HEIGHT = 486;

    /** Half the side of the square shown; the toy targets (total variance 2) fit well inside. */
    public static final double AXIS_LIMIT = 3.0;

    /** Most samples drawn (the first ones; they are exchangeable), to bound the file size. */
    public static final int MAX_POINTS = 2000;

    /** Most vertices drawn per trajectory; longer paths are thinned evenly, ends kept. */
    public static final int MAX_PATH_VERTICES = 80;

    private static final Stroke DOT = Strokes.round(3f);
    private static final Stroke PATH = Strokes.round(1.5f);
    public static final Stroke[] CONTOUR = Strokes.contours(2f, 1.4f, 1f);

    /**
     * What one figure shows.
     *
     * @param heading     the sampler and its settings, e.g. {@code "DDIM, 50 steps, η = 0"}
     * @param targetLabel the target's name, e.g. {@code "two moons"}
     * @param nfe         field evaluations per particle
     */
    public record Panel(String heading, String targetLabel, PointCloud samples, long nfe, List<ParticlePath> paths) {

        public Panel {
            paths = List.copyOf(paths);
        }
    }

    private SamplerFigure() {
    }

    /**
     * Draws {@code panel} over {@code contours}.
     *
     * @param id the figure's id prefix, unique on the page (e.g. {@code "sampler-a"})
     */
    public static String render(String id, DensityContours contours, Panel panel) {
        Canvas c = new Canvas(id, WIDTH, HEIGHT);
        Frame f = new Frame(44, 40, 380, 380, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        c.font(14, true);
        c.nextId("heading");
        c.text(panel.heading(), f.left(), 18, Canvas.INK);
        c.font(12, false);
        c.text("NFE " + panel.nfe() + " per particle · " + panel.samples().size() + " samples", f.left(), 34,
                Canvas.MUTED);
        axes(c, f);
        c.beginGroup("contours");
        contours(c, f, contours, CONTOUR);
        c.endGroup();
        c.nextId("points");
        c.dots(f, panel.samples(), Math.min(MAX_POINTS, panel.samples().size()), DOT);
        c.beginGroup("paths");
        for (ParticlePath p : panel.paths()) {
            path(c, f, p);
        }
        c.endGroup();
        c.font(11, false);
        c.text("Green: target contours holding 50% (solid), 90% (dashed)", f.left(), f.bottom() + 34, Canvas.MUTED);
        c.text("and 99% (dotted) of its mass. Blue: samples.", f.left(), f.bottom() + 48, Canvas.MUTED);
        c.text("Vermillion: paths of " + panel.paths().size() + " particles, ringed at the end.", f.left(),
                f.bottom() + 62, Canvas.MUTED);
        return c.finish(panel.heading() + " on " + panel.targetLabel(), describe(contours, panel));
    }

    /**
     * A text alternative computed from the data: what was drawn, the share of samples inside
     * each contour against the mass it holds, and where the tracked particles started and ended.
     */
    public static String describe(DensityContours contours, Panel panel) {
        PointCloud s = panel.samples();
        StringBuilder sb = new StringBuilder();
        sb.append(s.size()).append(" samples from ").append(panel.heading()).append(", ").append(panel.nfe())
                .append(" field evaluations per particle, over the contours of ").append(panel.targetLabel())
                .append(". Share of samples inside the contour holding ");
        for (int q = 0; q < DensityContours.MASSES.length; q++) {
            if (q > 0) {
                sb.append(q == DensityContours.MASSES.length - 1 ? " and " : ", ");
            }
            sb.append(Numbers.percent(DensityContours.MASSES[q])).append(" of the target: ")
                    .append(Numbers.percent(contours.fractionInside(s, q)));
        }
        sb.append(". Sample mean (").append(Numbers.fixed(s.meanX(), 2)).append(", ")
                .append(Numbers.fixed(s.meanY(), 2)).append(").");
        int outside = 0;
        for (int i = 0; i < s.size(); i++) {
            if (Math.abs(s.x(i)) > AXIS_LIMIT || Math.abs(s.y(i)) > AXIS_LIMIT) {
                outside++;
            }
        }
        if (outside > 0) {
            sb.append(' ').append(outside).append(" samples lie outside the axes.");
        }
        if (!panel.paths().isEmpty()) {
            sb.append(" Tracked particles:");
            for (ParticlePath p : panel.paths()) {
                int last = p.length() - 1;
                sb.append(" from (").append(Numbers.fixed(p.xs()[0], 1)).append(", ")
                        .append(Numbers.fixed(p.ys()[0], 1)).append(") to (").append(Numbers.fixed(p.xs()[last], 2))
                        .append(", ").append(Numbers.fixed(p.ys()[last], 2)).append(");");
            }
            sb.setLength(sb.length() - 1);
            sb.append('.');
        }
        return sb.toString();
    }

    /** The box with ticks at the whole numbers -3 .. 3 on both axes (shared with the consistency figure). */
    public static void axes(Canvas c, Frame f) {
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(11, false);
        for (int v = -3; v <= 3; v++) {
            String label = Integer.toString(v);
            c.line(f.px(v), f.bottom(), f.px(v), f.bottom() + 4, Canvas.MUTED, Canvas.HAIRLINE);
            c.textCentred(label, f.px(v), f.bottom() + 16, Canvas.MUTED);
            c.line(f.left() - 4, f.py(v), f.left(), f.py(v), Canvas.MUTED, Canvas.HAIRLINE);
            c.textRight(label, f.left() - 6, f.py(v) + 4, Canvas.MUTED);
        }
    }

    /** Every mass's contour lines, each mass drawn with its own of {@code strokes}. */
    public static void contours(Canvas c, Frame f, DensityContours contours, Stroke[] strokes) {
        for (int q = 0; q < DensityContours.MASSES.length; q++) {
            contour(c, f, contours.lines(q), strokes[q]);
        }
    }

    /** The contour lines of one mass as one green path (shared with SampleGrid and the consistency figure). */
    public static void contour(Canvas c, Frame f, List<double[]> lines, Stroke stroke) {
        Path2D.Double path = new Path2D.Double();
        for (double[] line : lines) {
            path.moveTo(f.px(line[0]), f.py(line[1]));
            for (int k = 2; k < line.length; k += 2) {
                path.lineTo(f.px(line[k]), f.py(line[k + 1]));
            }
        }
        if (lines.isEmpty()) {
            path.moveTo(f.px(0), f.py(0));
        }
        c.plotted(lines.stream().mapToInt(line -> line.length / 2).sum());
        c.drawFine(path, Canvas.GREEN, stroke);
    }

    /** One trajectory; pieces outside the axes (a VE start far out) are left out. */
    private static void path(Canvas c, Frame f, ParticlePath p) {
        int n = p.length();
        Path2D.Double line = polyline(f, p.xs(), p.ys());
        c.g.setColor(Canvas.VERMILLION);
        c.g.setStroke(PATH);
        c.g.draw(line);
        double ex = p.xs()[n - 1];
        double ey = p.ys()[n - 1];
        if (f.contains(ex, ey)) {
            c.g.setColor(Canvas.INK);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(new Ellipse2D.Double(f.px(ex) - 4, f.py(ey) - 4, 8, 8));
        }
    }

    /**
     * The polyline through (xs[k], ys[k]), thinned evenly to at most {@value #MAX_PATH_VERTICES}
     * vertices with both ends kept, broken where it leaves the frame (shared with the consistency figure).
     */
    public static Path2D.Double polyline(Frame f, double[] xs, double[] ys) {
        Path2D.Double line = new Path2D.Double();
        polyline(line, f, 0, xs.length - 1, MAX_PATH_VERTICES, k -> xs[k], k -> ys[k]);
        return line;
    }

    /**
     * Adds to {@code line} the polyline through the points k = first .. last, thinned evenly to
     * at most {@code maxVertices} vertices with both ends kept, and broken where it leaves the
     * frame: a point outside is skipped and the next point inside starts a new piece.
     *
     * @return how many vertices were drawn
     */
    public static int polyline(Path2D.Double line, Frame f, int first, int last, int maxVertices, IntToDoubleFunction xs,
            IntToDoubleFunction ys) {
        int vertices = 0;
        boolean drawing = false;
        for (int k : polylineSteps(first, last, maxVertices)) {
            double x = xs.applyAsDouble(k);
            double y = ys.applyAsDouble(k);
            if (!f.contains(x, y)) {
                drawing = false;
                continue;
            }
            if (drawing) {
                line.lineTo(f.px(x), f.py(y));
            } else {
                line.moveTo(f.px(x), f.py(y));
                drawing = true;
            }
            vertices++;
        }
        return vertices;
    }

    /** The steps {@link #polyline} visits: from {@code first} to {@code last} (both kept), at most {@code maxVertices} evenly. */
    public static int[] polylineSteps(int first, int last, int maxVertices) {
        int stride = Math.max(1, (int) Math.ceil((last - first) / (double) (maxVertices - 1)));
        java.util.stream.IntStream.Builder steps = java.util.stream.IntStream.builder();
        for (int k = first; k <= last; k = k == last ? last + 1 : Math.min(last, k + stride)) {
            steps.add(k);
        }
        return steps.build().toArray();
    }
}
