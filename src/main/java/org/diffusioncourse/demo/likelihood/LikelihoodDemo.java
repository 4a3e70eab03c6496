package org.diffusioncourse.demo.likelihood;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
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
 * The likelihood-fit demo of the maximum-likelihood lesson: parameters {@code k}, {@code seed}
 * and {@code n}; one figure; answers {@code partition-function}, {@code mean-log-likelihood},
 * {@code model-x2}, {@code theta1}, {@code theta2}, {@code score} (needs {@code x}),
 * {@code grid-points} (needs {@code m} and {@code d}) and the score-matching estimates
 * {@code sm-theta1} and {@code sm-theta2} of the same data.
 *
 * <p>Scenes: the data, their histogram and the fit (41 quadratures of 401 points), at most about
 * 40 KB for 5000 points; {@value #SCENES_KEPT} are kept.
 */
public final class LikelihoodDemo
        extends Demo<LikelihoodSettings, LikelihoodSettings.SceneKey, LikelihoodScene> {

    public static final String ID = "likelihood-fit";
    static final int SCENES_KEPT = 32;

    /** The storyboard's fitting steps: the start, three early steps and the converged fit. */
    static final int[] STORYBOARD_STEPS = {0, 1, 3, 8, 40};

    public LikelihoodDemo() {
        super(ID, LikelihoodSettings.PARAMS, Set.of("seed", "n"), LikelihoodSettings::sceneKey,
                key -> LikelihoodScene.of(key.seed(), key.n()), SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> LikelihoodFigure.render(scene, s.k()),
                (scene, s, revealed) -> caption(scene, s.k()));
        stepText(s -> "k = " + s.k());
        answers(asked("partition-function"), asked("mean-log-likelihood"), asked("model-x2"), asked("theta1"),
                asked("theta2"), asked("score").needs("a point x in params", "x"),
                asked("grid-points").needs("m (points per axis) and d (dimensions) in params", "m", "d"),
                asked("sm-theta1"), asked("sm-theta2"));
        widget((s, problems, onChange) -> new LikelihoodWidget(this, s, problems, onChange));
        witness("ml-partition", "demo/likelihood/GridQuadrature.java");
        witness("ml-gradient", "demo/likelihood/LikelihoodFit.java");
        witness("ml-score", "demo/likelihood/QuarticEnergy.java");
    }

    /** A quantity of this demo: its params may also hold a point x and a grid of m points per axis in d dimensions. */
    private static Quantity asked(String name) {
        return Quantity.of(name).alsoTakes("x", "m", "d").reads(text -> {
            pointX(text);
            gridPoints(text);
            gridDimensions(text);
        });
    }

    private static double pointX(TextParams text) {
        return text.number("x", 0, -LikelihoodScene.HALF_WIDTH, LikelihoodScene.HALF_WIDTH);
    }

    private static int gridPoints(TextParams text) {
        return (int) text.whole("m", 2, 2, 10_000);
    }

    private static int gridDimensions(TextParams text) {
        return (int) text.whole("d", 1, 1, 1000);
    }

    /** The figure's words at fitting step {@code step}. */
    private static FigureCaption caption(LikelihoodScene scene, int step) {
        LikelihoodFit.Step now = scene.fit().step(step);
        return new FigureCaption("Maximum-likelihood fit at step k = " + step, LikelihoodFigure.describe(scene, step),
                String.format(Locale.ROOT, "k = %d · θ = (%.4f, %.4f) · Z(θ) = %.4f · mean log-likelihood = %.4f"
                                + " · model E[x²] = %.4f (data %.4f)",
                        step, now.model().theta1(), now.model().theta2(), now.z(), now.meanLogLikelihood(),
                        now.modelX2(), scene.fit().dataX2()));
    }

    @Override
    protected Component storyboardOf(LikelihoodSettings settings) {
        LikelihoodScene scene = scene(settings);
        return new StoryboardFigure(LikelihoodFigure.storyboard(scene, STORYBOARD_STEPS),
                "Storyboard of the maximum-likelihood fit", LikelihoodFigure.describeStoryboard(scene, STORYBOARD_STEPS),
                "storyboard-text-likelihood-" + scene.seed() + "-" + scene.size());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        List<String> ignored = new ArrayList<>();
        TextParams text = new TextParams(params, ignored);
        if (quantity.equals("grid-points")) {
            int m = gridPoints(text);
            int d = gridDimensions(text);
            return new ComputedAnswer(String.format(Locale.ROOT, "%.3e", GridQuadrature.gridSize(m, d)),
                    "A grid with " + m + " points per axis in " + d + " dimensions has m^d points.");
        }
        LikelihoodSettings settings = settingsOf(params);
        int k = params.containsKey("k") ? settings.k() : LikelihoodFit.ITERATIONS;
        LikelihoodScene scene = scene(settings);
        LikelihoodFit.Step step = scene.fit().step(k);
        String setup = "Fit to " + settings.n() + " points drawn with seed " + settings.seed() + ", step k = " + k
                + " of " + LikelihoodFit.ITERATIONS;
        return switch (quantity) {
            case "partition-function" -> ComputedAnswer.number(step.z(), 4,
                    setup + ": Z(theta) by the trapezoidal rule on 401 points of [-6, 6].");
            case "mean-log-likelihood" -> ComputedAnswer.number(step.meanLogLikelihood(), 4,
                    setup + ": -mean E_theta(x_i) - log Z(theta).");
            case "model-x2" -> ComputedAnswer.number(step.modelX2(), 4, setup + String.format(Locale.ROOT,
                    ": E_model[x^2] by quadrature; the data's mean of x^2 is %.4f.", scene.fit().dataX2()));
            case "theta1" -> ComputedAnswer.number(step.model().theta1(), 4, setup + ".");
            case "sm-theta1", "sm-theta2" -> {
                ScoreMatchingFit.Estimate sm = ScoreMatchingFit.of(scene.data());
                yield ComputedAnswer.number(quantity.equals("sm-theta1") ? sm.theta1() : sm.theta2(), 4,
                        "Hyvarinen's score matching on the same " + settings.n() + " points (seed " + settings.seed()
                        + "): theta = A^-1 b, no Z and no iterations.");
            }
            case "theta2" -> ComputedAnswer.number(step.model().theta2(), 4, setup + ".");
            case "score" -> {
                double x = pointX(text);
                yield ComputedAnswer.number(step.model().score(x), 4, setup + ": -(2 theta1 x + 4 theta2 x^3) at x = "
                        + TextParams.format(x) + ", no Z needed.");
            }
            default -> throw unknownQuantity(quantity);
        };
    }
}
