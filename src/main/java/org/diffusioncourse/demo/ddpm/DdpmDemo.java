package org.diffusioncourse.demo.ddpm;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The DDPM lesson's demo: a cloud noised and denoised over T = 100 steps with the exact noise
 * prediction. Parameters {@code dataset}, {@code t}, {@code seed}, {@code n}; one figure;
 * answers about the posterior q(x_{t-1} | x_t, x_0), the smallest loss and the reverse cloud.
 *
 * <p>Scenes: the forward and reverse clouds at all 101 steps, at most 1000 points x 101 steps x
 * 2 clouds, under 3.3 MB; {@value #SCENES_KEPT} are kept.
 */
public final class DdpmDemo extends Demo<DdpmSettings, DdpmSettings.SceneKey, DdpmScene> {

    public static final String ID = "ddpm-reverse";
    static final int SCENES_KEPT = 12;

    public DdpmDemo() {
        super(ID, DdpmSettings.PARAMS, Set.of("dataset", "seed", "n"), DdpmSettings::sceneKey,
                key -> DdpmScene.of(key.dataset(), key.seed(), key.n()), SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> DdpmFigure.render(scene, s.t(), revealed),
                (scene, s, revealed) -> caption(scene, s.t(), revealed),
                (scene, s, revealed) -> DdpmFigure.table(scene, s.t(), revealed));
        stepText(s -> "t = " + s.t());
        answers(atStep("alpha-bar"), atNoisyStep("posterior-variance-ratio"), atNoisyStep("posterior-weight-x0"),
                atNoisyStep("posterior-weight-xt"), atNoisyStep("minimal-loss"), Quantity.of("hardest-band"),
                atStep("reverse-spread"));
        widget((s, problems, onChange) -> new DdpmWidget(this, s, problems, onChange));
        witness("ddpm-forward-chain", "demo/ddpm/DdpmScene.java");
        witness("ddpm-training-pair", "demo/ddpm/DdpmScene.java");
        witness("ddpm-reverse-step", "demo/ddpm/DdpmScene.java");
    }

    /** A quantity at the step t of its params. */
    private static Quantity atStep(String name) {
        return Quantity.of(name).needs("a step t in params", "t");
    }

    /** A quantity at a noisy step, t &gt;= 1. */
    private static Quantity atNoisyStep(String name) {
        return atStep(name).checks((params, problems) -> {
            Reading<DdpmSettings> reading = DdpmSettings.PARAMS.read(params);
            if (params.containsKey("t") && reading.ok() && reading.settings().t() < 1) {
                problems.add("quantity '" + name + "' needs t between 1 and " + DdpmScene.STEPS + ", was 0");
            }
        });
    }

    /** The figure's label, text alternative and readout at step {@code step}. */
    private static FigureCaption caption(DdpmScene scene, int step, boolean revealed) {
        NoiseSchedule schedule = DdpmScene.schedule();
        String numbers = step == 0
                ? "t = 0 · ᾱ_0 = 1 · clean data, nothing to predict"
                : String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · β_t = %.4f · β̃_t = %.4f · posterior mean = %.4f x_0 + %.4f x_t"
                        + " · smallest loss %.3f", step, schedule.alphaBar(step), schedule.beta(step),
                        DdpmScene.posteriorVariance(step), DdpmScene.posteriorDataWeight(step),
                        DdpmScene.posteriorNoisyWeight(step), scene.minimalLoss(step));
        return new FigureCaption("DDPM figure at step " + step, DdpmFigure.describe(scene, step, revealed), numbers);
    }

    @Override
    protected Component storyboardOf(DdpmSettings settings) {
        DdpmScene scene = scene(settings);
        return new StoryboardFigure(DdpmFigure.storyboard(scene),
                "Storyboard of the DDPM forward and reverse chains", DdpmFigure.describeStoryboard(scene),
                ID + "-storyboard-text");
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        DdpmSettings s = settingsOf(params);
        int t = s.t();
        NoiseSchedule schedule = DdpmScene.schedule();
        String where = "the linear schedule with T = " + DdpmScene.STEPS + " (β from 0.001 to 0.2) at t = " + t;
        String setup = s.dataset().label().toLowerCase(Locale.ROOT) + ", seed " + s.seed() + ", " + s.n() + " points";
        return switch (quantity) {
            case "alpha-bar" -> ComputedAnswer.number(schedule.alphaBar(t), 4, "ᾱ_t from " + where + ".");
            case "posterior-variance-ratio" -> ComputedAnswer.number(DdpmScene.posteriorVariance(t) / schedule.beta(t), 4,
                    "β̃_t / β_t = (1 − ᾱ_{t−1}) / (1 − ᾱ_t) from " + where + ".");
            case "posterior-weight-x0" -> ComputedAnswer.number(DdpmScene.posteriorDataWeight(t), 4,
                    "√ᾱ_{t−1} β_t / (1 − ᾱ_t) from " + where + ".");
            case "posterior-weight-xt" -> ComputedAnswer.number(DdpmScene.posteriorNoisyWeight(t), 4,
                    "√α_t (1 − ᾱ_{t−1}) / (1 − ᾱ_t) from " + where + ".");
            case "minimal-loss" -> new ComputedAnswer(String.format(Locale.ROOT, "%.3f", scene(s).minimalLoss(t)),
                    "Mean of |ε − E[ε | x_t]|² over the " + s.n() + " noised points (" + setup + ") at t = " + t
                            + "; a Monte Carlo estimate, so nearby answers count.", 0.05);
            case "hardest-band" -> {
                DdpmScene scene = scene(s);
                int worst = scene.hardestStep();
                yield new ComputedAnswer(CrossingBand.of(worst, DdpmScene.STEPS).id(), String.format(Locale.ROOT,
                        "With %s the smallest loss is largest at t = %d (%.3f) and falls to %.3f at t = %d.", setup,
                        worst, scene.minimalLoss(worst), scene.minimalLoss(DdpmScene.STEPS), DdpmScene.STEPS));
            }
            case "reverse-spread" -> new ComputedAnswer(String.format(Locale.ROOT, "%.2f", scene(s).reverseSpread(t)),
                    "Trace of the covariance of the reverse cloud at t = " + t + " (" + setup
                            + "); the data and N(0, I) both have 2.", 0.05);
            default -> throw unknownQuantity(quantity);
        };
    }
}
