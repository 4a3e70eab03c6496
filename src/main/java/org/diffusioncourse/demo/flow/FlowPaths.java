package org.diffusioncourse.demo.flow;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.demo.coupled.AnswerParams;
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledLessonDemo;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.FieldConversions;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * The flow-matching lesson's demo: on the CondOT path (t = 0 noise, t = 1 data), the flow ODE
 * (Euler, sigma = 0) and its SDE extension at a chosen sigma, both with {@value #STEPS} steps,
 * start from the same {@value #PARTICLES} noise points and are drawn over the exact p_t.
 * Parameters {@code dataset}, {@code seed}, {@code sigma}, {@code step}; answers
 * {@code condot-target} ({@code form}, {@code z}, {@code eps}, {@code t}),
 * {@code score-from-velocity} ({@code t}, {@code x}, {@code u}) and {@code path-length-ratio}
 * ({@code dataset}, {@code seed}, {@code sigma}).
 */
public final class FlowPaths extends CoupledLessonDemo<FlowSettings> {

    public static final String ID = "flow-paths";
    /** Euler(-Maruyama) steps of both runs, from t = 0 to t = 1. */
    public static final int STEPS = 200;
    /** Particles per run. */
    public static final int PARTICLES = 600;
    /** Storyboard moments t = 0, 0.25, 0.5, 0.75 and 1. */
    static final int[] STORYBOARD_STEPS = {0, 50, 100, 150, 200};
    static final List<String> FORMS = List.of("velocity", "score", "noise", "denoiser");
    static final List<String> QUANTITIES = List.of("condot-target", "score-from-velocity", "path-length-ratio");

    /** A component this narrow is a point mass z in double precision: its fields are the conditional ones. */
    private static final double POINT_MASS = 1e-9;

    public FlowPaths() {
        super(ID, FlowSettings.DEFAULTS, FlowSettings.KEYS, Set.of("dataset", "seed", "sigma"), FlowSettings::read,
                STORYBOARD_STEPS);
    }

    @Override
    protected Object runsKey(FlowSettings settings) {
        return List.of(settings.dataset(), settings.seed(), settings.sigma());
    }

    /** The flow ODE, then the SDE extension at sigma. */
    @Override
    protected CoupledScene build(FlowSettings settings) {
        return CoupledScene.of(ToyDataset.byId(settings.dataset()).mixture(), CondOtPath.of(),
                List.of(Samplers.flowSde(STEPS, 0), Samplers.flowSde(STEPS, settings.sigma())),
                PARTICLES, settings.seed());
    }

    @Override
    protected Component widget(FlowSettings settings, List<String> linkProblems, Consumer<FlowSettings> onChange) {
        return new FlowPathsDemo(this, settings, linkProblems, onChange);
    }

    @Override
    protected List<String> storyboardRows(FlowSettings settings) {
        return List.of("Flow ODE (σ = 0)", sdeLabel(settings));
    }

    /** The two panels at {@code step}: the ODE, then the SDE extension. */
    static List<CoupledFigure.Panel> panels(CoupledScene scene, FlowSettings settings, int step) {
        String moment = String.format(Locale.ROOT, "t = %.3f", scene.time(step));
        return List.of(new CoupledFigure.Panel(0, "Flow ODE (σ = 0)", moment, scene.contoursAt(step)),
                new CoupledFigure.Panel(1, sdeLabel(settings), moment, scene.contoursAt(step)));
    }

    static String sdeLabel(FlowSettings settings) {
        return "SDE extension (σ = " + TextParams.format(settings.sigma()) + ")";
    }

    @Override
    public List<String> quantities() {
        return QUANTITIES;
    }

    @Override
    public List<String> checkAnswer(String quantity, Map<String, String> params) {
        List<String> problems = new ArrayList<>();
        TextParams text = new TextParams(params, problems);
        switch (quantity) {
            case "condot-target" -> {
                problems.addAll(ParamSet.unknownKeys(params.keySet(), Set.of("form", "z", "eps", "t"), "the answer's params"));
                AnswerParams.requireKeys(params, List.of("form", "z", "eps", "t"), quantity, problems);
                text.oneOf("form", FORMS, "velocity");
                text.number("z", 0, -10, 10);
                text.number("eps", 0, -10, 10);
                text.number("t", 0.5, 0.01, 0.99);
            }
            case "score-from-velocity" -> {
                problems.addAll(ParamSet.unknownKeys(params.keySet(), Set.of("t", "x", "u"), "the answer's params"));
                AnswerParams.requireKeys(params, List.of("t", "x", "u"), quantity, problems);
                text.number("t", 0.5, 0.01, 0.99);
                text.number("x", 0, -10, 10);
                text.number("u", 0, -100, 100);
            }
            case "path-length-ratio" -> {
                problems.addAll(ParamSet.unknownKeys(params.keySet(), Set.of("dataset", "seed", "sigma"), "the answer's params"));
                problems.addAll(problemsOf(params));
            }
            default -> problems.add("quantity must be one of " + String.join(", ", QUANTITIES) + "; was \"" + quantity + "\"");
        }
        return problems;
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        TextParams text = new TextParams(params, new ArrayList<>());
        return switch (quantity) {
            case "condot-target" -> {
                String form = text.oneOf("form", FORMS, "velocity");
                double z = text.number("z", 0, -10, 10);
                double eps = text.number("eps", 0, -10, 10);
                double t = text.number("t", 0.5, 0.01, 0.99);
                double value = conditionalTarget(form, z, eps, t);
                yield ComputedAnswer.number(value, 3, String.format(Locale.ROOT,
                        "The engine's exact %s field of the CondOT path at x = t z + (1 - t) eps = %.3f, t = %s, for data "
                                + "that is a single point z = %s.", form, t * z + (1 - t) * eps, TextParams.format(t),
                        TextParams.format(z)));
            }
            case "score-from-velocity" -> {
                double t = text.number("t", 0.5, 0.01, 0.99);
                double x = text.number("x", 0, -10, 10);
                double u = text.number("u", 0, -100, 100);
                yield ComputedAnswer.number(FieldConversions.scoreFromVelocity(CondOtPath.of(), t, x, u), 3, String.format(Locale.ROOT,
                        "score = (t u - x) / (1 - t) on the CondOT path, with t = %s, x = %s and u = %s.",
                        TextParams.format(t), TextParams.format(x), TextParams.format(u)));
            }
            case "path-length-ratio" -> {
                FlowSettings settings = settingsOf(params);
                double ratio = scene(settings).runs().pathLengthRatio(1);
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", ratio), String.format(Locale.ROOT,
                        "Summed path length over summed start-to-end distance of the %d particles of the run with "
                                + "sigma = %s on %s, seed %d (1 would mean straight paths).", PARTICLES,
                        TextParams.format(settings.sigma()), settings.dataset(), settings.seed()), 0.1);
            }
            default -> throw new IllegalArgumentException("quantity must be one of " + String.join(", ", QUANTITIES)
                    + "; was \"" + quantity + "\"");
        };
    }

    /**
     * The conditional target of one parameterisation at x = t z + (1 - t) eps, computed from the
     * engine's exact fields for data that is the single point z (a mixture of one very narrow
     * component): velocity z - eps, score -eps / (1 - t), noise eps, denoiser z.
     */
    public static double conditionalTarget(String form, double z, double eps, double t) {
        NoisedMixture point = NoisedMixture.of(GaussianMixture2D.of(new double[] {1}, new double[][] {{z, 0}},
                new double[] {POINT_MASS}));
        CondOtPath path = CondOtPath.of();
        double x = t * z + (1 - t) * eps;
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        return switch (form) {
            case "velocity" -> point.velocity(path, x, 0, t).x();
            case "score" -> point.score(x, 0, a, s).x();
            case "noise" -> point.noisePrediction(x, 0, a, s).x();
            case "denoiser" -> point.denoised(x, 0, a, s).x();
            default -> throw new IllegalArgumentException("form must be one of " + String.join(", ", FORMS)
                    + "; was \"" + form + "\"");
        };
    }

    @Override
    public Map<String, String> witnesses() {
        return Map.of(
                "flow-sde-step", "org/diffusioncourse/simulation/sampler/FlowSdeSampler.java",
                "flow-conversions", "org/diffusioncourse/simulation/FieldConversions.java",
                "condot-path", "org/diffusioncourse/simulation/process/CondOtPath.java");
    }
}
