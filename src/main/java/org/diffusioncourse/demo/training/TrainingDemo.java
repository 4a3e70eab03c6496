package org.diffusioncourse.demo.training;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.TrainingConfig;

/**
 * The training demo: the settings of {@link TrainingSettings} (a run, and how it is looked at);
 * figures {@code loss}, {@code field}, {@code preview}, {@code samples} and {@code memorise}
 * ({@link TrainingTexts} writes their words); answers, all for the run and view of their params:
 * <ul>
 *   <li>{@code final-loss}: the mean minibatch loss of the last 100 steps;</li>
 *   <li>{@code loss-floor}: the exact floor over all noise levels ({@link TrainingScene#floor});</li>
 *   <li>{@code loss-gap}: final-loss - loss-floor;</li>
 *   <li>{@code field-error}: the RMS of network minus exact prediction of the target over x_t ~ p_t at
 *       {@code level} ({@link LevelMaths#fieldError});</li>
 *   <li>{@code sampler-error}, {@code model-error}: the split of {@link SampleComparison} for
 *       {@code sampler} (and {@code y}, {@code w} for a class-conditional network);</li>
 *   <li>{@code copy-share}, {@code median-nearest}: of the network's samples by {@code sampler}
 *       against its training set ({@link Copying}).</li>
 * </ul>
 *
 * <p>Scenes are keyed by the run ({@link TrainingSettings#config()}); a scene holds the network
 * (at most about 0.3 MB) and up to six sample comparisons (0.2 MB); {@value #SCENES_KEPT} are kept.
 * Building one for a run nobody has trained trains it (seconds; {@link
 * org.diffusioncourse.simulation.learn.ModelLibrary#trained}).
 */
public final class TrainingDemo extends Demo<TrainingSettings, TrainingConfig, TrainingScene> {

    public static final String ID = "training";
    static final int SCENES_KEPT = 8;

    public TrainingDemo() {
        super(ID, TrainingSettings.PARAMS, Set.of("dataset", "process", "target", "weighting", "width", "layers", "batch",
                "steps", "lr", "n", "conditional", "seed", "sampler"), TrainingSettings::config, TrainingScene::of,
                SCENES_KEPT);
        figure("loss", (scene, s, revealed) -> TrainingFigures.loss(scene), caption("loss"),
                (scene, s, revealed) -> TrainingFigures.lossTable(scene));
        figure("field", (scene, s, revealed) -> FieldFigures.field(scene, s), caption("field"));
        figure("preview", (scene, s, revealed) -> FieldFigures.preview(scene, s), caption("preview"));
        figure("samples", (scene, s, revealed) -> TrainingFigures.samples(scene, s), caption("samples"));
        figure("memorise", (scene, s, revealed) -> MemoriseFigure.render(scene, s), caption("memorise"));
        stepText(s -> "level " + s.level() + " · t = " + TextParams.format(s.time()));
        answers(Stream.of("final-loss", "loss-floor", "loss-gap", "field-error", "sampler-error", "model-error",
                "copy-share", "median-nearest").map(Quantity::of).toArray(Quantity[]::new));
        witness("learn-embedding", "simulation/learn/Mlp.java");
        witness("learn-forward", "simulation/learn/Mlp.java");
        witness("learn-backward", "simulation/learn/Mlp.java");
        witness("learn-adam", "simulation/learn/Adam.java");
        witness("learn-step", "simulation/learn/Trainer.java");
        witness("learn-targets", "simulation/learn/Target.java");
        witness("learn-time", "simulation/learn/TrainingProcess.java");
        witness("learn-field", "simulation/learn/LearnedField.java");
        widget((settings, problems, onChange) -> new TrainingWidget(this, settings, problems, onChange));
    }

    /** The network's denoiser at levels 90, 70, 50, 30 and 10: blurry to sharp. */
    /** The words of figure {@code name} ({@link TrainingTexts}). */
    private static Captioner<TrainingSettings, TrainingScene> caption(String name) {
        return (scene, s, revealed) -> new FigureCaption(TrainingTexts.label(name, s), TrainingTexts.text(name, scene, s),
                TrainingTexts.readout(name, scene, s));
    }

    @Override
    protected Component storyboardOf(TrainingSettings settings) {
        TrainingScene scene = scene(settings);
        return new StoryboardFigure(FieldFigures.storyboard(scene), "Storyboard of the network's denoiser from noise to clean",
                TrainingTexts.describeStoryboard(scene), "storyboard-text-" + ID + "-"
                        + Integer.toHexString(settings.config().hashCode()));
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        TrainingSettings s = settingsOf(params);
        TrainingScene scene = scene(s);
        String run = " of the network trained on " + TrainingTexts.runName(s.config()) + ", seed " + s.seed() + ".";
        String view = " (" + s.sampler().label() + ", " + TrainingScene.SAMPLES + " samples from seed " + s.seed()
                + (s.conditional() ? ", class " + s.y() + ", w = " + s.w() : "") + ")";
        return switch (quantity) {
            case "final-loss" -> ComputedAnswer.number(scene.finalLoss(), 4, "Mean minibatch loss of the last 100 steps" + run);
            case "loss-floor" -> ComputedAnswer.number(scene.floor().mean(), 4, "The exact loss floor (the exact denoiser's "
                    + "loss, Monte Carlo standard error " + String.format(java.util.Locale.ROOT, "%.4f",
                    scene.floor().standardError()) + ")" + run);
            case "loss-gap" -> ComputedAnswer.number(scene.lossGap(), 4, "Final loss minus the exact loss floor" + run);
            case "field-error" -> ComputedAnswer.number(scene.fieldError(s.level()), 4, "RMS over x_t drawn from p_t at"
                    + " noise level " + s.level() + " of the network's minus the exact prediction of its target" + run);
            case "sampler-error" -> ComputedAnswer.number(scene.samples(s).samplerError(), 4, "Energy distance to the "
                    + "target of the exact field's samples" + view + run);
            case "model-error" -> ComputedAnswer.number(scene.samples(s).modelError(), 4, "Energy distance to the target "
                    + "of the network's samples minus that of the exact field's" + view + run);
            case "copy-share" -> ComputedAnswer.number(memorisation(s).copyShare(), 3, "Share of " + Copying.SAMPLES
                    + " unguided samples whose nearest training point is under a third as far as the second nearest ("
                    + s.sampler().label() + ")" + run);
            case "median-nearest" -> ComputedAnswer.number(memorisation(s).medianNearest(), 4, "Median distance of "
                    + Copying.SAMPLES + " unguided samples to their nearest training point (" + s.sampler().label() + ")"
                    + run);
            default -> throw unknownQuantity(quantity);
        };
    }

    private static Memorisation.Report memorisation(TrainingSettings s) {
        return Copying.of(s.config(), s.sampler());
    }

    /** Training runs learners started from pages that are training now, across the server (for the metrics). */
    public static int runsTraining() {
        return TrainingRun.training();
    }

    /** Training runs learners started from pages that wait for a free slot now (for the metrics). */
    public static int runsWaiting() {
        return TrainingRun.waiting();
    }
}
