package org.diffusioncourse.demo.evaluation;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.FlowLikelihood;
import org.diffusioncourse.simulation.evaluation.Hutchinson;
import org.diffusioncourse.simulation.evaluation.SampleEvaluation;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;

/**
 * The evaluation demo: parameters {@code dataset}, {@code failure}, {@code severity} and
 * {@code seed}; figures {@code samples} and {@code curves} (the measures against severity, with a
 * CSV table, shown once the learner has revealed); answers {@code frechet}, {@code energy},
 * {@code mmd2}, {@code precision}, {@code recall}, {@code coverage} and {@code mean-log-density}
 * (at the severity of the params), {@code suffers-more} (the prediction's answer), and
 * {@code log-likelihood}, {@code true-log-density} and {@code hutchinson-sd} (at a point
 * {@code x}, {@code y} of the data set).
 *
 * <p>Scenes: one failure mode at all 7 levels, 500 samples each plus 1000 exact draws, the
 * measures (O(n^2) each) and the contours; 40 to 500 ms to build on one core once warm, the
 * memorisation sweeps the slowest (their empirical score has up to 500 components);
 * {@value #SCENES_KEPT} are kept.
 */
public final class EvaluationDemo extends Demo<EvaluationSettings, EvaluationSettings.SceneKey, EvaluationScene> {

    public static final String ID = "model-evaluation";
    static final int SCENES_KEPT = 16;
    /** The answers of {@code suffers-more}. */
    static final List<String> SUFFERS = List.of("precision", "recall", "both about equally");
    /** Drops from level 0 closer than this count as about equal. */
    static final double SAME_DROP = 0.1;
    /** RK4 steps of the practice log-likelihoods: within the figure's square the ODE error is below 1e-4 (see the tests). */
    static final int LIKELIHOOD_STEPS = 1000;
    static final int[] STORYBOARD_LEVELS = {0, 2, 4, 6};

    public EvaluationDemo() {
        super(ID, EvaluationSettings.PARAMS, Set.of("dataset", "failure", "seed"), EvaluationSettings::sceneKey,
                key -> EvaluationScene.of(key.dataset(), key.failure(), key.seed()), SCENES_KEPT);
        figure("samples", (scene, s, revealed) -> EvaluationFigure.samples(scene, s.severity()));
        figure("curves", (scene, s, revealed) -> EvaluationFigure.curves(scene, s.severity()),
                (scene, s, revealed) -> EvaluationFigure.table(scene));
        List<Quantity> quantities = new ArrayList<>();
        for (String name : List.of("frechet", "energy", "mmd2", "precision", "recall", "coverage", "mean-log-density")) {
            quantities.add(Quantity.of(name).needs("a severity level in params", "severity"));
        }
        quantities.add(Quantity.of("suffers-more"));
        for (String name : List.of("log-likelihood", "true-log-density", "hutchinson-sd")) {
            quantities.add(Quantity.of(name).takesOnly("dataset", "x", "y").needs("a point x, y in params", "x", "y")
                    .reads(text -> {
                        pointX(text);
                        pointY(text);
                    }));
        }
        answers(quantities.toArray(Quantity[]::new));
        widget((s, problems, onChange) -> new EvaluationWidget(this, s, problems, onChange));
        witness("pf-ode-divergence", "simulation/evaluation/FlowLikelihood.java");
        witness("evaluation-frechet", "simulation/evaluation/SampleDistances.java");
        witness("evaluation-knn", "simulation/evaluation/PrecisionRecall.java");
    }

    private static double pointX(TextParams text) {
        return text.number("x", 0, -3, 3);
    }

    private static double pointY(TextParams text) {
        return text.number("y", 0, -3, 3);
    }

    /** Samples at severity 0, 2, 4 and 6, one row. */
    @Override
    protected Component storyboardOf(EvaluationSettings settings) {
        EvaluationScene scene = scene(settings);
        return new StoryboardFigure(EvaluationFigure.storyboard(scene, STORYBOARD_LEVELS),
                "Storyboard of " + settings.failure().label().toLowerCase(Locale.ROOT) + " at severity 0, 2, 4 and 6",
                EvaluationFigure.describeStoryboard(scene, STORYBOARD_LEVELS),
                "storyboard-text-" + ID + "-" + settings.dataset().id() + "-" + settings.failure().id());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        EvaluationSettings s = settingsOf(params);
        if (List.of("log-likelihood", "true-log-density", "hutchinson-sd").contains(quantity)) {
            TextParams text = new TextParams(params, new ArrayList<>());
            double x = pointX(text);
            double y = pointY(text);
            FlowLikelihood.Result r = FlowLikelihood.of(s.dataset().mixture()).at(x, y, LIKELIHOOD_STEPS);
            String at = " at (" + TextParams.format(x) + ", " + TextParams.format(y) + ") on " + s.dataset().id();
            return switch (quantity) {
                case "log-likelihood" -> ComputedAnswer.number(r.modelLogDensity(), 3, "log N(x_1; 0, I) + ∫ div u dt along "
                        + "the probability-flow ODE of the VP SDE with the exact score, " + LIKELIHOOD_STEPS + " RK4 steps"
                        + at + ".");
                case "true-log-density" -> ComputedAnswer.number(r.trueLogDensity(), 3, "The exact log p(x) of the mixture" + at
                        + ".");
                case "hutchinson-sd" -> ComputedAnswer.number(Math.sqrt(Hutchinson.variance(Hutchinson.Probe.RADEMACHER,
                        r.jxx(), r.jxy(), r.jyy())), 3, "The standard deviation of one Rademacher probe's estimate of ∫ div u dt, "
                        + "2 |∫ J_12 dt|," + at + ".");
                default -> throw unknownQuantity(quantity);
            };
        }
        SeveritySweep sweep = scene(s).sweep();
        String setup = s.failure().id() + " on " + s.dataset().id() + ", seed " + s.seed() + ", "
                + EvaluationSettings.SAMPLES + " samples";
        if (quantity.equals("suffers-more")) {
            return new ComputedAnswer(suffersMore(sweep), explainDrops(sweep) + " (" + setup + ").");
        }
        SeveritySweep.Level level = sweep.at(s.severity());
        SampleEvaluation e = level.evaluation();
        String at = " at severity " + s.severity() + " (" + level.setting() + "), " + setup + ", against as many exact draws.";
        return switch (quantity) {
            case "frechet" -> ComputedAnswer.number(e.frechet(), 4, "Fréchet distance of the fitted Gaussians" + at);
            case "energy" -> ComputedAnswer.number(e.energy(), 4, "Energy distance (V-statistic)" + at);
            case "mmd2" -> new ComputedAnswer(String.format(Locale.ROOT, "%.4f", e.mmd2()),
                    "Unbiased MMD² with a Gaussian kernel of bandwidth 0.5" + at, 0.002);
            case "precision" -> ComputedAnswer.number(e.precision(), 3, "k-NN precision, k = 3" + at);
            case "recall" -> ComputedAnswer.number(e.recall(), 3, "k-NN recall, k = 3" + at);
            case "coverage" -> ComputedAnswer.number(e.coverage(), 3, "Share of components with at least half their "
                    + "expected samples within 2 σ of their mean" + at);
            case "mean-log-density" -> ComputedAnswer.number(e.meanLogDensity(), 3, "Mean exact log p(x) of the samples" + at);
            default -> throw unknownQuantity(quantity);
        };
    }

    /** At the worst severity, which of precision and recall fell further from level 0: one of {@link #SUFFERS}. */
    static String suffersMore(SeveritySweep sweep) {
        double[] d = drops(sweep);
        return Math.abs(d[0] - d[1]) < SAME_DROP ? SUFFERS.get(2) : d[0] > d[1] ? SUFFERS.get(0) : SUFFERS.get(1);
    }

    static String explainDrops(SeveritySweep sweep) {
        SampleEvaluation first = sweep.at(0).evaluation();
        SampleEvaluation worst = sweep.at(FailureMode.LEVELS - 1).evaluation();
        return String.format(Locale.ROOT, "From severity 0 to %d precision goes from %.2f to %.2f and recall from %.2f to %.2f",
                FailureMode.LEVELS - 1, first.precision(), worst.precision(), first.recall(), worst.recall());
    }

    /** {precision drop, recall drop} from level 0 to the last level. */
    private static double[] drops(SeveritySweep sweep) {
        SampleEvaluation first = sweep.at(0).evaluation();
        SampleEvaluation worst = sweep.at(FailureMode.LEVELS - 1).evaluation();
        return new double[] {first.precision() - worst.precision(), first.recall() - worst.recall()};
    }
}
