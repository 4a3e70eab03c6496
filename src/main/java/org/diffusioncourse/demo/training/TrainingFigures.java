package org.diffusioncourse.demo.training;

import java.util.List;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.render.Canvas;
import org.diffusioncourse.render.Frame;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.simulation.learn.LossFloor;
import org.diffusioncourse.simulation.learn.TrainingConfig;

/**
 * The training demo's loss and sample figures, and the live loss curve the widget draws while a
 * run goes on. Pure: the same scene and settings give the same bytes; the text alternatives are
 * {@link TrainingTexts}'.
 */
public final class TrainingFigures {

    static final int WIDTH = 760;
    static final int HEIGHT = 320;

    private TrainingFigures() {
    }

    /**
     * The loss curve so far of a run of {@code config}: the smoothed minibatch loss of the first
     * {@code done} steps of {@code losses} against the step (x axis 0 .. steps, log y), with the
     * exact floor and its band, as {@link #loss} draws it.
     */
    public static String liveLoss(TrainingConfig config, double[] losses, int done, LossFloor.Estimate floor) {
        if (done < 0 || done > losses.length || done > config.steps()) {
            throw new IllegalArgumentException("done must be between 0 and " + Math.min(losses.length, config.steps())
                    + ", was " + done);
        }
        Canvas c = new Canvas("training-live-loss", WIDTH / 2 + 40, HEIGHT);
        double[][] curve = LossPanels.smoothed(losses, done, config.steps());
        curvePanel(c, config, curve, floor);
        return c.finish("Training loss so far, step " + done + " of " + config.steps(),
                TrainingTexts.describeCurve(curve, done, config.steps(), floor));
    }

    /** The loss curve of the run against the floor, and the loss per noise level against the floor per level. */
    static String loss(TrainingScene scene) {
        TrainingConfig config = scene.config();
        Canvas c = new Canvas("training-loss", WIDTH, HEIGHT);
        double[] losses = scene.model().losses();
        double[][] curve = LossPanels.smoothed(losses, losses.length, config.steps());
        curvePanel(c, config, curve, scene.floor());
        List<TrainingScene.LevelLoss> levels = scene.levelLosses();
        double[] values = new double[3 * levels.size()];
        double[] xs = new double[levels.size()];
        double[] ys = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            TrainingScene.LevelLoss l = levels.get(i);
            xs[i] = l.level();
            ys[i] = l.loss();
            values[3 * i] = l.loss();
            values[3 * i + 1] = l.floor().mean() - 2 * l.floor().standardError();
            values[3 * i + 2] = l.floor().mean() + 2 * l.floor().standardError();
        }
        Frame f = LossPanels.axes(c, 470, 40, 260, 210, 0, 100, LossPanels.decades(values),
                "Loss per noise level (fresh pairs)", "noise level (0 clean, 100 noise)");
        LossPanels.levelFloor(c, f, levels);
        LossPanels.curve(c, f, xs, ys, Canvas.BLUE, "level-loss");
        c.font(11, false);
        c.text("Blue: network's loss; green dashed: exact floor, band ±2 standard errors.", 60, HEIGHT - 12,
                Canvas.MUTED);
        return c.finish("Training loss of " + TrainingTexts.runName(config) + " against the exact floor",
                TrainingTexts.describeLoss(scene));
    }

    /**
     * The numbers {@link #loss} draws, as rows {@code series, x, y, low, high}: {@code loss} (the
     * smoothed minibatch loss against the step), {@code floor} (the exact floor with its ±2
     * standard-error band, at the first and last step), {@code level-loss} (the network's loss per
     * noise level) and {@code level-floor} (the floor per level with its band).
     */
    static DataTable lossTable(TrainingScene scene) {
        DataTable table = DataTable.of("series", "x", "y", "low", "high");
        double[] losses = scene.model().losses();
        double[][] curve = LossPanels.smoothed(losses, losses.length, scene.config().steps());
        for (int i = 0; i < curve[0].length; i++) {
            table.row(table.padded("loss", curve[0][i], curve[1][i]));
        }
        LossFloor.Estimate floor = scene.floor();
        for (int step : new int[] {0, scene.config().steps()}) {
            table.row("floor", step, floor.mean(), floor.mean() - 2 * floor.standardError(),
                    floor.mean() + 2 * floor.standardError());
        }
        for (TrainingScene.LevelLoss l : scene.levelLosses()) {
            table.row(table.padded("level-loss", l.level(), l.loss()));
        }
        for (TrainingScene.LevelLoss l : scene.levelLosses()) {
            table.row("level-floor", l.level(), l.floor().mean(), l.floor().mean() - 2 * l.floor().standardError(),
                    l.floor().mean() + 2 * l.floor().standardError());
        }
        return table;
    }

    /** The left panel: smoothed loss against the step, floor and band. */
    private static void curvePanel(Canvas c, TrainingConfig config, double[][] curve, LossFloor.Estimate floor) {
        double[] values = new double[curve[1].length + 2];
        System.arraycopy(curve[1], 0, values, 0, curve[1].length);
        values[curve[1].length] = floor.mean() - 2 * floor.standardError();
        values[curve[1].length + 1] = floor.mean() + 2 * floor.standardError();
        Frame f = LossPanels.axes(c, 60, 40, 320, 210, 0, config.steps(), LossPanels.decades(values),
                "Minibatch loss (smoothed) against the step", "step");
        LossPanels.floorBand(c, f, floor, "floor");
        LossPanels.curve(c, f, curve[0], curve[1], Canvas.BLUE, "loss-curve");
    }

    /** Network samples beside the exact field's, same sampler and starting noise, over the target's contours. */
    static String samples(TrainingScene scene, TrainingSettings settings) {
        return SampleGrid.render("training-samples", TrainingTexts.label("samples", settings),
                TrainingTexts.describeSamples(scene, settings), scene.sampleContours(settings.y()),
                sampleCells(scene, settings), 2, 300);
    }

    static List<SampleGrid.Cell> sampleCells(TrainingScene scene, TrainingSettings settings) {
        SampleComparison s = scene.samples(settings);
        String sampler = settings.sampler().shortLabel();
        return List.of(
                new SampleGrid.Cell("Network · " + sampler, "ED to target " + Numbers.fixed(s.total(), 4)
                        + " (model error " + Numbers.fixed(s.modelError(), 4) + ")", s.network()),
                new SampleGrid.Cell("Exact field · " + sampler, "ED to target " + Numbers.fixed(s.samplerError(), 4)
                        + " (sampler error)", s.exact()));
    }
}
