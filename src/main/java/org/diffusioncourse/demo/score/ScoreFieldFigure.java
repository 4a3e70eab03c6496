package org.diffusioncourse.demo.score;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.Strokes;

/**
 * The score-field figures: the density of the noised target p_t as a heat map (an embedded PNG,
 * far smaller than one rectangle per cell), the score grad log p_t as arrows, a probe point with
 * its score and, once revealed, its Tweedie denoiser and its score against t. Arrow lengths grow
 * with |score| and saturate, so both the huge scores near clean modes and the small ones of
 * heavy noise stay readable; the text alternative and readout give exact values. Pure: the same
 * inputs give the same bytes.
 *
 * <p>It is long because it draws one picture, the density, the arrow field, the probe and its
 * score-against-t curve, as a frame and as a storyboard, and writes their text alternatives from
 * the same numbers.
 */
public final class ScoreFieldFigure {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 490;

    /** |score| at which an arrow reaches half its longest length. */
    public static final double HALF_LENGTH_SCORE = 2.0;

    private static final Stroke ARROW = Strokes.round(1.2f);
    private static final Stroke PROBE_ARROW = Strokes.round(2.5f);
    private static final Color ARROWS = new Color(34, 34, 34, 200);
    private static final int[] LIGHT = {255, 255, 255};
    private static final int[] MIDDLE = {158, 202, 225};
    private static final int[] DARK = {8, 81, 156};

    private ScoreFieldFigure() {
    }

    /** The main figure at step t with the probe at (px, py). */
    public static String render(ScoreFieldScene scene, int t, double px, double py, boolean revealed) {
        return render(scene, scene.frame(t), px, py, revealed);
    }

    /** The same for a frame computed before (the demo caches them). */
    public static String render(ScoreFieldScene scene, ScoreFieldScene.Frame frame, double px, double py,
            boolean revealed) {
        int t = frame.t();
        ScoreFieldScene.Probe probe = scene.probe(px, py, t);
        Canvas c = new Canvas("score-figure", WIDTH, HEIGHT);
        Frame f = new Frame(40, 36, 400, 400, -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT,
                -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT);
        c.font(13, true);
        c.text("p_t and its score ∇log p_t at t = " + t + " (ᾱ_t = " + Numbers.fixed(frame.alphaBar(), 4) + ")",
                f.left(), 20, Canvas.INK);
        field(c, f, frame, 22, "");
        probe(c, f, probe, revealed);
        c.font(11, false);
        c.text("Shade: density (darkest = highest). Arrows: score, length saturating in |score|.",
                f.left(), f.bottom() + 30, Canvas.MUTED);
        c.text("Vermillion ring: probe" + (revealed ? "; green square: Tweedie's E[x_0 | x_t = probe]." : "."),
                f.left(), f.bottom() + 44, Canvas.MUTED);
        curvePanel(c, scene, probe, revealed);
        return c.finish("Score field of " + scene.dataset().label() + " at t = " + t,
                describe(scene, frame, probe, revealed));
    }

    /**
     * The numbers {@link #render} draws, as rows {@code series, x, y, u, v}: {@code log-density}
     * (the shaded grid, log p_t in u), {@code score} (each arrow's foot and the score ∇log p_t in u,
     * v), {@code probe} (with its score), and once revealed {@code denoised} (Tweedie's estimate),
     * {@code probe-curve} (x = t, y = |score| at the probe) and {@code probe-current}.
     */
    public static DataTable table(ScoreFieldScene scene, ScoreFieldScene.Frame frame, double px, double py,
            boolean revealed) {
        DataTable table = DataTable.of("series", "x", "y", "u", "v");
        double[][] density = ScoreFieldScene.grid(ScoreFieldScene.DENSITY_GRID);
        for (int k = 0; k < frame.logDensity().length; k++) {
            table.row(table.padded("log-density", density[0][k], density[1][k], frame.logDensity()[k]));
        }
        for (int k = 0; k < frame.arrowX().length; k++) {
            if (Math.hypot(frame.scoreX()[k], frame.scoreY()[k]) >= 1e-12) {
                table.row("score", frame.arrowX()[k], frame.arrowY()[k], frame.scoreX()[k], frame.scoreY()[k]);
            }
        }
        ScoreFieldScene.Probe probe = scene.probe(px, py, frame.t());
        Frame f = new Frame(40, 36, 400, 400, -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT,
                -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT);
        if (f.contains(probe.x(), probe.y())) {
            table.row("probe", probe.x(), probe.y(), probe.score().x(), probe.score().y());
            if (revealed && f.contains(probe.denoised().x(), probe.denoised().y())) {
                table.row(table.padded("denoised", probe.denoised().x(), probe.denoised().y()));
            }
        }
        if (revealed) {
            for (ScoreFieldScene.Probe p : scene.probeCurve(probe.x(), probe.y())) {
                table.row(table.padded("probe-curve", p.t(), p.scoreNorm()));
            }
            table.row(table.padded("probe-current", probe.t(), probe.scoreNorm()));
        }
        return table;
    }

    /** Small multiples of the field at the given steps. */
    public static String storyboard(ScoreFieldScene scene, int[] ts) {
        if (ts.length == 0) {
            throw new IllegalArgumentException("ts must hold at least 1 step, had 0");
        }
        int panel = 152;
        Canvas c = new Canvas("score-storyboard", panel * ts.length, 186);
        for (int p = 0; p < ts.length; p++) {
            ScoreFieldScene.Frame frame = scene.frame(ts[p]);
            double left = p * panel + 8;
            Frame f = new Frame(left, 44, 136, 136, -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT,
                    -ScoreFieldScene.LIMIT, ScoreFieldScene.LIMIT);
            c.font(12, true);
            c.text("t = " + ts[p], left, 16, Canvas.INK);
            c.font(11, false);
            c.text("ᾱ = " + Numbers.fixed(frame.alphaBar(), 4), left, 32, Canvas.MUTED);
            field(c, f, frame, 8, "-" + p);
        }
        return c.finish("Storyboard of the score field of " + scene.dataset().label(),
                describeStoryboard(scene, ts));
    }

    /** Text alternative of the main figure, from the numbers it draws. */
    public static String describe(ScoreFieldScene scene, ScoreFieldScene.Frame frame, ScoreFieldScene.Probe probe,
            boolean revealed) {
        StringBuilder sb = new StringBuilder();
        sb.append("Density of ").append(scene.dataset().label()).append(" noised to t = ").append(frame.t())
                .append(" (").append(scene.schedule().name()).append(" schedule, ᾱ_t = ")
                .append(Numbers.fixed(frame.alphaBar(), 4)).append("), highest at ").append(peak(frame)).append(". ");
        sb.append(summary(frame)).append(' ');
        sb.append("Probe at (").append(Numbers.fixed(probe.x(), 2)).append(", ").append(Numbers.fixed(probe.y(), 2))
                .append("): score (").append(Numbers.fixed(probe.score().x(), 3)).append(", ")
                .append(Numbers.fixed(probe.score().y(), 3)).append("), length ").append(Numbers.fixed(probe.scoreNorm(), 3))
                .append('.');
        if (revealed) {
            sb.append(" Tweedie's denoiser sends it to (").append(Numbers.fixed(probe.denoised().x(), 3)).append(", ")
                    .append(Numbers.fixed(probe.denoised().y(), 3)).append(").");
        }
        return sb.toString();
    }

    /** Text alternative of the storyboard. */
    public static String describeStoryboard(ScoreFieldScene scene, int[] ts) {
        StringBuilder sb = new StringBuilder("The score field of ").append(scene.dataset().label())
                .append(" as noise grows: ");
        for (int p = 0; p < ts.length; p++) {
            ScoreFieldScene.Frame frame = scene.frame(ts[p]);
            sb.append(p == 0 ? "" : "; ").append("t = ").append(ts[p]).append(", density highest at ")
                    .append(peak(frame)).append(", ").append(summary(frame));
        }
        return sb.append(" The arrows always point uphill; with more noise the field becomes smoother and turns towards the origin.")
                .toString();
    }

    /** "largest |score| 12.3 at (x, y), median 1.23" over the arrow grid. */
    private static String summary(ScoreFieldScene.Frame frame) {
        int m = frame.scoreX().length;
        double[] norms = new double[m];
        int largest = 0;
        for (int k = 0; k < m; k++) {
            norms[k] = Math.hypot(frame.scoreX()[k], frame.scoreY()[k]);
            if (norms[k] > norms[largest]) {
                largest = k;
            }
        }
        double big = norms[largest];
        java.util.Arrays.sort(norms);
        return m + " arrows: median |score| " + Numbers.fixed(norms[m / 2], 2) + ", largest " + Numbers.fixed(big, 2)
                + " at (" + Numbers.fixed(frame.arrowX()[largest], 1) + ", " + Numbers.fixed(frame.arrowY()[largest], 1) + ").";
    }

    private static String peak(ScoreFieldScene.Frame frame) {
        int n = ScoreFieldScene.DENSITY_GRID;
        int best = 0;
        for (int k = 1; k < frame.logDensity().length; k++) {
            if (frame.logDensity()[k] > frame.logDensity()[best]) {
                best = k;
            }
        }
        return "(" + Numbers.fixed(ScoreFieldScene.coordinate(best % n, n), 1) + ", "
                + Numbers.fixed(ScoreFieldScene.coordinate(best / n, n), 1) + ")";
    }

    /** Heat map and arrows, the longest arrow {@code longest} px; {@code suffix} keeps element ids unique. */
    private static void field(Canvas c, Frame f, ScoreFieldScene.Frame frame, double longest, String suffix) {
        c.nextId("density" + suffix);
        c.g.drawImage(heat(frame.logDensity()), (int) f.left(), (int) f.top(), (int) f.width(), (int) f.height(), null);
        c.plotted(frame.logDensity().length);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        Path2D.Double arrows = new Path2D.Double();
        int drawn = 0;
        for (int k = 0; k < frame.arrowX().length; k++) {
            if (arrow(arrows, f.px(frame.arrowX()[k]), f.py(frame.arrowY()[k]), frame.scoreX()[k], frame.scoreY()[k],
                    longest)) {
                drawn++;
            }
        }
        c.plotted(drawn);
        c.nextId("arrows" + suffix);
        c.g.setColor(ARROWS);
        c.g.setStroke(ARROW);
        c.g.draw(arrows);
    }

    /**
     * An arrow from (x, y) in px along the score, length longest * |s| / (|s| + HALF_LENGTH_SCORE);
     * none where the score vanishes. Whether one was drawn.
     */
    private static boolean arrow(Path2D.Double path, double x, double y, double sx, double sy, double longest) {
        double norm = Math.hypot(sx, sy);
        if (norm < 1e-12) {
            return false;
        }
        double length = longest * norm / (norm + HALF_LENGTH_SCORE);
        double ux = sx / norm;
        double uy = -sy / norm; // pixels grow downwards
        double ex = x + length * ux;
        double ey = y + length * uy;
        path.moveTo(x, y);
        path.lineTo(ex, ey);
        double head = Math.min(5, 0.45 * length);
        double cos = Math.cos(Math.toRadians(25));
        double sin = Math.sin(Math.toRadians(25));
        path.moveTo(ex, ey);
        path.lineTo(ex - head * (ux * cos - uy * sin), ey - head * (uy * cos + ux * sin));
        path.moveTo(ex, ey);
        path.lineTo(ex - head * (ux * cos + uy * sin), ey - head * (uy * cos - ux * sin));
        return true;
    }

    private static BufferedImage heat(double[] logDensity) {
        int n = ScoreFieldScene.DENSITY_GRID;
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logDensity) {
            max = Math.max(max, l);
        }
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v = Math.sqrt(Math.exp(logDensity[j * n + i] - max));
                image.setRGB(i, n - 1 - j, colour(v));
            }
        }
        return image;
    }

    /** White to light blue to dark blue as v goes 0 to 1/2 to 1. */
    private static int colour(double v) {
        int[] from = v < 0.5 ? LIGHT : MIDDLE;
        int[] to = v < 0.5 ? MIDDLE : DARK;
        double w = v < 0.5 ? 2 * v : 2 * v - 1;
        int r = (int) Math.round(from[0] + w * (to[0] - from[0]));
        int g = (int) Math.round(from[1] + w * (to[1] - from[1]));
        int b = (int) Math.round(from[2] + w * (to[2] - from[2]));
        return (r << 16) | (g << 8) | b;
    }

    private static void probe(Canvas c, Frame f, ScoreFieldScene.Probe probe, boolean revealed) {
        if (!f.contains(probe.x(), probe.y())) {
            return;
        }
        double x = f.px(probe.x());
        double y = f.py(probe.y());
        Path2D.Double path = new Path2D.Double();
        if (arrow(path, x, y, probe.score().x(), probe.score().y(), 44)) {
            c.plotted(1);
        }
        c.nextId("probe-score");
        c.g.setColor(Canvas.VERMILLION);
        c.g.setStroke(PROBE_ARROW);
        c.g.draw(path);
        c.nextId("probe");
        c.g.setStroke(Canvas.LINE);
        c.g.draw(new Ellipse2D.Double(x - 6, y - 6, 12, 12));
        if (revealed && f.contains(probe.denoised().x(), probe.denoised().y())) {
            double dx = f.px(probe.denoised().x());
            double dy = f.py(probe.denoised().y());
            c.nextId("denoised");
            c.g.setColor(Canvas.GREEN);
            c.g.setStroke(Canvas.DASHED);
            c.g.draw(new Line2D.Double(x, y, dx, dy));
            c.g.setStroke(Canvas.LINE);
            c.g.draw(new java.awt.geom.Rectangle2D.Double(dx - 5, dy - 5, 10, 10));
        }
    }

    /** |score| at the probe against t, with the current t marked; hidden until revealed. */
    private static void curvePanel(Canvas c, ScoreFieldScene scene, ScoreFieldScene.Probe now, boolean revealed) {
        Frame f;
        c.font(12, true);
        c.text("|score| at the probe against t", 480, 52, Canvas.INK);
        if (!revealed) {
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(new java.awt.geom.Rectangle2D.Double(490, 64, 250, 180));
            c.font(11, false);
            c.text("Hidden until you commit to a", 505, 150, Canvas.MUTED);
            c.text("prediction and reveal it.", 505, 166, Canvas.MUTED);
            return;
        }
        ScoreFieldScene.Probe[] curve = scene.probeCurve(now.x(), now.y());
        double top = 0;
        for (ScoreFieldScene.Probe p : curve) {
            top = Math.max(top, p.scoreNorm());
        }
        top = Math.max(top, now.scoreNorm());
        top = top <= 0 ? 1 : top * 1.1;
        f = new Frame(490, 64, 250, 180, 0, scene.steps(), 0, top);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(11, false);
        c.textRight(Numbers.fixed(top, 2), f.left() - 4, f.top() + 10, Canvas.MUTED);
        c.textRight("0", f.left() - 4, f.bottom(), Canvas.MUTED);
        c.textCentred("0", f.left(), f.bottom() + 14, Canvas.MUTED);
        c.textCentred("t", f.px(scene.steps() / 2.0), f.bottom() + 14, Canvas.MUTED);
        c.textCentred(Integer.toString(scene.steps()), f.right(), f.bottom() + 14, Canvas.MUTED);
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < curve.length; k++) {
            double px = f.px(curve[k].t());
            double py = f.py(curve[k].scoreNorm());
            if (k == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        c.plotted(curve.length);
        c.nextId("probe-curve");
        c.g.setColor(Canvas.BLUE);
        c.g.setStroke(Canvas.LINE);
        c.g.draw(path);
        c.g.setColor(Canvas.VERMILLION);
        c.g.setStroke(Canvas.LINE);
        c.g.draw(new Ellipse2D.Double(f.px(now.t()) - 5, f.py(now.scoreNorm()) - 5, 10, 10));
        c.text("t = 0: " + Numbers.fixed(curve[0].scoreNorm(), 3) + " · t = T: "
                + Numbers.fixed(curve[curve.length - 1].scoreNorm(), 3), f.left(), f.bottom() + 32, Canvas.MUTED);
    }
}
