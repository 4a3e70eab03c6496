package org.diffusioncourse.demo.flow;

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
import org.diffusioncourse.demo.coupled.CoupledFigure;
import org.diffusioncourse.demo.coupled.CoupledParts;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.FieldConversions;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * The flow-matching lesson's demo: on the CondOT path (t = 0 noise, t = 1 data), the flow ODE
 * (Euler, sigma = 0) and its SDE extension at a chosen sigma, both with
 * {@value FlowSettings#STEPS} steps, start from the same {@value CoupledScene#PARTICLES} noise points and are
 * drawn over the exact p_t. Parameters {@code dataset}, {@code seed}, {@code sigma},
 * {@code step}; one figure; answers {@code condot-target} ({@code form}, {@code z}, {@code eps},
 * {@code t}), {@code score-from-velocity} ({@code t}, {@code x}, {@code u}) and
 * {@code path-length-ratio} ({@code dataset}, {@code seed}, {@code sigma}).
 *
 * <p>Scenes: see {@link CoupledScene#KEPT}.
 */
public final class FlowDemo extends Demo<FlowSettings, FlowSettings.SceneKey, CoupledScene> {

    public static final String ID = "flow-paths";
    /** The runs as the metrics table names them: the ODE, then the SDE extension. */
    static final List<String> RUNS = List.of("Flow ODE (σ = 0)", "SDE extension (σ as set)");
    /** Storyboard moments t = 0, 0.25, 0.5, 0.75 and 1. */
    static final int[] STORYBOARD_STEPS = {0, 50, 100, 150, 200};
    static final List<String> FORMS = List.of("velocity", "score", "noise", "denoiser");

    /** A component this narrow is a point mass z in double precision: its fields are the conditional ones. */
    private static final double POINT_MASS = 1e-9;

    public FlowDemo() {
        super(ID, FlowSettings.PARAMS, Set.of("dataset", "seed", "sigma"), FlowSettings::sceneKey,
                FlowDemo::build, CoupledScene.KEPT);
        figure("figure", (scene, s, revealed) -> CoupledFigure.render("flow-plot", scene, headings(s), s.step()),
                (scene, s, revealed) -> caption(scene, s),
                (scene, s, revealed) -> CoupledFigure.table(scene, headings(s), s.step()));
        stepText(s -> CoupledFigure.stepText(scene(s), s.step()));
        answers(Quantity.of("condot-target").takesOnly("form", "z", "eps", "t").needsEach("form", "z", "eps", "t")
                        .withoutSettings().reads(text -> {
                            form(text);
                            coordinate(text, "z");
                            coordinate(text, "eps");
                            time(text);
                        }),
                Quantity.of("score-from-velocity").takesOnly("t", "x", "u").needsEach("t", "x", "u")
                        .withoutSettings().reads(text -> {
                            time(text);
                            coordinate(text, "x");
                            velocity(text);
                        }),
                Quantity.of("path-length-ratio").takesOnly("dataset", "seed", "sigma"));
        widget((s, problems, onChange) -> new FlowWidget(this, s, problems, onChange));
        witness("flow-sde-step", "simulation/sampler/FlowSdeSampler.java");
        witness("flow-conversions", "simulation/FieldConversions.java");
        witness("condot-path", "simulation/process/CondOtPath.java");
    }

    private static String form(TextParams text) {
        return text.oneOf("form", FORMS, "velocity");
    }

    private static double coordinate(TextParams text, String key) {
        return text.number(key, 0, -10, 10);
    }

    private static double time(TextParams text) {
        return text.number("t", 0.5, 0.01, 0.99);
    }

    private static double velocity(TextParams text) {
        return text.number("u", 0, -100, 100);
    }

    /** The flow ODE, then the SDE extension at sigma. */
    private static CoupledScene build(FlowSettings.SceneKey key) {
        return CoupledScene.of(key.dataset().mixture(), CondOtPath.of(),
                List.of(Samplers.flowSde(FlowSettings.STEPS, 0), Samplers.flowSde(FlowSettings.STEPS, key.sigma())),
                CoupledScene.PARTICLES, key.seed());
    }

    /** The figure's words at the settings' step: the time, the CondOT interpolation there and σ. */
    private static FigureCaption caption(CoupledScene scene, FlowSettings settings) {
        int k = settings.step();
        double t = scene.time(k);
        return new FigureCaption(String.format(Locale.ROOT, "Flow ODE and SDE extension at t = %.3f", t),
                CoupledFigure.describe(scene, headings(settings), k),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · x_t = %.3f z + %.3f ε · σ = %s",
                        k, FlowSettings.STEPS, t, t, 1 - t, TextParams.format(settings.sigma())));
    }

    @Override
    protected Component storyboardOf(FlowSettings settings) {
        return CoupledParts.storyboard(ID + "-storyboard-" + settings.dataset().id(), scene(settings),
                headings(settings), STORYBOARD_STEPS);
    }

    /** The panels' headings and the storyboard's rows: the ODE, then the SDE extension at the sigma set. */
    static List<String> headings(FlowSettings settings) {
        return List.of("Flow ODE (σ = 0)", "SDE extension (σ = " + TextParams.format(settings.sigma()) + ")");
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        TextParams text = new TextParams(params, new ArrayList<>());
        return switch (quantity) {
            case "condot-target" -> {
                String form = form(text);
                double z = coordinate(text, "z");
                double eps = coordinate(text, "eps");
                double t = time(text);
                double value = conditionalTarget(form, z, eps, t);
                yield ComputedAnswer.number(value, 3, String.format(Locale.ROOT,
                        "The engine's exact %s field of the CondOT path at x = t z + (1 - t) eps = %.3f, t = %s, for data "
                                + "that is a single point z = %s.", form, t * z + (1 - t) * eps, TextParams.format(t),
                        TextParams.format(z)));
            }
            case "score-from-velocity" -> {
                double t = time(text);
                double x = coordinate(text, "x");
                double u = velocity(text);
                yield ComputedAnswer.number(FieldConversions.scoreFromVelocity(CondOtPath.of(), t, x, u), 3, String.format(Locale.ROOT,
                        "score = (t u - x) / (1 - t) on the CondOT path, with t = %s, x = %s and u = %s.",
                        TextParams.format(t), TextParams.format(x), TextParams.format(u)));
            }
            case "path-length-ratio" -> {
                FlowSettings settings = settingsOf(params);
                double ratio = scene(settings).runs().pathLengthRatio(1);
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", ratio), String.format(Locale.ROOT,
                        "Summed path length over summed start-to-end distance of the %d particles of the run with "
                                + "sigma = %s on %s, seed %d (1 would mean straight paths).", CoupledScene.PARTICLES,
                        TextParams.format(settings.sigma()), settings.dataset().id(), settings.seed()), 0.1);
            }
            default -> throw unknownQuantity(quantity);
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
}
