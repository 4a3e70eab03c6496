package org.diffusioncourse.demo.training;

import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalDouble;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.TrainingConfig;

/**
 * How much the network copies: the histogram of d_1 / d_2 of its samples (nearest over
 * second-nearest training point) with the near-copy threshold 1/3, and the copy share against
 * the training-set size for every held network of the same run, with the exact empirical
 * denoiser's share for this training set. Pure.
 */
final class MemoriseFigure {

    /** Bins of the ratio histogram over [0, 1]. */
    static final int BINS = 20;
    /** Most training points drawn (the first ones). */
    static final int MAX_TRAINING_DRAWN = 600;
    private static final double LIMIT = SamplerFigure.AXIS_LIMIT;
    private static final Stroke DOT = Strokes.round(2f);
    private static final Stroke TRAINING_DOT = Strokes.round(3.5f);

    private MemoriseFigure() {
    }

    /** The share of ratios in each of {@link #BINS} equal bins of [0, 1]. */
    static double[] histogram(double[] ratios) {
        double[] shares = new double[BINS];
        for (double r : ratios) {
            shares[Math.min(BINS - 1, (int) (r * BINS))] += 1.0 / ratios.length;
        }
        return shares;
    }

    static String render(TrainingScene scene, TrainingSettings settings) {
        TrainingConfig config = scene.config();
        Copying.Measured report = Copying.measured(config, settings.sampler());
        List<Copying.Point> sweep = Copying.sweep(config, settings.sampler());
        OptionalDouble empirical = Copying.empiricalShare(config, settings.sampler());
        Canvas c = new Canvas("training-memorise", 780, 320);
        Frame d = new Frame(30, 40, 200, 200, -LIMIT, LIMIT, -LIMIT, LIMIT);
        c.font(12, true);
        c.text("Samples and training points", d.left(), d.top() - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(d.box());
        c.nextId("samples");
        c.dots(d, report.samples(), report.samples().size(), DOT, Canvas.POINTS);
        c.nextId("training");
        PointCloud training = scene.trainingPoints(MAX_TRAINING_DRAWN);
        c.dots(d, training, training.size(), TRAINING_DOT, Canvas.VERMILLION);
        double[] shares = histogram(report.report().ratios());
        double top = 0;
        for (double s : shares) {
            top = Math.max(top, s);
        }
        top = Math.max(0.05, Math.ceil(top * 10) / 10);
        Frame h = new Frame(290, 40, 200, 200, 0, 1, 0, top);
        axes(c, h, "d₁ / d₂ of the network's samples", "nearest / second-nearest training point",
                new double[] {0, 0.5, 1}, new double[] {0, top});
        Path2D.Double bars = new Path2D.Double();
        for (int b = 0; b < BINS; b++) {
            double x0 = h.px(b / (double) BINS) + 1;
            double x1 = h.px((b + 1) / (double) BINS) - 1;
            bars.append(new Rectangle2D.Double(x0, h.py(shares[b]), x1 - x0, h.bottom() - h.py(shares[b])), false);
        }
        c.plotted(BINS);
        c.nextId("ratios");
        c.fillFine(bars, Canvas.BLUE);
        c.nextId("threshold");
        c.line(h.px(Memorisation.NEAR_COPY_RATIO), h.top(), h.px(Memorisation.NEAR_COPY_RATIO), h.bottom(), Canvas.VERMILLION,
                Canvas.DASHED);
        c.font(11, false);
        c.text("near-copy < 1/3: " + Numbers.percent(report.report().copyShare()), h.px(Memorisation.NEAR_COPY_RATIO) + 4,
                h.top() + 14, Canvas.VERMILLION);
        Frame s = new Frame(550, 40, 200, 200, 3, 16, 0, 1);
        axes(c, s, "Copy share against training-set size", "training points (log scale)",
                new double[] {3, 7, 12, 16}, new double[] {0, 0.5, 1});
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < sweep.size(); i++) {
            Copying.Point p = sweep.get(i);
            double x = s.px(log2(p.config().trainingSetSize()));
            double y = s.py(p.report().copyShare());
            if (i == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
            boolean current = p.config().equals(config);
            double r = current ? 5 : 3.5;
            c.g.setColor(current ? Canvas.VERMILLION : Canvas.BLUE);
            c.g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        c.plotted(sweep.size());
        c.nextId("sweep");
        c.drawFine(line, Canvas.BLUE, Canvas.HAIRLINE);
        Path2D.Double chance = new Path2D.Double();
        for (int i = 0; i < sweep.size(); i++) {
            Copying.Point p = sweep.get(i);
            double x = s.px(log2(p.config().trainingSetSize()));
            double y = s.py(p.chance());
            if (i == 0) {
                chance.moveTo(x, y);
            } else {
                chance.lineTo(x, y);
            }
            chance.append(new Ellipse2D.Double(x - 3, y - 3, 6, 6), false);
        }
        c.plotted(sweep.size());
        c.nextId("chance");
        c.drawFine(chance, Canvas.MUTED, Canvas.DOTTED);
        if (empirical.isPresent()) {
            double x = s.px(log2(config.trainingSetSize()));
            double y = s.py(empirical.getAsDouble());
            c.nextId("empirical");
            c.g.setColor(Canvas.GREEN);
            c.g.fill(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
            c.plotted(1);
        }
        c.font(11, false);
        c.text("Left: network samples (blue) and training points (vermillion). Right: held networks of this run"
                + " (vermillion: this one);", 30, 292, Canvas.MUTED);
        c.text("grey rings: chance, fresh data-set draws; green square: the exact denoiser of this training set.", 30, 308,
                Canvas.MUTED);
        return c.finish(TrainingTexts.label("memorise", settings), TrainingTexts.describeMemorise(scene, settings));
    }

    static double log2(int n) {
        return Math.log(n) / Math.log(2);
    }

    private static void axes(Canvas c, Frame f, String heading, String xName, double[] xTicks, double[] yTicks) {
        c.font(12, true);
        c.text(heading, f.left(), f.top() - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
        c.font(10, false);
        Path2D.Double ticks = new Path2D.Double();
        boolean log = f.xMin() == 3;
        for (double x : xTicks) {
            ticks.moveTo(f.px(x), f.bottom());
            ticks.lineTo(f.px(x), f.bottom() + 3);
            c.textCentred(log ? Integer.toString(1 << (int) x) : Numbers.compact(x, 2), f.px(x), f.bottom() + 14,
                    Canvas.MUTED);
        }
        for (double y : yTicks) {
            ticks.moveTo(f.left() - 3, f.py(y));
            ticks.lineTo(f.left(), f.py(y));
            c.textRight(Numbers.compact(y, 2), f.left() - 5, f.py(y) + 4, Canvas.MUTED);
        }
        c.drawFine(ticks, Canvas.MUTED, Canvas.HAIRLINE);
        c.textCentred(xName, f.left() + f.width() / 2, f.bottom() + 28, Canvas.MUTED);
    }
}
