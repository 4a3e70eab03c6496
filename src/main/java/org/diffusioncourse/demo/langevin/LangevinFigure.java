package org.diffusioncourse.demo.langevin;

import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.Plots;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.sampler.ParticlePath;

/**
 * The Langevin lesson's figures: the particles after k iterations over the five-mode target's
 * contours with the recent trails of a few of them, their per-mode occupancy against the target's
 * 20% each, and the occupancy's distance from the target over the iterations (hidden beyond k
 * until revealed); plus a storyboard comparing plain and annealed runs. Pure functions.
 */
public final class LangevinFigure {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 372;
    public static final double AXIS_LIMIT = 3.0;
    /** Particles whose trails are drawn, and how many past iterations a trail shows. */
    public static final int TRAILS = 4;
    public static final int TRAIL_LENGTH = 20;
    public static final int[] STORY_ITERATIONS = {0, 10, 100, 1000};

    private static final Stroke DOT = Strokes.round(5f);
    private static final Stroke SMALL_DOT = Strokes.round(3.4f);
    private static final Stroke TRAIL = Strokes.round(1.2f);
    private static final String[] MODE_NAMES = {"top", "upper left", "lower left", "lower right", "upper right"};

    private LangevinFigure() {
    }

    /** The target's 50%, 90% and 99% contours on the figure's axes (computed once, on first use). */
    static DensityContours contours() {
        return TargetContours.VALUE;
    }

    /** Holds the contours: the JVM computes them when a figure first asks, once, without a lock of ours. */
    private static final class TargetContours {
        static final DensityContours VALUE = DensityContours.of(LangevinScene.target(), AXIS_LIMIT);
    }

    /** The figure after k iterations; until {@code revealed} the distance curve stops at k. */
    public static String render(LangevinScene scene, int k, boolean revealed) {
        Canvas c = new Canvas("langevin-figure", WIDTH, HEIGHT);
        Frame cloud = new Frame(34, 46, 250, 250, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        Frame bars = new Frame(340, 46, 180, 190, 0, 6, 0, 1);
        Frame curve = new Frame(574, 46, 196, 150, 0, LangevinScene.ITERATIONS, 0, 1);
        drawParticles(c, cloud, scene, k);
        drawOccupancy(c, bars, scene, k);
        drawDistance(c, curve, scene, k, revealed);
        c.font(11, false);
        c.text("Left: particles (blue) over the target's contours holding 50%, 90% and 99% of its mass (green); "
                + "vermillion: the last " + TRAIL_LENGTH, 34, 334, Canvas.MUTED);
        c.text("iterations of " + TRAILS + " particles. Middle: share of particles per mode against the target's 20% "
                + "(dashed). Right: total variation", 34, 350, Canvas.MUTED);
        c.text("between those shares and the target (0 = a perfect split, 0.8 = all in one mode).", 34, 366,
                Canvas.MUTED);
        return c.finish("Langevin dynamics after " + k + " iterations", describe(scene, k, revealed));
    }

    /**
     * The numbers {@link #render} draws, as rows {@code series, x, y}: {@code trail-I} (the last
     * iterations of particle I inside the panel, one row per vertex), {@code particles} (inside the
     * panel), {@code occupancy-MODE} (x the bar's index, y the share), {@code distance} (the total
     * variation at the iterations drawn) and {@code distance-current}. The target's contours are
     * its density's, not data, and are left out.
     */
    public static DataTable table(LangevinScene scene, int k, boolean revealed) {
        DataTable table = DataTable.series();
        Frame f = new Frame(34, 46, 250, 250, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        int from = Math.max(0, k - TRAIL_LENGTH);
        for (int i = 0; i < Math.min(TRAILS, scene.size()); i++) {
            ParticlePath path = scene.path(i, k);
            List<double[]> inside = new ArrayList<>();
            for (int j = from; j <= k; j++) {
                if (f.contains(path.xs()[j], path.ys()[j])) {
                    inside.add(new double[] {path.xs()[j], path.ys()[j]});
                }
            }
            if (inside.size() > 1) {
                for (double[] v : inside) {
                    table.row("trail-" + i, v[0], v[1]);
                }
            }
        }
        PointCloud points = scene.particles(k);
        table.points("particles", f, points, points.size());
        double[] shares = scene.occupancy(k);
        String[] labels = {"top", "u-left", "l-left", "l-right", "u-right", "escaped"};
        for (int m = 0; m < shares.length; m++) {
            table.row("occupancy-" + labels[m], m, shares[m]);
        }
        table.curve("distance", scene::modeDistance, 0, revealed ? LangevinScene.ITERATIONS : Math.max(0, k));
        table.row("distance-current", k, scene.modeDistance(k));
        return table;
    }

    /** Plain Langevin (top row) and annealed Langevin (bottom row) at {@link #STORY_ITERATIONS}. */
    public static String storyboard(LangevinScene plain, LangevinScene annealed) {
        int panel = 150;
        Canvas c = new Canvas("langevin-storyboard", panel * STORY_ITERATIONS.length, 2 * 172 + 8);
        LangevinScene[] rows = {plain, annealed};
        for (int row = 0; row < 2; row++) {
            for (int p = 0; p < STORY_ITERATIONS.length; p++) {
                int k = STORY_ITERATIONS[p];
                double left = p * panel + 8;
                double top = row * 172 + 38;
                Frame f = new Frame(left, top, 130, 130, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
                Plots.cell(c, f, (row == 0 ? "plain, k = " : "annealed, k = ") + k, 20,
                        rows[row].occupiedModes(k) + " of 5 modes occupied", 6);
                SamplerFigure.contour(c, f, contours().lines(1), SamplerFigure.CONTOUR[1]);
                PointCloud points = rows[row].particles(k);
                c.nextId((row == 0 ? "plain-" : "annealed-") + k);
                c.dots(f, points, points.size(), SMALL_DOT);
            }
        }
        return c.finish("Storyboard of plain and annealed Langevin dynamics", describeStoryboard(plain, annealed));
    }

    /** The text alternative of {@link #render}. */
    public static String describe(LangevinScene scene, int k, boolean revealed) {
        StringBuilder sb = new StringBuilder();
        sb.append(scene.size()).append(" particles after ").append(k).append(" of ").append(LangevinScene.ITERATIONS)
                .append(" iterations of ").append(scene.annealed() ? "annealed" : "plain").append(" Langevin dynamics, η = ")
                .append(Numbers.compact(scene.eta(), 4));
        if (k >= 1 && scene.annealed()) {
            sb.append(" (this iteration: σ = ").append(Numbers.fixed(scene.sigmaAt(k), 3)).append(", step ")
                    .append(Numbers.compact(scene.stepAt(k), 4)).append(')');
        }
        sb.append(", started ").append(scene.start() == LangevinScene.Start.CORNER ? "all at the corner (2.5, −2.5)"
                : "uniformly over the square").append(". ").append(occupancyText(scene, k));
        double spread = scene.withinModeVariance(k);
        if (!Double.isNaN(spread)) {
            sb.append(" Spread around their modes: ").append(Numbers.fixed(spread, 4))
                    .append(" per axis (the target's modes have 0.0625).");
        }
        sb.append(" Distance from the target's split: ").append(Numbers.fixed(scene.modeDistance(k), 2)).append('.');
        if (revealed) {
            sb.append(" After all ").append(LangevinScene.ITERATIONS).append(" iterations: ")
                    .append(scene.occupiedModes(LangevinScene.ITERATIONS)).append(" of 5 modes occupied, distance ")
                    .append(Numbers.fixed(scene.modeDistance(LangevinScene.ITERATIONS), 2)).append('.');
        }
        return sb.toString();
    }

    /** The text alternative of {@link #storyboard}. */
    public static String describeStoryboard(LangevinScene plain, LangevinScene annealed) {
        StringBuilder sb = new StringBuilder();
        sb.append(plain.size()).append(" particles started ")
                .append(plain.start() == LangevinScene.Start.CORNER ? "at the corner (2.5, −2.5)" : "uniformly over the square")
                .append(". Top row, plain Langevin with η = ").append(Numbers.compact(plain.eta(), 4)).append(':');
        for (int k : STORY_ITERATIONS) {
            sb.append(" k = ").append(k).append(", ").append(plain.occupiedModes(k)).append(" modes occupied;");
        }
        sb.setLength(sb.length() - 1);
        sb.append(". Bottom row, annealed from σ = ").append(Numbers.compact(LangevinScene.SIGMA_MAX, 2)).append(" to ")
                .append(Numbers.compact(LangevinScene.SIGMA_MIN, 2)).append(" with η = ")
                .append(Numbers.compact(annealed.eta(), 4)).append(" at the last level:");
        for (int k : STORY_ITERATIONS) {
            sb.append(" k = ").append(k).append(", ").append(annealed.occupiedModes(k)).append(" modes occupied;");
        }
        sb.setLength(sb.length() - 1);
        return sb.append(". ").append("Final shares, plain: ").append(shares(plain, LangevinScene.ITERATIONS))
                .append("; annealed: ").append(shares(annealed, LangevinScene.ITERATIONS)).append('.').toString();
    }

    private static String occupancyText(LangevinScene scene, int k) {
        double[] shares = scene.occupancy(k);
        StringBuilder sb = new StringBuilder("Share per mode: ");
        for (int m = 0; m < MODE_NAMES.length; m++) {
            sb.append(MODE_NAMES[m]).append(' ').append(Numbers.percent(shares[m])).append(m < MODE_NAMES.length - 1 ? ", " : "");
        }
        if (shares[MODE_NAMES.length] > 0) {
            sb.append("; escaped ").append(Numbers.percent(shares[MODE_NAMES.length]));
        }
        return sb.append(" (target 20% each).").toString();
    }

    private static String shares(LangevinScene scene, int k) {
        double[] s = scene.occupancy(k);
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < s.length - 1; m++) {
            sb.append(m == 0 ? "" : ", ").append(Numbers.percent(s[m]));
        }
        return sb.toString();
    }

    private static void drawParticles(Canvas c, Frame f, LangevinScene scene, int k) {
        String heading = "k = " + k + (k >= 1 && scene.annealed() ? ", σ = " + Numbers.fixed(scene.sigmaAt(k), 3) : "");
        Plots.squarePanel(c, f, heading, 1);
        c.beginGroup("contours");
        SamplerFigure.contours(c, f, contours(), SamplerFigure.CONTOUR);
        c.endGroup();
        c.beginGroup("trails");
        int from = Math.max(0, k - TRAIL_LENGTH);
        for (int i = 0; i < Math.min(TRAILS, scene.size()); i++) {
            ParticlePath path = scene.path(i, k);
            double[] xs = new double[k - from + 1];
            double[] ys = new double[k - from + 1];
            int inside = 0;
            for (int j = from; j <= k; j++) {
                if (f.contains(path.xs()[j], path.ys()[j])) {
                    xs[inside] = path.xs()[j];
                    ys[inside] = path.ys()[j];
                    inside++;
                }
            }
            if (inside > 1) {
                Plots.curve(c, f, xs, ys, 0, inside - 1, Canvas.VERMILLION, TRAIL);
            }
        }
        c.endGroup();
        PointCloud points = scene.particles(k);
        c.nextId("particles");
        c.dots(f, points, points.size(), DOT);
        int outside = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!f.contains(points.x(i), points.y(i))) {
                outside++;
            }
        }
        if (outside > 0) {
            c.font(10, false);
            c.textRight(outside + " outside the axes", f.right(), f.top() - 10, Canvas.VERMILLION);
        }
    }

    private static void drawOccupancy(Canvas c, Frame f, LangevinScene scene, int k) {
        c.font(12, true);
        c.text("Particles per mode", f.left(), f.top() - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        double[] shares = scene.occupancy(k);
        String[] labels = {"top", "u-left", "l-left", "l-right", "u-right", "esc."};
        c.beginGroup("bars");
        c.plotted(shares.length);
        for (int m = 0; m < shares.length; m++) {
            double x0 = f.px(m + 0.15);
            double x1 = f.px(m + 0.85);
            double top = f.py(shares[m]);
            c.g.setColor(m < shares.length - 1 ? Canvas.BLUE : Canvas.VERMILLION);
            c.g.fill(new Rectangle2D.Double(x0, top, x1 - x0, f.bottom() - top));
            c.font(9, false);
            c.textCentred(labels[m], f.px(m + 0.5), f.bottom() + 13, Canvas.MUTED);
        }
        c.endGroup();
        c.line(f.px(0), f.py(0.2), f.px(5), f.py(0.2), Canvas.INK, Canvas.DASHED);
        c.font(10, false);
        for (double v : new double[] {0, 0.2, 0.5, 1}) {
            c.textRight(Numbers.percent(v).replace(".0%", "%"), f.left() - 4, f.py(v) + 4, Canvas.MUTED);
        }
    }

    private static void drawDistance(Canvas c, Frame f, LangevinScene scene, int k, boolean revealed) {
        Plots.curvePanel(c, f, "Distance from target split", new double[] {0, 0.4, 0.8}, "k");
        Plots.revealableCurve(c, f, "distance", scene::modeDistance, 0, k, revealed, "k");
    }
}
