package org.diffusioncourse.demo.guidance;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;

/**
 * The guidance demo: parameters {@code dataset}, {@code y}, {@code w}, {@code seed} and
 * {@code n}; figures {@code samples} and {@code curves} (the measurements against w, shown once
 * the learner has revealed); answers {@code accuracy}, {@code spread}, {@code coverage} and
 * {@code energy} (at {@code w}), {@code closest-w}, {@code spread-trend}, and
 * {@code guided-score} (with {@code x} and {@code w}, on the two-Gaussian example of the lesson).
 *
 * <p>Scenes: the samples and scores at all 10 weights plus n exact draws, at most 11 x 1000
 * points (0.2 MB), and the contours of p(x | y); about a second to build; {@value #SCENES_KEPT}
 * are kept.
 */
public final class GuidanceDemo extends Demo<GuidanceSettings, GuidanceSettings.SceneKey, GuidanceScene> {

    public static final String ID = "guidance";
    static final int SCENES_KEPT = 12;
    /** The answers of {@code spread-trend}: how the spread changes from w = 1 to w = 8. */
    static final List<String> TRENDS = List.of("shrinks", "stays about the same", "grows");
    /** A change of the spread within 2% counts as staying about the same. */
    static final double SAME_SPREAD = 0.02;
    static final double[] STORYBOARD_W = {0, 1, 3, 8};
    /** Where those weights are in {@link GuidanceSweep#WEIGHTS}. */
    private static final int[] STORYBOARD_INDICES = Arrays.stream(STORYBOARD_W).mapToInt(GuidanceSweep.WEIGHTS::indexOf)
            .toArray();

    public GuidanceDemo() {
        super(ID, GuidanceSettings.PARAMS, Set.of("dataset", "y", "seed", "n"), GuidanceSettings::sceneKey,
                key -> GuidanceScene.of(key.dataset(), key.y(), key.seed(), key.n()), SCENES_KEPT);
        figure("samples", (scene, s, revealed) -> GuidanceFigure.samples(scene, s.weightIndex()),
                GuidanceDemo::samplesCaption);
        figure("curves", (scene, s, revealed) -> GuidanceFigure.curves(scene, s.weightIndex()),
                (scene, s, revealed) -> curvesCaption(scene, s));
        stepText(s -> "w = " + GuidanceFigure.weight(s.w()));
        answers(atWeight("accuracy"), atWeight("spread"), atWeight("coverage"), atWeight("energy"), asked("closest-w"),
                asked("spread-trend"), atWeight("guided-score").needs("a point x in params", "x").withoutSettings()
                        .reads(text -> {
                            exampleX(text);
                            exampleW(text);
                        }));
        widget((s, problems, onChange) -> new GuidanceWidget(this, s, problems, onChange));
        witness("cfg-combine", "simulation/GuidedField.java");
        witness("classifier-guidance", "simulation/ClassifierGuidedField.java");
        witness("guidance-sweep", "demo/guidance/GuidanceSweep.java");
    }

    /** A quantity of this demo: its params may also hold a point x of the lesson's example. */
    private static Quantity asked(String name) {
        return Quantity.of(name).alsoTakes("x");
    }

    /** A quantity at the guidance weight w of its params. */
    private static Quantity atWeight(String name) {
        return asked(name).needs("a guidance weight w in params", "w");
    }

    private static double exampleX(TextParams text) {
        return text.number("x", 0, -10, 10);
    }

    private static double exampleW(TextParams text) {
        return text.number("w", 0, 0, 20);
    }

    /** Samples at w = 0, 1, 3 and 8, one row. */
    /** The samples figure's words at the chosen weight; the measurements only once revealed. */
    private static FigureCaption samplesCaption(GuidanceScene scene, GuidanceSettings settings, boolean revealed) {
        int i = settings.weightIndex();
        String w = GuidanceFigure.weight(settings.w());
        GuidanceSweep.Point p = scene.sweep().at(i);
        String numbers = "w = " + w + " · " + p.samples().size() + " samples";
        if (revealed) {
            numbers += String.format(Locale.ROOT, " · class accuracy %.3f · mean log p(x | y) %.2f · spread %.3f"
                    + " · energy distance %.4f · modes covered %.0f%%", p.accuracy(), p.meanLogDensity(), p.spread(),
                    p.energyDistance(), 100 * p.coverage());
        }
        return new FigureCaption("Guided samples at w = " + w, GuidanceFigure.describeSamples(scene, i), numbers);
    }

    /** The measurement curves' words, against the exact conditional draws. */
    private static FigureCaption curvesCaption(GuidanceScene scene, GuidanceSettings settings) {
        GuidanceSweep.Point exact = scene.sweep().exact();
        return new FigureCaption("Measurements against the guidance weight",
                GuidanceFigure.describeCurves(scene, settings.weightIndex()),
                String.format(Locale.ROOT, "Exact draws from p(x | y) score accuracy %.3f, mean log p %.2f, spread %.3f.",
                        exact.accuracy(), exact.meanLogDensity(), exact.spread()));
    }

    @Override
    protected Component storyboardOf(GuidanceSettings settings) {
        GuidanceScene scene = scene(settings);
        return new StoryboardFigure(GuidanceFigure.storyboard(scene, STORYBOARD_INDICES),
                "Storyboard of guided samples at w = 0, 1, 3 and 8",
                GuidanceFigure.describeStoryboard(scene, STORYBOARD_INDICES),
                "storyboard-text-" + ID + "-" + settings.dataset().id() + "-" + settings.y());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        if (quantity.equals("guided-score")) {
            TextParams text = new TextParams(params, new ArrayList<>());
            double x = exampleX(text);
            double w = exampleW(text);
            return new ComputedAnswer(String.format(Locale.ROOT, "%.3f", GuidanceSweep.guidedScoreExample(x, w)),
                    "The x component of (1 − w) ∇log p(x) + w ∇log p(x | y) for two unit Gaussians at −3 and +3, "
                            + "y the right one, at x = " + TextParams.format(x) + ", w = " + TextParams.format(w) + ".", 0.02);
        }
        GuidanceSettings s = settingsOf(params);
        GuidanceSweep sweep = scene(s).sweep();
        GuidanceSweep.Point p = sweep.at(s.weightIndex());
        String setup = s.dataset().id() + ", class " + s.y() + ", seed " + s.seed() + ", " + s.n() + " samples";
        String at = " at w = " + TextParams.format(s.w()) + " on " + setup + " (DDIM, η = 1, "
                + GuidanceSweep.STEPS + " steps).";
        return switch (quantity) {
            case "accuracy" -> ComputedAnswer.number(p.accuracy(), 3, "Share of samples the exact classifier assigns to class "
                    + s.y() + at);
            case "spread" -> ComputedAnswer.number(p.spread(), 3, "Square root of the trace of the sample covariance" + at);
            case "coverage" -> ComputedAnswer.number(p.coverage(), 2, "Share of the class's components holding at least half "
                    + "their weight in samples" + at);
            case "energy" -> new ComputedAnswer(String.format(Locale.ROOT, "%.4f", p.energyDistance()),
                    "Energy distance to p(x | y)" + at, 0.25);
            case "closest-w" -> {
                int best = sweep.closestToConditional();
                yield new ComputedAnswer(TextParams.format(GuidanceSweep.WEIGHTS.get(best)), String.format(Locale.ROOT,
                        "The smallest energy distance to p(x | y), %.4f, is at w = %s on %s.",
                        sweep.at(best).energyDistance(), TextParams.format(GuidanceSweep.WEIGHTS.get(best)), setup));
            }
            case "spread-trend" -> new ComputedAnswer(spreadTrend(sweep), String.format(Locale.ROOT,
                    "The spread goes from %.3f at w = 1 to %.3f at w = 8 on %s.", spreadAt(sweep, 1.0),
                    spreadAt(sweep, 8.0), setup));
            default -> throw unknownQuantity(quantity);
        };
    }

    /** How the spread changes from w = 1 to w = 8: one of {@link #TRENDS}. */
    static String spreadTrend(GuidanceSweep sweep) {
        double from = spreadAt(sweep, 1.0);
        double to = spreadAt(sweep, 8.0);
        double change = (to - from) / from;
        return change < -SAME_SPREAD ? TRENDS.get(0) : change > SAME_SPREAD ? TRENDS.get(2) : TRENDS.get(1);
    }

    /** The spread of the samples at weight {@code w}, one of {@link GuidanceSweep#WEIGHTS}. */
    static double spreadAt(GuidanceSweep sweep, double w) {
        return sweep.at(GuidanceSweep.WEIGHTS.indexOf(w)).spread();
    }
}
