package org.diffusioncourse.demo.likelihood;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;

/**
 * The maximum-likelihood figures: the data histogram with the model density p_theta (normalised
 * by quadrature) and the true density, the model's score next to the true score, and the mean
 * log-likelihood and Z(theta) against the fitting step. Axes are fixed per scene, so moving
 * through the steps moves the curves, never the axes. Pure: the same inputs give the same bytes.
 *
 * <p>It is long because it draws one picture of three linked panels (the densities, the scores
 * and the fit's progress) and its storyboard, and writes their text alternatives from the same
 * numbers.
 */
public final class LikelihoodFigure {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 430;

    /** Points per drawn curve over [-3, 3]. */
    private static final int CURVE_POINTS = 121;

    /** The score panel shows [-SCORE_LIMIT, SCORE_LIMIT]; steeper parts are clipped. */
    private static final double SCORE_LIMIT = 6;

    private static final Color BARS = new Color(0, 114, 178, 70);
    private static final Stroke MARK = new BasicStroke(1.5f);

    private LikelihoodFigure() {
    }

    /** The main figure at fitting step k. */
    public static String render(LikelihoodScene scene, int k) {
        LikelihoodFit.Step step = scene.fit().step(k);
        Canvas c = new Canvas("likelihood-figure", WIDTH, HEIGHT);
        double yMax = densityCeiling(scene);
        Frame density = new Frame(50, 40, 390, 220, -LikelihoodScene.HALF_WIDTH, LikelihoodScene.HALF_WIDTH, 0, yMax);
        Frame score = new Frame(50, 322, 390, 90, -LikelihoodScene.HALF_WIDTH, LikelihoodScene.HALF_WIDTH,
                -SCORE_LIMIT, SCORE_LIMIT);
        c.font(13, true);
        c.text("Data, model density and true density (step k = " + k + ")", density.left(), 18, Canvas.INK);
        densityPanel(c, density, scene, step);
        c.font(12, true);
        c.text("Score d/dx log p: model (solid) and true (dashed)", score.left(), 314, Canvas.INK);
        scorePanel(c, score, scene, step.model());
        List<LikelihoodFit.Step> steps = scene.fit().steps();
        Frame lik = seriesFrame(490, 40, steps, LikelihoodFit.Step::meanLogLikelihood);
        Frame zed = seriesFrame(490, 260, steps, LikelihoodFit.Step::z);
        series(c, lik, steps, LikelihoodFit.Step::meanLogLikelihood, k, "Mean log-likelihood ℓ(θ_k)", 3);
        series(c, zed, steps, LikelihoodFit.Step::z, k, "Z(θ_k), 401-point quadrature", 3);
        return c.finish("Maximum-likelihood fit at step " + k, describe(scene, k));
    }

    /** Small multiples of the fit at the given steps: histogram, true density and model density. */
    public static String storyboard(LikelihoodScene scene, int[] ks) {
        if (ks.length == 0) {
            throw new IllegalArgumentException("ks must hold at least 1 step, had 0");
        }
        int panelWidth = 152;
        Canvas c = new Canvas("likelihood-storyboard", panelWidth * ks.length, 200);
        double yMax = densityCeiling(scene);
        for (int p = 0; p < ks.length; p++) {
            LikelihoodFit.Step step = scene.fit().step(ks[p]);
            double left = p * panelWidth + 8;
            Frame f = new Frame(left, 56, 136, 136, -LikelihoodScene.HALF_WIDTH, LikelihoodScene.HALF_WIDTH, 0, yMax);
            c.font(12, true);
            c.text("k = " + ks[p], left, 16, Canvas.INK);
            c.font(11, false);
            c.text("ℓ = " + Numbers.fixed(step.meanLogLikelihood(), 3), left, 32, Canvas.MUTED);
            c.text("Z = " + Numbers.fixed(step.z(), 3), left, 46, Canvas.MUTED);
            c.g.setColor(Canvas.FAINT);
            c.g.setStroke(Canvas.HAIRLINE);
            c.g.draw(f.box());
            bars(c, f, scene);
            curve(c, f, scene::trueDensity, Canvas.GREEN, Canvas.DASHED);
            QuarticEnergy model = step.model();
            double logZ = step.logZ();
            curve(c, f, x -> Math.exp(model.logDensity(x, logZ)), Canvas.VERMILLION, Canvas.LINE);
        }
        return c.finish("Storyboard of the maximum-likelihood fit", describeStoryboard(scene, ks));
    }

    /** Text alternative of the main figure, computed from the numbers it draws. */
    public static String describe(LikelihoodScene scene, int k) {
        LikelihoodFit fit = scene.fit();
        LikelihoodFit.Step step = fit.step(k);
        QuarticEnergy m = step.model();
        StringBuilder sb = new StringBuilder();
        sb.append("Histogram of ").append(scene.size()).append(" data points (seed ").append(scene.seed())
                .append(") with the model at step ").append(k).append(" of ").append(LikelihoodFit.ITERATIONS)
                .append(": theta = (").append(Numbers.fixed(m.theta1(), 3)).append(", ")
                .append(Numbers.fixed(m.theta2(), 3)).append("), Z = ").append(Numbers.fixed(step.z(), 4))
                .append(", mean log-likelihood ").append(Numbers.fixed(step.meanLogLikelihood(), 4))
                .append(" (").append(Numbers.fixed(fit.last().meanLogLikelihood(), 4)).append(" at the optimum). ");
        sb.append("Model E[x^2] = ").append(Numbers.fixed(step.modelX2(), 3)).append(" against the data's ")
                .append(Numbers.fixed(fit.dataX2(), 3)).append("; model E[x^4] = ").append(Numbers.fixed(step.modelX4(), 3))
                .append(" against ").append(Numbers.fixed(fit.dataX4(), 3)).append(". ");
        if (m.theta1() < 0) {
            double peak = Math.sqrt(-m.theta1() / (2 * m.theta2()));
            sb.append("The model has two peaks, at x = ±").append(Numbers.fixed(peak, 2)).append(". ");
        } else {
            sb.append("The model has one peak, at x = 0. ");
        }
        sb.append("Model score at x = 1: ").append(Numbers.fixed(m.score(1), 3)).append("; true score there: ")
                .append(Numbers.fixed(scene.trueScore(1), 3)).append('.');
        return sb.toString();
    }

    /** Text alternative of the storyboard. */
    public static String describeStoryboard(LikelihoodScene scene, int[] ks) {
        StringBuilder sb = new StringBuilder("The fit at steps ");
        for (int p = 0; p < ks.length; p++) {
            LikelihoodFit.Step s = scene.fit().step(ks[p]);
            sb.append(p == 0 ? "" : "; ").append("k = ").append(ks[p]).append(": theta = (")
                    .append(Numbers.fixed(s.model().theta1(), 2)).append(", ").append(Numbers.fixed(s.model().theta2(), 2))
                    .append("), Z = ").append(Numbers.fixed(s.z(), 3)).append(", l = ")
                    .append(Numbers.fixed(s.meanLogLikelihood(), 3));
        }
        boolean twoPeaks = scene.fit().last().model().theta1() < 0;
        sb.append(". The model starts as one bump, N(0, 1), and ")
                .append(twoPeaks ? "splits into two bumps over the two clusters of the histogram"
                        : "stays a single bump for these data")
                .append(", while Z changes at every step.");
        return sb.toString();
    }

    /** The y range of the density panels: the tallest of histogram, true and model densities. */
    private static double densityCeiling(LikelihoodScene scene) {
        double top = 0;
        for (double h : scene.histogram()) {
            top = Math.max(top, h);
        }
        for (int i = 0; i < CURVE_POINTS; i++) {
            double x = curveX(i);
            top = Math.max(top, scene.trueDensity(x));
            for (LikelihoodFit.Step s : scene.fit().steps()) {
                top = Math.max(top, Math.exp(s.model().logDensity(x, s.logZ())));
            }
        }
        return Math.ceil(top * 11) / 10;
    }

    private static double curveX(int i) {
        return -LikelihoodScene.HALF_WIDTH + 2 * LikelihoodScene.HALF_WIDTH * i / (CURVE_POINTS - 1);
    }

    private static void densityPanel(Canvas c, Frame f, LikelihoodScene scene, LikelihoodFit.Step step) {
        frame(c, f);
        c.font(11, false);
        for (int v = -3; v <= 3; v++) {
            c.textCentred(Integer.toString(v), f.px(v), f.bottom() + 14, Canvas.MUTED);
        }
        c.textRight(Numbers.fixed(f.yMax(), 1), f.left() - 4, f.top() + 10, Canvas.MUTED);
        c.textRight("0", f.left() - 4, f.bottom(), Canvas.MUTED);
        c.nextId("bars");
        bars(c, f, scene);
        c.nextId("true-density");
        curve(c, f, scene::trueDensity, Canvas.GREEN, Canvas.DASHED);
        QuarticEnergy model = step.model();
        double logZ = step.logZ();
        c.nextId("model-density");
        curve(c, f, x -> Math.exp(model.logDensity(x, logZ)), Canvas.VERMILLION, Canvas.LINE);
        c.font(11, false);
        c.text("Bars: data · solid: model exp(-E)/Z · dashed: true density", f.left(), f.bottom() + 28, Canvas.MUTED);
    }

    private static void scorePanel(Canvas c, Frame f, LikelihoodScene scene, QuarticEnergy model) {
        frame(c, f);
        c.line(f.left(), f.py(0), f.right(), f.py(0), Canvas.FAINT, Canvas.DOTTED);
        c.font(11, false);
        c.textRight(Integer.toString((int) SCORE_LIMIT), f.left() - 4, f.top() + 10, Canvas.MUTED);
        c.textRight("0", f.left() - 4, f.py(0) + 4, Canvas.MUTED);
        c.textRight("-" + (int) SCORE_LIMIT, f.left() - 4, f.bottom(), Canvas.MUTED);
        c.nextId("true-score");
        curve(c, f, scene::trueScore, Canvas.GREEN, Canvas.DASHED);
        c.nextId("model-score");
        curve(c, f, model::score, Canvas.VERMILLION, Canvas.LINE);
    }

    private static void frame(Canvas c, Frame f) {
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
    }

    private static void bars(Canvas c, Frame f, LikelihoodScene scene) {
        double[] h = scene.histogram();
        double width = 2 * LikelihoodScene.HALF_WIDTH / LikelihoodScene.BINS;
        Path2D.Double path = new Path2D.Double();
        int drawn = 0;
        for (int b = 0; b < h.length; b++) {
            if (h[b] > 0) {
                double x0 = -LikelihoodScene.HALF_WIDTH + b * width;
                double top = Math.min(h[b], f.yMax());
                path.append(new Rectangle2D.Double(f.px(x0), f.py(top), f.px(x0 + width) - f.px(x0), f.py(0) - f.py(top)), false);
                drawn++;
            }
        }
        c.plotted(drawn);
        c.fillFine(path, BARS);
    }

    /** A function drawn over [-3, 3], clipped to the frame's y range. */
    private static void curve(Canvas c, Frame f, DoubleUnaryOperator fn, Color colour, Stroke stroke) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double x = curveX(i);
            double y = Math.max(f.yMin(), Math.min(f.yMax(), fn.applyAsDouble(x)));
            if (i == 0) {
                path.moveTo(f.px(x), f.py(y));
            } else {
                path.lineTo(f.px(x), f.py(y));
            }
        }
        c.plotted(CURVE_POINTS);
        c.drawFine(path, colour, stroke);
    }

    private static Frame seriesFrame(double left, double top, List<LikelihoodFit.Step> steps,
            java.util.function.ToDoubleFunction<LikelihoodFit.Step> value) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LikelihoodFit.Step s : steps) {
            lo = Math.min(lo, value.applyAsDouble(s));
            hi = Math.max(hi, value.applyAsDouble(s));
        }
        double pad = Math.max(1e-3, 0.1 * (hi - lo));
        return new Frame(left, top, 250, 130, 0, LikelihoodFit.ITERATIONS, lo - pad, hi + pad);
    }

    private static void series(Canvas c, Frame f, List<LikelihoodFit.Step> steps,
            java.util.function.ToDoubleFunction<LikelihoodFit.Step> value, int k, String title, int digits) {
        c.font(12, true);
        c.text(title, f.left(), f.top() - 8, Canvas.INK);
        frame(c, f);
        c.font(11, false);
        c.textRight(Numbers.fixed(f.yMax(), digits - 1), f.left() - 4, f.top() + 10, Canvas.MUTED);
        c.textRight(Numbers.fixed(f.yMin(), digits - 1), f.left() - 4, f.bottom(), Canvas.MUTED);
        c.textCentred("0", f.px(0), f.bottom() + 14, Canvas.MUTED);
        c.textCentred("step k", f.px(LikelihoodFit.ITERATIONS / 2.0), f.bottom() + 14, Canvas.MUTED);
        c.textCentred(Integer.toString(LikelihoodFit.ITERATIONS), f.px(LikelihoodFit.ITERATIONS), f.bottom() + 14, Canvas.MUTED);
        Path2D.Double path = new Path2D.Double();
        for (LikelihoodFit.Step s : steps) {
            double px = f.px(s.k());
            double py = f.py(value.applyAsDouble(s));
            if (s.k() == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        c.plotted(steps.size());
        c.drawFine(path, Canvas.BLUE, Canvas.LINE);
        LikelihoodFit.Step now = steps.get(k);
        double v = value.applyAsDouble(now);
        c.g.setColor(Canvas.VERMILLION);
        c.g.setStroke(MARK);
        c.g.draw(new Ellipse2D.Double(f.px(k) - 5, f.py(v) - 5, 10, 10));
        c.textRight(Numbers.fixed(v, digits + 1), f.right(), f.top() - 8, Canvas.VERMILLION);
    }
}
