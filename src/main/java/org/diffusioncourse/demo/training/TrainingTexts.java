package org.diffusioncourse.demo.training;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.render.SampleGrid;
import org.diffusioncourse.simulation.learn.LossFloor;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingConfig;

/**
 * The words of the training demo's figures, from the numbers they draw: a short label, the text
 * alternative and the readout line of each figure ({@code loss}, {@code field}, {@code preview},
 * {@code samples}, {@code memorise}). Pure.
 */
public final class TrainingTexts {

    /** The figures, in the order the demo declares them. */
    public static final List<String> FIGURES = List.of("loss", "field", "preview", "samples", "memorise");

    private TrainingTexts() {
    }

    /** The short name a screen reader reads first. */
    public static String label(String figure, TrainingSettings settings) {
        return switch (figure) {
            case "loss" -> "Training loss against the exact loss floor";
            case "field" -> "Network's and exact " + quantity(settings.target()) + " at noise level " + settings.level();
            case "preview" -> "Denoiser preview: noised training points, the network's and the exact denoiser";
            case "samples" -> "Samples of the network and of the exact field, " + settings.sampler().shortLabel();
            case "memorise" -> "How close the network's samples come to its training points";
            default -> throw unknown(figure);
        };
    }

    /** The text alternative of {@code figure}. */
    public static String text(String figure, TrainingScene scene, TrainingSettings settings) {
        return switch (figure) {
            case "loss" -> describeLoss(scene);
            case "field" -> describeField(scene, settings);
            case "preview" -> describePreview(scene, settings);
            case "samples" -> describeSamples(scene, settings);
            case "memorise" -> describeMemorise(scene, settings);
            default -> throw unknown(figure);
        };
    }

    /** The readout line under {@code figure}. */
    public static String readout(String figure, TrainingScene scene, TrainingSettings settings) {
        return switch (figure) {
            case "loss" -> "final loss " + fixed(scene.finalLoss()) + " · floor " + estimate(scene.floor()) + " · gap "
                    + fixed(scene.lossGap());
            case "field" -> "level " + settings.level() + " · field error (RMS over p_t) "
                    + fixed(scene.fieldError(settings.level()));
            case "preview" -> "level " + settings.level() + " · network x̂₀ off the exact E[x₀ | x_t] by "
                    + Numbers.fixed(FieldFigures.denoised(scene, settings.level()).rms(), 4) + " (RMS)";
            case "samples" -> {
                SampleComparison s = scene.samples(settings);
                yield "total " + fixed(s.total()) + " = model error " + fixed(s.modelError()) + " + sampler error "
                        + fixed(s.samplerError()) + " · ED(network, exact) " + fixed(s.gap());
            }
            case "memorise" -> {
                Memorisation.Report r = Copying.of(scene.config(), settings.sampler());
                yield "near-copies " + Numbers.percent(r.copyShare()) + " (chance "
                        + Numbers.percent(Copying.chance(scene.config()).copyShare())
                        + ") · median distance to nearest training point " + fixed(r.medianNearest());
            }
            default -> throw unknown(figure);
        };
    }

    /** E.g. "two moons, ddpm-linear, eps, 3000 steps, 4096 points". */
    static String runName(TrainingConfig c) {
        return c.dataset().label().toLowerCase(java.util.Locale.ROOT) + ", " + c.process().id() + ", " + c.target().id()
                + " target, width " + c.width() + " x " + c.layers() + ", " + c.steps() + " steps, "
                + c.trainingSetSize() + " training points" + (c.classConditional() ? ", class-conditional" : "");
    }

    /** What the network outputs, in words. */
    static String quantity(Target target) {
        return switch (target) {
            case EPS -> "noise prediction ε̂";
            case X0 -> "denoiser x̂₀";
            case VELOCITY -> "velocity v̂";
            case SCORE -> "score ŝ";
        };
    }

    static String describeCurve(double[][] curve, int done, int steps, LossFloor.Estimate floor) {
        if (curve[0].length == 0) {
            return "No step done yet of " + steps + ". The exact loss floor is " + estimate(floor) + ".";
        }
        double[] ys = curve[1];
        return "Smoothed minibatch loss over " + done + " of " + steps + " steps: " + fixed(ys[0]) + " at step "
                + (int) curve[0][0] + ", " + fixed(ys[ys.length - 1]) + " at step " + done + ". The exact loss floor, "
                + "the least any network can reach on the data set, is " + estimate(floor) + ".";
    }

    static String describeLoss(TrainingScene scene) {
        double[] losses = scene.model().losses();
        StringBuilder sb = new StringBuilder(describeCurve(LossPanels.smoothed(losses, losses.length,
                scene.config().steps()), losses.length, scene.config().steps(), scene.floor()));
        sb.append(" Final loss (mean of the last 100 steps) ").append(fixed(scene.finalLoss())).append(", ")
                .append(fixed(scene.lossGap())).append(" above the floor.");
        if (scene.finalLoss() < scene.floor().mean() - 2 * scene.floor().standardError()) {
            sb.append(" That is below the floor of the data set: on its ").append(scene.config().trainingSetSize())
                    .append(" training points the network does better than any predictor can on fresh data, so it has"
                            + " learnt the points themselves.");
        }
        sb.append(" Loss per noise level on fresh pairs from the data set against the floor there, on the same pairs")
                .append(scene.config().classConditional() ? " (for this class-conditional network, its unconditional"
                        + " field against the unconditional floor):" : ":");
        for (TrainingScene.LevelLoss l : scene.levelLosses()) {
            sb.append(" level ").append(l.level()).append(' ').append(fixed(l.loss())).append(" vs ")
                    .append(fixed(l.floor().mean())).append(';');
        }
        sb.setLength(sb.length() - 1);
        return sb.append('.').toString();
    }

    static String describeField(TrainingScene scene, TrainingSettings settings) {
        FieldFigures.Grid g = FieldFigures.grid(scene, settings.level());
        int worst = 0;
        double sum = 0;
        for (int k = 0; k < g.error().length; k++) {
            sum += g.error()[k] * g.error()[k];
            worst = g.error()[k] > g.error()[worst] ? k : worst;
        }
        int n = FieldFigures.CELLS;
        double step = 2 * FieldFigures.LIMIT / n;
        return "At noise level " + settings.level() + " (t = " + Numbers.compact(scene.time(settings.level()), 4)
                + ", a = " + Numbers.fixed(g.a(), 3) + ", s = " + Numbers.fixed(g.s(), 3) + "), the network's and the "
                + "exact " + quantity(scene.config().target()) + " as arrows on a " + FieldFigures.ARROWS + " by "
                + FieldFigures.ARROWS + " grid over [−3, 3]², median exact length " + fixed(g.scale()) + ". Their"
                + " difference on a " + n + " by " + n + " grid: RMS " + fixed(Math.sqrt(sum / g.error().length))
                + ", largest " + fixed(g.error()[worst]) + " at (" + Numbers.fixed(-FieldFigures.LIMIT + step
                * (worst % n + 0.5), 1) + ", " + Numbers.fixed(-FieldFigures.LIMIT + step * (worst / n + 0.5), 1)
                + "). Where the noised data lie (x_t drawn from p_t) the RMS error is "
                + fixed(scene.fieldError(settings.level())) + ".";
    }

    static String describePreview(TrainingScene scene, TrainingSettings settings) {
        String columns = java.util.Arrays.stream(FieldFigures.previewLevels(settings.level()))
                .mapToObj(l -> FieldFigures.denoised(scene, l))
                .map(d -> "level " + d.level() + ": x̂₀ off the exact E[x₀ | x_t] by " + Numbers.fixed(d.rms(), 3)
                        + " (RMS), exact denoised points spread " + Numbers.fixed(spread(d), 2))
                .collect(Collectors.joining("; "));
        return "Up to " + FieldFigures.PREVIEW_POINTS + " training points noised to five levels (top row), what the "
                + "network denoises them to (middle) and the exact posterior mean E[x₀ | x_t] (bottom); with more noise"
                + " both pull towards the middle of the data, blurry, and sharpen as the noise falls. " + columns + ".";
    }

    /** Root mean square distance of the exact denoised points from their mean. */
    private static double spread(FieldFigures.Denoised d) {
        double[][] c = d.exact().covariance();
        return Math.sqrt(c[0][0] + c[1][1]);
    }

    static String describeSamples(TrainingScene scene, TrainingSettings settings) {
        SampleComparison s = scene.samples(settings);
        List<SampleGrid.Cell> cells = TrainingFigures.sampleCells(scene, settings);
        String target = scene.config().classConditional() ? "class " + settings.y() + " guided with w = "
                + Numbers.compact(settings.w(), 2) + ", scored against p(x | y)" : "scored against the data set";
        return TrainingScene.SAMPLES + " samples each, " + settings.sampler().label() + " from the same starting noise, "
                + target + ". " + SampleGrid.describe(scene.sampleContours(settings.y()), cells.get(0)) + ". "
                + SampleGrid.describe(scene.sampleContours(settings.y()), cells.get(1)) + ". Energy distance to the "
                + "target: network " + fixed(s.total()) + ", exact field " + fixed(s.samplerError())
                + " (the sampler error), so the model error is " + fixed(s.modelError())
                + "; between the two clouds " + fixed(s.gap()) + "."
                + (scene.config().classConditional() ? " With guidance the exact field's distance holds the guidance's"
                        + " own departure from p(x | y) as well as the sampler's." : "")
                + " Energy distances are unbiased estimates and may be slightly negative near 0.";
    }

    static String describeMemorise(TrainingScene scene, TrainingSettings settings) {
        TrainingConfig config = scene.config();
        Memorisation.Report r = Copying.of(config, settings.sampler());
        StringBuilder sb = new StringBuilder().append(Copying.SAMPLES).append(" network samples against its ")
                .append(config.trainingSetSize()).append(" training points: ").append(Numbers.percent(r.copyShare()))
                .append(" are near-copies (nearest training point under a third as far as the second nearest); median"
                        + " distance to the nearest ").append(fixed(r.medianNearest())).append(". Copy share by training-set size:");
        for (Copying.Point p : Copying.sweep(config, settings.sampler())) {
            sb.append(' ').append(p.config().trainingSetSize()).append(" points (").append(p.config().steps())
                    .append(" steps) ").append(Numbers.percent(p.report().copyShare())).append(" against ")
                    .append(Numbers.percent(p.chance())).append(" by chance,");
        }
        sb.setLength(sb.length() - 1);
        sb.append(". Chance is the share of fresh draws from the data set, which copy nothing, that pass the same test.");
        OptionalDouble empirical = Copying.empiricalShare(config, settings.sampler());
        sb.append(" The exact denoiser of the training set itself ").append(empirical.isPresent()
                ? "copies " + Numbers.percent(empirical.getAsDouble()) + " of its samples."
                : "is too costly to sample for this many points.");
        return sb.toString();
    }

    static String describeStoryboard(TrainingScene scene) {
        return "The network's denoiser x̂₀ of noised training points at levels 90, 70, 50, 30 and 10 of "
                + runName(scene.config()) + ": " + java.util.Arrays.stream(FieldFigures.STORYBOARD_LEVELS)
                .mapToObj(l -> FieldFigures.denoised(scene, l))
                .map(d -> "level " + d.level() + " spread " + Numbers.fixed(Math.sqrt(d.network().covariance()[0][0]
                        + d.network().covariance()[1][1]), 2) + ", off exact " + Numbers.fixed(d.rms(), 3))
                .collect(Collectors.joining("; ")) + ". Blurry averages at high noise sharpen into the data's shape.";
    }

    private static String estimate(LossFloor.Estimate e) {
        return fixed(e.mean()) + " ± " + Numbers.fixed(e.standardError(), 4);
    }

    private static String fixed(double v) {
        return Numbers.fixed(v, 4);
    }

    private static IllegalArgumentException unknown(String figure) {
        return new IllegalArgumentException("figure must be one of " + String.join(", ", FIGURES) + "; was \"" + figure + "\"");
    }
}
