package org.diffusioncourse.demo.training;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.render.Strokes;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.learn.TrainingProcess;

/**
 * The training demo's field figures at one noise level: the network's prediction of its target
 * beside the exact one as arrows, with the error between them as a heat map; the denoiser
 * preview (x_t, the network's x0-hat and the exact E[x_0 | x_t] at five levels); and the
 * storyboard of the network's x0-hat from noise to clean. Pure: the same scene and level give the
 * same bytes.
 */
final class FieldFigures {

    static final double LIMIT = SamplerFigure.AXIS_LIMIT;
    /** Arrows per side and heat-map cells per side. */
    static final int ARROWS = 15;
    static final int CELLS = 48;
    /** The preview's levels before the current level takes the place of the nearest. */
    static final int[] PREVIEW_LEVELS = {10, 30, 50, 70, 90};
    /** The storyboard's levels, noise to clean. */
    static final int[] STORYBOARD_LEVELS = {90, 70, 50, 30, 10};
    /** Training points noised in each preview panel. */
    static final int PREVIEW_POINTS = 200;
    /** Stream of the run's seed for the preview's noise. */
    static final int PREVIEW_STREAM = 8;

    private static final Stroke ARROW = Strokes.round(1.1f);
    private static final int[] DARK = {153, 52, 4};

    /**
     * The target's prediction by the network and the exact field on the arrow grid, and the
     * error |learned - exact| on the cell grid (row by row from the bottom).
     */
    record Grid(int level, double a, double s, double[] ax, double[] ay, double[][] learned, double[][] exact,
            double[] error, double scale) {

        /** The 95th percentile of the cell errors: the darkest colour of the heat map. */
        double cap() {
            double[] sorted = error.clone();
            Arrays.sort(sorted);
            return Math.max(1e-12, sorted[(int) (0.95 * (sorted.length - 1))]);
        }
    }

    private FieldFigures() {
    }

    static Grid grid(TrainingScene scene, int level) {
        TrainingProcess process = scene.config().process();
        double t = scene.time(level);
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        double[][] arrows = lattice(ARROWS);
        double[][] learned = predict(scene, true, a, s, arrows);
        double[][] exact = predict(scene, false, a, s, arrows);
        double[][] cells = lattice(CELLS);
        double[][] cl = predict(scene, true, a, s, cells);
        double[][] ce = predict(scene, false, a, s, cells);
        double[] error = new double[CELLS * CELLS];
        for (int k = 0; k < error.length; k++) {
            error[k] = Math.hypot(cl[0][k] - ce[0][k], cl[1][k] - ce[1][k]);
        }
        double[] norms = new double[exact[0].length];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = Math.hypot(exact[0][k], exact[1][k]);
        }
        Arrays.sort(norms);
        return new Grid(level, a, s, arrows[0], arrows[1], learned, exact, error, Math.max(1e-9, norms[norms.length / 2]));
    }

    /** Learned | exact | error at the settings' level. */
    static String field(TrainingScene scene, TrainingSettings settings) {
        Grid g = grid(scene, settings.level());
        Canvas c = new Canvas("training-field", 760, 330);
        String quantity = TrainingTexts.quantity(scene.config().target());
        Frame learned = new Frame(34, 46, 220, 220, -LIMIT, LIMIT, -LIMIT, LIMIT);
        Frame exact = new Frame(282, 46, 220, 220, -LIMIT, LIMIT, -LIMIT, LIMIT);
        Frame error = new Frame(530, 46, 220, 220, -LIMIT, LIMIT, -LIMIT, LIMIT);
        panel(c, learned, "Network's " + quantity);
        arrows(c, learned, g, g.learned(), "learned");
        panel(c, exact, "Exact " + quantity);
        arrows(c, exact, g, g.exact(), "exact");
        panel(c, error, "|network − exact|");
        c.nextId("error-map");
        c.g.drawImage(heat(g.error(), g.cap()), (int) error.left(), (int) error.top(), (int) error.width(),
                (int) error.height(), null);
        c.plotted(g.error().length);
        c.font(11, false);
        c.text("Noise level " + g.level() + ": a = " + Numbers.fixed(g.a(), 3) + ", s = " + Numbers.fixed(g.s(), 3)
                + ". Arrow length saturates at " + Numbers.compact(2 * g.scale(), 3) + " (twice the exact median).",
                34, 296, Canvas.MUTED);
        c.text("Heat map: white 0 to dark ≥ " + Numbers.compact(g.cap(), 4) + " (95th percentile of the cells).", 34, 314,
                Canvas.MUTED);
        return c.finish(TrainingTexts.label("field", settings), TrainingTexts.describeField(scene, settings));
    }

    /** x_t of training points, the network's x0-hat and the exact E[x_0 | x_t] at five levels. */
    static String preview(TrainingScene scene, TrainingSettings settings) {
        return SampleGrid.render("training-preview", TrainingTexts.label("preview", settings),
                TrainingTexts.describePreview(scene, settings), TrainingScene.contours(scene.config().dataset()),
                previewCells(scene, previewLevels(settings.level())), PREVIEW_LEVELS.length, 118, true);
    }

    /** The network's x0-hat from noise to clean. */
    static String storyboard(TrainingScene scene) {
        List<SampleGrid.Cell> cells = new ArrayList<>();
        for (int level : STORYBOARD_LEVELS) {
            Denoised d = denoised(scene, level);
            cells.add(new SampleGrid.Cell("Level " + level, "network x̂₀", d.network()));
        }
        return SampleGrid.render("training-storyboard", "Storyboard: the network's denoiser from noise to clean",
                TrainingTexts.describeStoryboard(scene), TrainingScene.contours(scene.config().dataset()), cells,
                cells.size(), 130, true);
    }

    /** {@link #PREVIEW_LEVELS} with the one nearest {@code level} replaced by it (the first of a tie). */
    static int[] previewLevels(int level) {
        int[] levels = PREVIEW_LEVELS.clone();
        int nearest = 0;
        for (int i = 1; i < levels.length; i++) {
            if (Math.abs(levels[i] - level) < Math.abs(levels[nearest] - level)) {
                nearest = i;
            }
        }
        levels[nearest] = level;
        return levels;
    }

    /** Noised training points at a level, and what the network and the exact field denoise them to. */
    record Denoised(int level, PointCloud noised, PointCloud network, PointCloud exact) {

        /** sqrt(mean |x0-hat - E[x_0 | x_t]|^2) over the points. */
        double rms() {
            return network.rmsDistanceTo(exact);
        }
    }

    static Denoised denoised(TrainingScene scene, int level) {
        TrainingProcess process = scene.config().process();
        double t = scene.time(level);
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        PointCloud xt = LevelMaths.noised(scene.trainingPoints(PREVIEW_POINTS), a, s,
                Seeds.stream(scene.config().seed(), PREVIEW_STREAM));
        return new Denoised(level, xt, LevelMaths.denoise(scene.model().field(), a, s, xt),
                LevelMaths.denoise(scene.exact(), a, s, xt));
    }

    private static List<SampleGrid.Cell> previewCells(TrainingScene scene, int[] levels) {
        List<Denoised> columns = Arrays.stream(levels).mapToObj(l -> denoised(scene, l)).toList();
        List<SampleGrid.Cell> cells = new ArrayList<>();
        columns.forEach(d -> cells.add(new SampleGrid.Cell("x_t, level " + d.level(), "noised training points", d.noised())));
        columns.forEach(d -> cells.add(new SampleGrid.Cell("Network x̂₀", "RMS off exact " + Numbers.fixed(d.rms(), 3),
                d.network())));
        columns.forEach(d -> cells.add(new SampleGrid.Cell("Exact E[x₀ | x_t]", "level " + d.level(), d.exact())));
        return cells;
    }

    private static double[][] lattice(int side) {
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                xs[j * side + i] = -LIMIT + 2 * LIMIT * (i + 0.5) / side;
                ys[j * side + i] = -LIMIT + 2 * LIMIT * (j + 0.5) / side;
            }
        }
        return new double[][] {xs, ys};
    }

    private static double[][] predict(TrainingScene scene, boolean network, double a, double s, double[][] at) {
        int n = at[0].length;
        double[] qx = new double[n];
        double[] qy = new double[n];
        LevelMaths.predict(network ? scene.model().field() : scene.exact(), scene.config().target(), a, s, at[0], at[1],
                n, qx, qy);
        return new double[][] {qx, qy};
    }

    private static void panel(Canvas c, Frame f, String heading) {
        c.font(12, true);
        c.text(heading, f.left(), f.top() - 10, Canvas.INK);
        c.g.setColor(Canvas.FAINT);
        c.g.setStroke(Canvas.HAIRLINE);
        c.g.draw(f.box());
    }

    /** Arrows of length 12 |q| / (|q| + scale) px: comparable between the two panels, saturating far out. */
    private static void arrows(Canvas c, Frame f, Grid g, double[][] q, String id) {
        Path2D.Double path = new Path2D.Double();
        int drawn = 0;
        for (int k = 0; k < g.ax().length; k++) {
            double norm = Math.hypot(q[0][k], q[1][k]);
            if (!(norm > 1e-12) || !Double.isFinite(norm)) {
                continue;
            }
            double length = 12 * norm / (norm + g.scale());
            double ux = q[0][k] / norm;
            double uy = -q[1][k] / norm;
            double x = f.px(g.ax()[k]);
            double y = f.py(g.ay()[k]);
            double ex = x + length * ux;
            double ey = y + length * uy;
            double head = Math.min(4, 0.4 * length);
            path.moveTo(x, y);
            path.lineTo(ex, ey);
            path.lineTo(ex - head * (ux * 0.9 - uy * 0.42), ey - head * (uy * 0.9 + ux * 0.42));
            drawn++;
        }
        c.plotted(drawn);
        c.nextId(id + "-arrows");
        c.drawFine(path, Canvas.INK, ARROW);
    }

    private static BufferedImage heat(double[] error, double cap) {
        BufferedImage image = new BufferedImage(CELLS, CELLS, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < CELLS; j++) {
            for (int i = 0; i < CELLS; i++) {
                double v = Math.min(1, error[j * CELLS + i] / cap);
                int r = (int) Math.round(255 + v * (DARK[0] - 255));
                int gr = (int) Math.round(255 + v * (DARK[1] - 255));
                int b = (int) Math.round(255 + v * (DARK[2] - 255));
                image.setRGB(i, CELLS - 1 - j, new Color(r, gr, b).getRGB());
            }
        }
        return image;
    }
}
