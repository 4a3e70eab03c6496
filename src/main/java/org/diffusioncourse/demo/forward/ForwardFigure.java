package org.diffusioncourse.demo.forward;

import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.demo.forward.ForwardScene.Snapshot;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.CrossingBand;

/**
 * The forward-noising figures: the x_t cloud with its alpha_bar_t and structure-proxy curves,
 * a storyboard of small multiples, and text alternatives for both.
 *
 * <p>Pure functions of their inputs: the same scene and arguments give the same SVG bytes.
 *
 * <p>It is long because it draws one picture of three linked panels (the cloud, alpha_bar_t and
 * S(t) with its threshold) and its storyboard, and writes their text alternatives from the same
 * numbers.
 */
public final class ForwardFigure {

    /** Width and height of {@link #render}, in px. */
    public static final int WIDTH = 760;
    public static final int HEIGHT = 400;

    /** Storyboard panels draw at most this many points each, to keep the file small. */
    public static final int STORYBOARD_POINTS = 400;

    /** The cloud is always drawn on [-AXIS_LIMIT, AXIS_LIMIT]^2 so frames compare at a glance. */
    public static final double AXIS_LIMIT = 4.0;

    private static final Stroke DOT = Strokes.round(3.2f);
    private static final Stroke SMALL_DOT = Strokes.round(2.4f);

    private ForwardFigure() {
    }

    /**
     * The main figure at step t: the cloud on fixed axes, the alpha_bar_t curve, and S against
     * t with its threshold. Until {@code revealed}, the S curve stops at the current t and the
     * crossing is not marked, so the learner predicts before seeing it.
     *
     * @throws IllegalArgumentException unless 0 &lt;= t &lt;= T
     */
    public static String render(ForwardScene scene, int t, boolean revealed) {
        Snapshot snap = scene.at(t);
        Canvas c = new Canvas("forward-figure", WIDTH, HEIGHT);
        drawCloudPanel(c, snap);
        drawAlphaBarPanel(c, scene, t);
        drawProxyPanel(c, scene, snap, revealed);
        String title = "Forward noising of " + scene.dataset().label().toLowerCase(Locale.ROOT)
                + " at t = " + t;
        return c.finish(title, describe(snap, scene, revealed));
    }

    /**
     * The numbers {@link #render} draws, as rows {@code series, x, y}: {@code points} (the cloud at
     * t inside the axes), {@code alpha-bar} (ᾱ at the curve's steps), {@code alpha-bar-current},
     * {@code proxy} (S at the steps drawn so far, or all of them once revealed, ending at t),
     * {@code proxy-current}, {@code threshold} (τ at both ends) and, revealed, {@code crossing}.
     */
    public static DataTable table(ForwardScene scene, int t, boolean revealed) {
        Snapshot snap = scene.at(t);
        DataTable table = DataTable.series();
        table.points("points", cloudFrame(), snap.points(), snap.size());
        int[] grid = scene.grid();
        for (int step : grid) {
            table.row("alpha-bar", step, scene.schedule().alphaBar(step));
        }
        table.row("alpha-bar-current", t, scene.schedule().alphaBar(t));
        double[] values = scene.proxyCurve();
        int drawn = 0;
        for (int g = 0; g < grid.length && (revealed || grid[g] <= t); g++) {
            table.row("proxy", grid[g], values[g]);
            drawn++;
        }
        if (!revealed && drawn > 0 && grid[drawn - 1] != t) {
            table.row("proxy", t, snap.proxy());
        }
        table.row("proxy-current", t, snap.proxy());
        table.row("threshold", 0, scene.threshold());
        table.row("threshold", scene.steps(), scene.threshold());
        if (revealed) {
            table.row("crossing", scene.crossingStep(), scene.threshold());
        }
        return table;
    }

    private static Frame cloudFrame() {
        return new Frame(52, 36, 320, 320, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
    }

    /**
     * Small multiples of the cloud at each step in {@code ts}, labelled with t and alpha_bar_t.
     * Each panel shows the first {@link #STORYBOARD_POINTS} points (a random subset, as the
     * points are independent draws).
     */
    public static String storyboard(ForwardScene scene, int[] ts) {
        if (ts.length == 0) {
            throw new IllegalArgumentException("ts must hold at least 1 step, had 0");
        }
        int panelWidth = 152;
        int width = panelWidth * ts.length;
        int height = 190;
        Canvas c = new Canvas("forward-storyboard", width, height);
        for (int p = 0; p < ts.length; p++) {
            Snapshot snap = scene.at(ts[p]);
            double left = p * panelWidth + 8;
            Frame f = new Frame(left, 40, 136, 136, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
            c.font(12, true);
            c.text("t = " + snap.t(), left, 16, Canvas.INK);
            c.font(11, false);
            c.text("ᾱ = " + Numbers.fixed(snap.alphaBar(), 4), left, 32, Canvas.MUTED);
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(f.box());
            referenceCircles(c, f);
            c.nextId("points-" + p);
            c.dots(f, snap.points(), Math.min(STORYBOARD_POINTS, snap.size()), SMALL_DOT);
        }
        return c.finish("Storyboard of forward noising, " + scene.dataset().label().toLowerCase(Locale.ROOT),
                describeStoryboard(scene, ts));
    }

    /** The usual storyboard steps: 0, T/4, T/2, 3T/4 and T. */
    public static int[] storyboardSteps(int steps) {
        return new int[] {0, steps / 4, steps / 2, 3 * steps / 4, steps};
    }

    /**
     * A text alternative for {@link #render}: n, t, the schedule, alpha_bar_t, noise std, the
     * mean, the share within radius 2 against N(0, I), and S against tau. Says nothing about the
     * crossing, like the unrevealed figure.
     */
    public static String describe(ForwardScene scene, int t) {
        return describe(scene.at(t), scene, false);
    }

    /** As {@link #describe(ForwardScene, int)}, adding the crossing when {@code revealed}. */
    public static String describe(ForwardScene scene, int t, boolean revealed) {
        return describe(scene.at(t), scene, revealed);
    }

    /** A text alternative for {@link #storyboard}. */
    public static String describeStoryboard(ForwardScene scene, int[] ts) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(STORYBOARD_POINTS, scene.size());
        sb.append(ts.length).append(" snapshots of ").append(scene.dataset().label().toLowerCase(Locale.ROOT))
                .append(" (").append(scene.schedule().name()).append(" schedule), ")
                .append(shown).append(" of ").append(scene.size()).append(" points each: ");
        List<String> parts = new ArrayList<>();
        for (int t : ts) {
            Snapshot s = scene.at(t);
            parts.add("t = " + t + " (ᾱ = " + Numbers.fixed(s.alphaBar(), 4) + ", "
                    + Numbers.percent(s.withinRadius2()) + " within radius 2)");
        }
        sb.append(String.join("; ", parts));
        sb.append(". For N(0, I) the share within radius 2 is ")
                .append(Numbers.percent(ForwardScene.GAUSSIAN_WITHIN_RADIUS_2)).append('.');
        return sb.toString();
    }

    private static String describe(Snapshot s, ForwardScene scene, boolean revealed) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.size()).append(" points of ").append(scene.dataset().label().toLowerCase(Locale.ROOT))
                .append(" at t = ").append(s.t())
                .append(" (").append(scene.schedule().name()).append(" schedule): ᾱ = ")
                .append(Numbers.fixed(s.alphaBar(), 4)).append(", noise std ")
                .append(Numbers.fixed(s.noiseStd(), 4)).append("; mean (")
                .append(Numbers.fixed(s.meanX(), 2)).append(", ").append(Numbers.fixed(s.meanY(), 2))
                .append("); ").append(Numbers.percent(s.withinRadius2()))
                .append(" within radius 2 of the origin (")
                .append(Numbers.percent(ForwardScene.GAUSSIAN_WITHIN_RADIUS_2)).append(" for N(0, I)); structure proxy ")
                .append(Numbers.fixed(s.proxy(), 3)).append(", threshold ").append(Numbers.fixed(s.threshold(), 3))
                .append(s.belowThreshold() ? " (no structure detectable)." : " (structure still detectable).");
        if (revealed) {
            sb.append(' ').append(crossingSentence(scene));
        }
        return sb.toString();
    }

    private static String crossingSentence(ForwardScene scene) {
        String band = scene.crossingBand().id();
        if (!scene.crossingReached()) {
            return "The proxy is still at or above the threshold at t = " + scene.steps() + " (" + band + ").";
        }
        return "The proxy stays below the threshold from t = " + scene.crossingStep() + " on (" + band + ").";
    }

    // ---- panels -------------------------------------------------------------------------

    private static void drawCloudPanel(Canvas c, Snapshot s) {
        Frame f = cloudFrame();
        c.font(14, false);
        c.nextId("heading");
        c.text(heading(s), f.left(), 24, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(11, false);
        for (int v = -4; v <= 4; v += 2) {
            String label = Integer.toString(v);
            c.line(f.px(v), f.bottom(), f.px(v), f.bottom() + 4, Canvas.MUTED, Canvas.HAIRLINE);
            c.textCentred(label, f.px(v), f.bottom() + 16, Canvas.MUTED);
            c.line(f.left() - 4, f.py(v), f.left(), f.py(v), Canvas.MUTED, Canvas.HAIRLINE);
            c.textRight(label, f.left() - 6, f.py(v) + 4, Canvas.MUTED);
        }
        referenceCircles(c, f);
        c.nextId("points");
        c.dots(f, s.points(), s.size(), DOT);
        c.font(11, false);
        c.text("dashed circles: radius 1 and 2 of N(0, I)", f.left(), f.bottom() + 34, Canvas.MUTED);
    }

    /**
     * The cloud's heading, e.g. {@code t = 250   ᾱ = 0.5312   noise std = 0.6846}. The gaps are
     * no-break spaces because SVG collapses runs of ordinary spaces.
     */
    static String heading(Snapshot s) {
        String gap = "\u00a0\u00a0 ";
        return "t = " + s.t() + gap + "ᾱ = " + Numbers.fixed(s.alphaBar(), 4) + gap + "noise std = "
                + Numbers.fixed(s.noiseStd(), 4);
    }

    private static void referenceCircles(Canvas c, Frame f) {
        c.g.setColor(Canvas.MUTED);
        c.g.setStroke(Canvas.DOTTED);
        for (double r = 1; r <= 2; r++) {
            double x = f.px(-r);
            double y = f.py(r);
            c.g.draw(new Ellipse2D.Double(x, y, f.px(r) - x, f.py(-r) - y));
        }
    }

    private static void drawAlphaBarPanel(Canvas c, ForwardScene scene, int t) {
        int steps = scene.steps();
        Frame f = new Frame(450, 40, 290, 112, 0, steps, 0, 1);
        c.font(13, false);
        c.text("ᾱ: share of signal variance left", f.left(), f.top() - 12, Canvas.INK);
        timeAxis(c, f, steps, false);
        c.font(11, false);
        for (double v : new double[] {0, 0.5, 1}) {
            c.line(f.left() - 4, f.py(v), f.left(), f.py(v), Canvas.MUTED, Canvas.HAIRLINE);
            c.textRight(Numbers.compact(v, 1), f.left() - 6, f.py(v) + 4, Canvas.MUTED);
        }
        int[] grid = scene.grid();
        Path2D.Double curve = new Path2D.Double();
        for (int g = 0; g < grid.length; g++) {
            double x = f.px(grid[g]);
            double y = f.py(scene.schedule().alphaBar(grid[g]));
            if (g == 0) {
                curve.moveTo(x, y);
            } else {
                curve.lineTo(x, y);
            }
        }
        c.plotted(grid.length);
        c.g.setColor(Canvas.BLUE);
        c.g.setStroke(Canvas.LINE);
        c.nextId("alpha-bar-curve");
        c.g.draw(curve);
        currentMarker(c, f, t, scene.schedule().alphaBar(t), "alpha-bar-current");
    }

    private static void drawProxyPanel(Canvas c, ForwardScene scene, Snapshot s, boolean revealed) {
        int steps = scene.steps();
        int[] grid = scene.grid();
        double[] values = scene.proxyCurve();
        double top = scene.threshold();
        for (double v : values) {
            top = Math.max(top, v);
        }
        double yMax = niceCeiling(top * 1.05);
        Frame f = new Frame(450, 226, 290, 130, 0, steps, 0, yMax);
        c.font(13, false);
        c.text("structure proxy S and threshold τ", f.left(), f.top() - 26, Canvas.INK);
        timeAxis(c, f, steps, true);
        c.font(11, false);
        for (double v : new double[] {0, yMax / 2, yMax}) {
            c.line(f.left() - 4, f.py(v), f.left(), f.py(v), Canvas.MUTED, Canvas.HAIRLINE);
            c.textRight(Numbers.compact(v, 3), f.left() - 6, f.py(v) + 4, Canvas.MUTED);
        }
        // The answer categories of the prediction question, shown before and after the reveal.
        c.font(10, false);
        String[] bands = {CrossingBand.EARLY.id(), CrossingBand.MIDDLE.id(), CrossingBand.LATE.id()};
        for (int b = 0; b < 3; b++) {
            if (b > 0) {
                double x = f.px(steps * b / 3.0);
                c.line(x, f.top(), x, f.bottom(), Canvas.FAINT, Canvas.DOTTED);
            }
            c.textCentred(bands[b], f.px(steps * (b + 0.5) / 3.0), f.top() - 6, Canvas.MUTED);
        }
        c.nextId("threshold");
        c.line(f.left(), f.py(scene.threshold()), f.right(), f.py(scene.threshold()), Canvas.VERMILLION, Canvas.DASHED);
        c.font(11, false);
        c.textRight("τ = " + Numbers.fixed(scene.threshold(), 3), f.right(), f.py(scene.threshold()) - 4,
                Canvas.VERMILLION);

        Path2D.Double curve = new Path2D.Double();
        int drawn = 0;
        for (int g = 0; g < grid.length && (revealed || grid[g] <= s.t()); g++) {
            double x = f.px(grid[g]);
            double y = f.py(values[g]);
            if (drawn++ == 0) {
                curve.moveTo(x, y);
            } else {
                curve.lineTo(x, y);
            }
        }
        if (!revealed && drawn > 0 && grid[drawn - 1] != s.t()) {
            curve.lineTo(f.px(s.t()), f.py(s.proxy()));
        }
        if (drawn > 0) {
            c.plotted(drawn);
            c.g.setColor(Canvas.BLUE);
            c.g.setStroke(Canvas.LINE);
            c.nextId("proxy-curve");
            c.g.draw(curve);
        }
        if (revealed) {
            int crossing = scene.crossingStep();
            double x = f.px(crossing);
            c.beginGroup("crossing");
            c.line(x, f.top(), x, f.bottom(), Canvas.GREEN, Canvas.LINE);
            c.font(11, true);
            String label = (scene.crossingReached() ? "t* = " + crossing : "no crossing") + " (" + scene.crossingBand().id() + ")";
            double labelX = x + 4 + c.width(label) > f.right() ? x - 4 - c.width(label) : x + 4;
            c.text(label, labelX, f.top() + 14, Canvas.GREEN);
            c.endGroup();
        }
        currentMarker(c, f, s.t(), s.proxy(), "proxy-current");
    }

    private static void timeAxis(Canvas c, Frame f, int steps, boolean withName) {
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(11, false);
        for (int v : new int[] {0, steps / 2, steps}) {
            c.line(f.px(v), f.bottom(), f.px(v), f.bottom() + 4, Canvas.MUTED, Canvas.HAIRLINE);
            c.textCentred(Integer.toString(v), f.px(v), f.bottom() + 16, Canvas.MUTED);
        }
        if (withName) {
            c.text("t", f.right() + 6, f.bottom() + 4, Canvas.MUTED);
        }
    }

    private static void currentMarker(Canvas c, Frame f, int t, double value, String id) {
        double x = f.px(t);
        c.beginGroup(id);
        c.line(x, f.top(), x, f.bottom(), Canvas.ORANGE, Canvas.HAIRLINE);
        c.g.setColor(Canvas.ORANGE);
        c.g.fill(new Ellipse2D.Double(x - 4, f.py(value) - 4, 8, 8));
        c.endGroup();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is &gt;= v. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
