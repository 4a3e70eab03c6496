package org.diffusioncourse.demo.score;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.render.LossGuideFigure;
import org.diffusioncourse.simulation.ScoreMagnitude;

/**
 * The score-field demo of the score-matching lesson: parameters {@code dataset},
 * {@code schedule}, {@code t}, {@code px} and {@code py}; one figure; answers {@code score-x},
 * {@code score-y}, {@code score-norm}, {@code denoised-x}, {@code denoised-y},
 * {@code noise-x} and {@code noise-y} at the probe point, all exact from the noised mixture.
 *
 * <p>Scenes: the schedule and the noised mixture of one target, about 30 KB and built in well under
 * a millisecond; all {@value #SCENES_KEPT} are kept. The expensive part is a field at one t (the
 * density grid and the arrows, about 41 KB), which the probe does not change; the last
 * {@value #FIELDS_KEPT} are kept, so scrubbing back or moving the probe only draws. Under the
 * figure, the score-size table ({@link ScoreMagnitudeTable}) takes one quadrature per step (1 to
 * 450 ms, the two moons' many narrow modes at t = 0 the slowest); its rows are cached by target,
 * schedule and step, {@value #MAGNITUDES_KEPT} of them.
 */
public final class ScoreDemo extends Demo<ScoreSettings, ScoreSettings.SceneKey, ScoreFieldScene> {

    public static final String ID = "score-field";
    /** Every target with every schedule. */
    static final int SCENES_KEPT = 10;
    static final int FIELDS_KEPT = 160;
    static final int MAGNITUDES_KEPT = 400;
    /** The loss guide's SVG: fixed content, drawn once. */
    private static final String LOSS_GUIDE = LossGuideFigure.render();

    /** The storyboard's steps: clean, three levels of noise, and almost pure noise. */
    static final int[] STORYBOARD_STEPS = {0, 100, 250, 500, 1000};

    /** A missing field rebuilds its scene rather than reaching into the scene cache: that costs far less than the field. */
    private final BoundedCache<ScoreSettings.FieldKey, ScoreFieldScene.Frame> fields = BoundedCache.of(ID + "-grids",
            FIELDS_KEPT, key -> build(key.scene()).frame(key.t()));

    /** Rows of the score-size table, a quadrature each; every step of every table for all scenes fits. */
    private final BoundedCache<ScoreSettings.FieldKey, ScoreMagnitude.Row> magnitudes = BoundedCache.of(
            ID + "-magnitudes", MAGNITUDES_KEPT, key -> build(key.scene()).magnitude(key.t()));

    public ScoreDemo() {
        super(ID, ScoreSettings.PARAMS, Set.of("dataset", "schedule"), ScoreSettings::sceneKey,
                ScoreDemo::build, SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> ScoreFieldFigure.render(scene, field(s), s.px(), s.py(), revealed),
                this::caption,
                (scene, s, revealed) -> ScoreFieldFigure.table(scene, field(s), s.px(), s.py(), revealed));
        stepText(s -> "t = " + s.t());
        answers(Stream.of("score-x", "score-y", "score-norm", "denoised-x", "denoised-y", "noise-x", "noise-y")
                .map(name -> Quantity.of(name).needs("the point px and py in params", "px", "py"))
                .toArray(Quantity[]::new));
        widget((s, problems, onChange) -> new ScoreWidget(this, s, problems, onChange));
        witness("sm-probe", "demo/score/ScoreFieldScene.java");
        witness("sm-mixture-score", "simulation/NoisedMixture.java");
        witness("sm-hyvarinen", "demo/likelihood/ScoreMatchingFit.java");
        witness("sm-dsm", "demo/score/DenoisingScoreMatching.java");
    }

    private static ScoreFieldScene build(ScoreSettings.SceneKey key) {
        return ScoreFieldScene.of(key.dataset(), key.schedule());
    }

    /** The density grid and arrows at the settings' t, from the cache. */
    /** The figure's words: the step, the schedule and the probe's score, denoised point and noise. */
    private FigureCaption caption(ScoreFieldScene scene, ScoreSettings settings, boolean revealed) {
        ScoreFieldScene.Frame frame = field(settings);
        ScoreFieldScene.Probe p = scene.probe(settings.px(), settings.py(), settings.t());
        return new FigureCaption("Score field at t = " + settings.t(), ScoreFieldFigure.describe(scene, frame, p, revealed),
                String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · probe (%s, %s): score (%.3f, %.3f), E[x_0 | x_t] = "
                                + "(%.3f, %.3f), E[ε | x_t] = (%.3f, %.3f)", settings.t(), frame.alphaBar(),
                        TextParams.format(settings.px()), TextParams.format(settings.py()), p.score().x(), p.score().y(),
                        p.denoised().x(), p.denoised().y(), p.noise().x(), p.noise().y()));
    }

    ScoreFieldScene.Frame field(ScoreSettings settings) {
        return fields.get(settings.fieldKey());
    }

    /** The score-size row of the settings' target and schedule at step {@code t}, from the cache. */
    ScoreMagnitude.Row magnitude(ScoreSettings settings, int t) {
        return magnitudes.get(new ScoreSettings.FieldKey(settings.sceneKey(), t));
    }

    /** Under the denoising code, the guide to the three losses; its SVG is fixed, so it is drawn once. */
    @Override
    public List<Component> witnessExtras(String witness) {
        return witness.equals("sm-dsm") ? List.of(new StoryboardFigure(LOSS_GUIDE,
                "Decision guide: which of the three score losses to use", LossGuideFigure.describe(), "loss-guide-text"))
                : List.of();
    }

    /** The default table's rows, so the first page does not run seven quadratures on the request thread. */
    @Override
    protected void warmUpExtras(ScoreSettings defaults) {
        for (int step : ScoreMagnitudeTable.STEPS) {
            magnitude(defaults, step);
        }
    }

    @Override
    protected List<BoundedCache<?, ?>> extraCaches() {
        return List.of(fields, magnitudes);
    }

    @Override
    protected Component storyboardOf(ScoreSettings settings) {
        ScoreFieldScene scene = scene(settings);
        return new StoryboardFigure(ScoreFieldFigure.storyboard(scene, STORYBOARD_STEPS),
                "Storyboard of the score field as noise grows", ScoreFieldFigure.describeStoryboard(scene, STORYBOARD_STEPS),
                "storyboard-text-score-" + scene.dataset().id() + "-" + scene.schedule().name());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        ScoreSettings s = settingsOf(params);
        ScoreFieldScene.Probe p = scene(s).probe(s.px(), s.py(), s.t());
        String where = String.format(Locale.ROOT, "Exact field of %s under the %s schedule at t = %d, at (%s, %s)",
                s.dataset().label(), s.schedule().id(), s.t(), TextParams.format(s.px()), TextParams.format(s.py()));
        return switch (quantity) {
            case "score-x" -> ComputedAnswer.number(p.score().x(), 3, where + ": x component of grad log p_t.");
            case "score-y" -> ComputedAnswer.number(p.score().y(), 3, where + ": y component of grad log p_t.");
            case "score-norm" -> ComputedAnswer.number(p.scoreNorm(), 3, where + ": length of grad log p_t.");
            case "denoised-x" -> ComputedAnswer.number(p.denoised().x(), 3, where
                    + ": x component of Tweedie's E[x_0 | x_t] = (x + s^2 grad log p_t) / a.");
            case "denoised-y" -> ComputedAnswer.number(p.denoised().y(), 3, where
                    + ": y component of Tweedie's E[x_0 | x_t] = (x + s^2 grad log p_t) / a.");
            case "noise-x" -> ComputedAnswer.number(p.noise().x(), 3, where + ": x component of E[eps | x_t] = -s grad log p_t.");
            case "noise-y" -> ComputedAnswer.number(p.noise().y(), 3, where + ": y component of E[eps | x_t] = -s grad log p_t.");
            default -> throw unknownQuantity(quantity);
        };
    }
}
