package org.diffusioncourse.demo.landscape;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;

/**
 * The consistency map at one time t of the probability-flow ODE: the target's contours, the
 * points x_t, where the exact map sends them (the trajectories' ends, the same for every t),
 * and where k Euler steps from t send them, with the whole trajectories of a few points and
 * the gap between their two endpoints. Also the storyboard: x_t and the exact endpoints at a few
 * times. Every data mark is counted ({@link Canvas#plotted(int)}): the dots, the contour and
 * trajectory vertices, the gaps and the rings. Pure: the same inputs give the same bytes.
 */
public final class ConsistencyFigure {

    public static final int WIDTH = 440;
    public static final int HEIGHT = 514;

    /** Trajectories drawn in full (the first points; they are exchangeable). */
    public static final int TRACKED = 12;

    private static final Color NOW = new Color(0, 114, 178, 150);
    private static final Color EXACT = new Color(34, 34, 34, 200);
    private static final Color EULER = new Color(213, 94, 0, 190);
    private static final Color TRAIL = new Color(120, 120, 120, 200);
    private static final Stroke DOT = Strokes.round(3.5f);
    private static final Stroke SMALL_DOT = Strokes.round(2.5f);
    private static final Stroke TRAIL_LINE = Strokes.round(1.3f);
    private static final Stroke CONTOUR = Strokes.round(1.4f);

    private ConsistencyFigure() {
    }

    /**
     * The demo figure at grid time k with k-step Euler.
     *
     * @param id a prefix unique on the page
     */
    public static String render(String id, ConsistencyScene scene, DensityContours contours, int k, int steps) {
        Canvas c = new Canvas(id, WIDTH, HEIGHT);
        double lim = SamplerFigure.AXIS_LIMIT;
        Frame f = new Frame(44, 40, 380, 380, -lim, lim, -lim, lim);
        c.font(14, true);
        c.nextId("heading");
        c.text(heading(k, steps), f.left(), 18, Canvas.INK);
        c.font(12, false);
        c.text(scene.size() + " points · Euler error " + Numbers.fixed(scene.eulerError(k, steps), 3)
                + " · gap to t = 1: " + Numbers.fixed(scene.eulerGap(k, steps), 3), f.left(), 34, Canvas.MUTED);
        SamplerFigure.axes(c, f);
        c.beginGroup("contours");
        SamplerFigure.contour(c, f, contours.lines(1), CONTOUR);
        c.endGroup();
        c.beginGroup("trails");
        int tracked = Math.min(TRACKED, scene.size());
        for (int i = 0; i < tracked; i++) {
            trail(c, f, scene, i);
        }
        c.endGroup();
        PointCloud now = scene.at(k);
        PointCloud exact = scene.exactEndpoints();
        PointCloud euler = scene.eulerEndpoints(k, steps);
        c.nextId("now");
        c.dots(f, now, now.size(), SMALL_DOT, NOW);
        c.nextId("exact");
        c.dots(f, exact, exact.size(), DOT, EXACT);
        c.nextId("euler");
        c.dots(f, euler, euler.size(), DOT, EULER);
        c.beginGroup("gaps");
        for (int i = 0; i < tracked; i++) {
            if (f.contains(euler.x(i), euler.y(i)) && f.contains(exact.x(i), exact.y(i))) {
                c.line(f.px(euler.x(i)), f.py(euler.y(i)), f.px(exact.x(i)), f.py(exact.y(i)), Canvas.VERMILLION,
                        Canvas.DOTTED);
                c.plotted(1);
            }
            if (f.contains(now.x(i), now.y(i))) {
                c.g.setColor(Canvas.BLUE);
                c.g.setStroke(Canvas.HAIRLINE);
                c.g.draw(new Ellipse2D.Double(f.px(now.x(i)) - 4, f.py(now.y(i)) - 4, 8, 8));
                c.plotted(1);
            }
        }
        c.endGroup();
        c.font(11, false);
        c.text("Green: the contour holding 90% of the target's mass.", f.left(), f.bottom() + 34, Canvas.MUTED);
        c.text("Blue: the points x_t at time t (" + tracked + " ringed, with grey trajectories).", f.left(),
                f.bottom() + 48, Canvas.MUTED);
        c.text("Black: where the exact ODE map sends them.", f.left(), f.bottom() + 62, Canvas.MUTED);
        c.text("Vermillion: where " + steps + " Euler step" + (steps == 1 ? " sends" : "s send")
                + " them; dotted: the miss.", f.left(), f.bottom() + 76, Canvas.MUTED);
        return c.finish(heading(k, steps) + " on " + label(scene), describe(scene, contours, k, steps));
    }

    /** The text alternative, computed from the same clouds the figure draws. */
    public static String describe(ConsistencyScene scene, DensityContours contours, int k, int steps) {
        PointCloud now = scene.at(k);
        PointCloud exact = scene.exactEndpoints();
        PointCloud euler = scene.eulerEndpoints(k, steps);
        return scene.size() + " noise points carried by the probability-flow ODE of " + label(scene) + ", shown at "
                + timeText(k) + ": mean (" + Numbers.fixed(now.meanX(), 2) + ", " + Numbers.fixed(now.meanY(), 2)
                + "), on average " + Numbers.fixed(ConsistencyScene.meanDistance(now, exact), 3)
                + " from their exact endpoints. The exact map sends them to the same endpoints from every t; "
                + Numbers.percent(contours.fractionInside(exact, 1)) + " of those lie inside the contour holding 90% of "
                + "the target. " + steps + " Euler step" + (steps == 1 ? "" : "s") + " from " + timeText(k)
                + " land on average " + Numbers.fixed(scene.eulerError(k, steps), 3) + " from the exact endpoints, "
                + Numbers.percent(contours.fractionInside(euler, 1)) + " inside that contour, and "
                + Numbers.fixed(scene.eulerGap(k, steps), 3) + " from where the same Euler map sends the trajectories' "
                + "starting noise at t = 1.";
    }

    /**
     * Small multiples: x_t (blue) and the exact endpoints (black) at each grid time of
     * {@code moments}, over the target's contours.
     */
    public static String storyboard(String id, ConsistencyScene scene, DensityContours contours, int[] moments) {
        int panel = 176;
        int gap = 8;
        int width = moments.length * (panel + gap) + gap;
        Canvas c = new Canvas(id, width, panel + 44);
        double lim = SamplerFigure.AXIS_LIMIT;
        for (int m = 0; m < moments.length; m++) {
            Frame f = new Frame(gap + m * (panel + gap), 24, panel, panel, -lim, lim, -lim, lim);
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(f.box());
            c.font(12, true);
            c.textCentred(timeText(moments[m]), f.left() + panel / 2.0, 16, Canvas.INK);
            SamplerFigure.contour(c, f, contours.lines(1), Canvas.HAIRLINE);
            c.nextId("exact-" + m);
            c.dots(f, scene.exactEndpoints(), scene.size(), SMALL_DOT, EXACT);
            c.nextId("now-" + m);
            c.dots(f, scene.at(moments[m]), scene.size(), SMALL_DOT, NOW);
        }
        c.font(11, false);
        c.text("Blue: the points x_t. Black: their images under the exact consistency map, the same in every panel.",
                gap, panel + 40, Canvas.MUTED);
        return c.finish("Storyboard of the consistency map on " + label(scene), describeStoryboard(scene, contours, moments));
    }

    /** For each moment, how far the points still are from their endpoints and how many sit in the target. */
    public static String describeStoryboard(ConsistencyScene scene, DensityContours contours, int[] moments) {
        StringBuilder sb = new StringBuilder();
        sb.append(scene.size()).append(" noise points of ").append(label(scene))
                .append(" followed along the probability-flow ODE; their exact endpoints stay fixed while the points move.");
        for (int k : moments) {
            PointCloud now = scene.at(k);
            sb.append(" At ").append(timeText(k)).append(": on average ")
                    .append(Numbers.fixed(ConsistencyScene.meanDistance(now, scene.exactEndpoints()), 3))
                    .append(" from their endpoints, ").append(Numbers.percent(contours.fractionInside(now, 1)))
                    .append(" inside the target's 90% contour.");
        }
        return sb.toString();
    }

    /** "t = 0.60", or "t = δ = 0.001" at the end of the grid. */
    public static String timeText(int k) {
        return k == 0 ? "t = δ = 0.001" : "t = " + Numbers.fixed(ConsistencyScene.time(k), 2);
    }

    private static String heading(int k, int steps) {
        return "Consistency map from " + timeText(k) + " · " + steps + " Euler step" + (steps == 1 ? "" : "s");
    }

    private static String label(ConsistencyScene scene) {
        return scene.dataset().label().toLowerCase(java.util.Locale.ROOT);
    }

    /** Particle i's whole path from t = 1 to delta, through every grid time. */
    private static void trail(Canvas c, Frame f, ConsistencyScene scene, int i) {
        double[] xs = new double[ConsistencyScene.GRID + 1];
        double[] ys = new double[ConsistencyScene.GRID + 1];
        for (int k = ConsistencyScene.GRID; k >= 0; k--) {
            xs[ConsistencyScene.GRID - k] = scene.at(k).x(i);
            ys[ConsistencyScene.GRID - k] = scene.at(k).y(i);
        }
        Path2D.Double line = SamplerFigure.polyline(f, xs, ys);
        c.plotted(vertices(line));
        c.g.setColor(TRAIL);
        c.g.setStroke(TRAIL_LINE);
        c.g.draw(line);
    }

    /** The vertices of a polyline: one per move and per line segment. */
    private static int vertices(Path2D line) {
        int count = 0;
        double[] coords = new double[6];
        for (PathIterator it = line.getPathIterator(null); !it.isDone(); it.next()) {
            int segment = it.currentSegment(coords);
            if (segment == PathIterator.SEG_MOVETO || segment == PathIterator.SEG_LINETO) {
                count++;
            }
        }
        return count;
    }
}
