package org.diffusioncourse.demo.ddpm;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Locale;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.Plots;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The DDPM lesson's figures: at step t, the training view (the forward cloud x_t with the true
 * noise eps and the exact prediction E[eps | x_t] at a few points), the reverse cloud at the same
 * step over the forward one, and the smallest possible loss against t; plus a storyboard of
 * both directions. Pure: the same scene and arguments give the same bytes.
 */
public final class DdpmFigure {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 372;
    /** Data panels show [-AXIS_LIMIT, AXIS_LIMIT]^2: the data and N(0, I) both fit. */
    public static final double AXIS_LIMIT = 3.5;
    /** Noise arrows are drawn this long per unit of eps, so they stay readable at every t. */
    public static final double ARROW_SCALE = 0.4;

    private static final Stroke DOT = Strokes.round(2.6f);
    private static final Stroke SMALL_DOT = Strokes.round(2f);
    private static final Stroke ARROW = Strokes.round(1.6f);
    private static final Color FORWARD = new Color(110, 110, 110, 120);
    private static final int[] STORY_STEPS = {0, 25, 50, 75, 100};
    /** Storyboard panels draw at most this many points each, to keep the file small. */
    public static final int STORYBOARD_POINTS = 300;

    private DdpmFigure() {
    }

    /**
     * The figure at step t. Until {@code revealed}, the loss curve stops at the current t, so the
     * learner can predict where the noise is hardest to guess before seeing it.
     */
    public static String render(DdpmScene scene, int t, boolean revealed) {
        Canvas c = new Canvas("ddpm-figure", WIDTH, HEIGHT);
        Frame train = new Frame(34, 46, 230, 230, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        Frame back = new Frame(300, 46, 230, 230, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        Frame loss = new Frame(574, 46, 196, 150, 0, DdpmScene.STEPS, 0, 2.4);
        drawTraining(c, train, scene, t);
        drawReverse(c, back, scene, t);
        drawLoss(c, loss, scene, t, revealed);
        c.font(11, false);
        c.text("Left: blue x_t; vermillion arrows: the noise ε each point carries; green: E[ε | x_t], the exact", 34,
                320, Canvas.MUTED);
        c.text("prediction (arrows are " + Numbers.compact(ARROW_SCALE, 1) + " × ε long). Middle: blue reverse cloud at step t "
                + "over the grey forward cloud at the same t.", 34, 336, Canvas.MUTED);
        c.text("Right: mean |ε − E[ε | x_t]|² over the cloud, the smallest loss any network can reach at t "
                + "(2 = guessing 0).", 34, 352, Canvas.MUTED);
        return c.finish("DDPM at step " + t + " on " + label(scene), describe(scene, t, revealed));
    }

    /**
     * The numbers {@link #render} draws, as rows {@code series, x, y, dx, dy}: {@code forward}
     * (x_t inside the left panel), {@code noise} and {@code prediction} (at each arrowed point, ε and
     * E[ε | x_t] in dx, dy; the arrows are drawn {@value #ARROW_SCALE} times as long),
     * {@code forward-reference} and {@code reverse} (the middle panel), {@code loss} (the smallest
     * loss at the steps drawn) and {@code loss-current}.
     */
    public static DataTable table(DdpmScene scene, int t, boolean revealed) {
        DataTable table = DataTable.of("series", "x", "y", "dx", "dy");
        Frame panel = new Frame(34, 46, 230, 230, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
        PointCloud x = scene.forward(t);
        table.points("forward", panel, x, x.size());
        if (t > 0) {
            int k = Math.min(DdpmScene.ARROWS, scene.size());
            for (int i = 0; i < k; i++) {
                if (panel.contains(x.x(i), x.y(i))) {
                    Vec2 e = scene.trueNoise(t, i);
                    Vec2 h = scene.predictedNoise(t, i);
                    table.row("noise", x.x(i), x.y(i), e.x(), e.y());
                    table.row("prediction", x.x(i), x.y(i), h.x(), h.y());
                }
            }
        }
        PointCloud fwd = scene.forward(t);
        table.points("forward-reference", panel, fwd, fwd.size());
        PointCloud rev = scene.reverse(t);
        table.points("reverse", panel, rev, rev.size());
        table.curve("loss", scene::minimalLoss, 1, revealed ? DdpmScene.STEPS : Math.max(1, t));
        if (t >= 1) {
            table.row(table.padded("loss-current", t, scene.minimalLoss(t)));
        }
        return table;
    }

    /** Forward clouds at t = 0, 25, 50, 75, 100 above reverse clouds at t = 100, 75, 50, 25, 0. */
    public static String storyboard(DdpmScene scene) {
        int panel = 140;
        Canvas c = new Canvas("ddpm-storyboard", panel * STORY_STEPS.length, 2 * 160 + 10);
        for (int row = 0; row < 2; row++) {
            for (int p = 0; p < STORY_STEPS.length; p++) {
                int t = row == 0 ? STORY_STEPS[p] : STORY_STEPS[STORY_STEPS.length - 1 - p];
                double left = p * panel + 8;
                double top = row * 165 + 36;
                Frame f = new Frame(left, top, 124, 124, -AXIS_LIMIT, AXIS_LIMIT, -AXIS_LIMIT, AXIS_LIMIT);
                Plots.cell(c, f, (row == 0 ? "forward t = " : "reverse t = ") + t, 18,
                        "ᾱ = " + Numbers.fixed(DdpmScene.schedule().alphaBar(t), 4), 5);
                PointCloud cloud = row == 0 ? scene.forward(t) : scene.reverse(t);
                c.nextId((row == 0 ? "forward-" : "reverse-") + t);
                c.dots(f, cloud, Math.min(STORYBOARD_POINTS, cloud.size()), SMALL_DOT, row == 0 ? FORWARD : Canvas.POINTS);
            }
        }
        return c.finish("Storyboard of DDPM on " + label(scene), describeStoryboard(scene));
    }

    /** The text alternative of {@link #render}, computed from the clouds and arrows. */
    public static String describe(DdpmScene scene, int t, boolean revealed) {
        NoiseSchedule s = DdpmScene.schedule();
        PointCloud fwd = scene.forward(t);
        PointCloud rev = scene.reverse(t);
        StringBuilder sb = new StringBuilder();
        sb.append(scene.size()).append(" points of ").append(label(scene)).append(" at step t = ").append(t)
                .append(" of ").append(DdpmScene.STEPS).append(" (ᾱ = ").append(Numbers.fixed(s.alphaBar(t), 4))
                .append("). Forward cloud: ").append(summary(fwd)).append(". Reverse cloud, generated from noise: ")
                .append(summary(rev)).append('.');
        if (t == 0) {
            sb.append(" At t = 0 there is no noise to predict, so no arrows are drawn.");
        } else {
            int k = Math.min(DdpmScene.ARROWS, scene.size());
            double cosSum = 0;
            double ratio = 0;
            for (int i = 0; i < k; i++) {
                Vec2 e = scene.trueNoise(t, i);
                Vec2 h = scene.predictedNoise(t, i);
                double ne = Math.hypot(e.x(), e.y());
                double nh = Math.hypot(h.x(), h.y());
                cosSum += nh == 0 || ne == 0 ? 0 : (e.x() * h.x() + e.y() * h.y()) / (ne * nh);
                ratio += ne == 0 ? 0 : nh / ne;
            }
            sb.append(" At the ").append(k).append(" marked points the predicted noise has on average ")
                    .append(Numbers.fixed(ratio / k, 2)).append(" times the length of the true noise, and the cosine "
                            + "of the angle between them averages ").append(Numbers.fixed(cosSum / k, 2))
                    .append(". Smallest loss at this step: ").append(Numbers.fixed(scene.minimalLoss(t), 3))
                    .append(" (guessing 0 scores 2).");
        }
        if (revealed) {
            int worst = scene.hardestStep();
            sb.append(" Over all steps the loss is largest at t = ").append(worst).append(" (")
                    .append(Numbers.fixed(scene.minimalLoss(worst), 3)).append(") and smallest at t = ")
                    .append(DdpmScene.STEPS).append(" (").append(Numbers.fixed(scene.minimalLoss(DdpmScene.STEPS), 3))
                    .append(").");
        }
        return sb.toString();
    }

    /** The text alternative of {@link #storyboard}. */
    public static String describeStoryboard(DdpmScene scene) {
        StringBuilder sb = new StringBuilder();
        sb.append("Top row: ").append(scene.size()).append(" points of ").append(label(scene))
                .append(" noised step by step. ");
        for (int t : STORY_STEPS) {
            sb.append("t = ").append(t).append(": ").append(summary(scene.forward(t))).append("; ");
        }
        sb.setLength(sb.length() - 2);
        sb.append(". Bottom row: a fresh cloud of N(0, I) noise denoised step by step with the exact noise prediction. ");
        for (int p = STORY_STEPS.length - 1; p >= 0; p--) {
            int t = STORY_STEPS[p];
            sb.append("t = ").append(t).append(": ").append(summary(scene.reverse(t))).append("; ");
        }
        sb.setLength(sb.length() - 2);
        return sb.append('.').toString();
    }

    private static String summary(PointCloud cloud) {
        double[][] cov = cloud.covariance();
        return "mean (" + Numbers.fixed(cloud.meanX(), 2) + ", " + Numbers.fixed(cloud.meanY(), 2)
                + "), total variance " + Numbers.fixed(cov[0][0] + cov[1][1], 2);
    }

    private static String label(DdpmScene scene) {
        return scene.dataset().label().toLowerCase(Locale.ROOT);
    }

    private static void drawTraining(Canvas c, Frame f, DdpmScene scene, int t) {
        Plots.squarePanel(c, f, "Training view at t = " + t, 1);
        PointCloud x = scene.forward(t);
        c.nextId("forward-points");
        c.dots(f, x, x.size(), DOT);
        if (t == 0) {
            return;
        }
        int k = Math.min(DdpmScene.ARROWS, scene.size());
        c.beginGroup("noise-arrows");
        // The true noise and the prediction each as one path of arrows.
        Path2D.Double truth = new Path2D.Double();
        Path2D.Double prediction = new Path2D.Double();
        for (int i = 0; i < k; i++) {
            Vec2 e = scene.trueNoise(t, i);
            Vec2 h = scene.predictedNoise(t, i);
            if (Plots.addArrow(truth, f, x.x(i), x.y(i), ARROW_SCALE * e.x(), ARROW_SCALE * e.y())) {
                Plots.addArrow(prediction, f, x.x(i), x.y(i), ARROW_SCALE * h.x(), ARROW_SCALE * h.y());
                c.plotted(2);
                c.g.setColor(Canvas.INK);
                c.g.setStroke(Canvas.HAIRLINE);
                c.g.draw(new Ellipse2D.Double(f.px(x.x(i)) - 3.5, f.py(x.y(i)) - 3.5, 7, 7));
            }
        }
        c.drawFine(truth, Canvas.VERMILLION, ARROW);
        c.drawFine(prediction, Canvas.GREEN, ARROW);
        c.endGroup();
    }

    private static void drawReverse(Canvas c, Frame f, DdpmScene scene, int t) {
        Plots.squarePanel(c, f, "Reverse chain at t = " + t, 1);
        PointCloud fwd = scene.forward(t);
        PointCloud rev = scene.reverse(t);
        c.nextId("forward-reference");
        c.dots(f, fwd, fwd.size(), SMALL_DOT, FORWARD);
        c.nextId("reverse-points");
        c.dots(f, rev, rev.size(), DOT);
    }

    private static void drawLoss(Canvas c, Frame f, DdpmScene scene, int t, boolean revealed) {
        Plots.curvePanel(c, f, "Smallest loss at t", new double[] {0, 1, 2}, "t");
        c.line(f.left(), f.py(2), f.right(), f.py(2), Canvas.MUTED, Canvas.DOTTED);
        Plots.revealableCurve(c, f, "loss", scene::minimalLoss, 1, t, revealed, "t");
        if (t == 0) {
            c.text("t = 0: no noise to predict", f.left(), f.bottom() + 30, Canvas.INK);
        }
    }
}
