package org.diffusioncourse.demo.sde;

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
import org.diffusioncourse.demo.coupled.CoupledRuns;
import org.diffusioncourse.demo.coupled.CoupledScene;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * The SDE lesson's demo: on the VP SDE (beta 0.1 to 20) or the VE SDE (sigma 0.01 to 10, see
 * {@link SdeProcess}), the reverse SDE and the probability-flow ODE, both by Euler steps from
 * t = 1 to 0.001, start from the same {@value CoupledScene#PARTICLES} draws of the process's prior
 * and are drawn over the exact p_t. Parameters {@code dataset}, {@code process} ({@code vp} unless
 * given), {@code seed}, {@code step}; one figure; answers {@code ou-stationary-variance}
 * ({@code theta}, {@code sigma}), {@code paired-end-distance} and {@code ode-travel}
 * ({@code dataset}, {@code process}, {@code seed}) and {@code pf-drift-x} ({@code dataset},
 * {@code t}, {@code x}, {@code y}; always VP).
 *
 * <p>Scenes: see {@link CoupledScene#KEPT}.
 */
public final class SdeDemo extends Demo<SdeSettings, SdeSettings.SceneKey, CoupledScene> {

    public static final String ID = "sde-trajectories";
    /** The runs in scene order, as the panels, the storyboard's rows and the metrics table name them. */
    static final List<String> RUNS = List.of("Reverse SDE", "Probability-flow ODE");
    /** Storyboard moments t = 1, 0.5, 0.25, 0.1 and 0.001: the modes form late, so the late moments are denser. */
    static final int[] STORYBOARD_STEPS = {0, 100, 150, 180, 200};

    public SdeDemo() {
        super(ID, SdeSettings.PARAMS, Set.of("dataset", "process", "seed"), SdeSettings::sceneKey,
                SdeDemo::build, CoupledScene.KEPT);
        figure("figure", (scene, s, revealed) -> CoupledFigure.render("sde-plot", scene, RUNS, s.step(), note(s.process())),
                (scene, s, revealed) -> caption(scene, s),
                (scene, s, revealed) -> CoupledFigure.table(scene, RUNS, s.step()));
        stepText(s -> CoupledFigure.stepText(scene(s), s.step()));
        answers(Quantity.of("ou-stationary-variance").takesOnly("theta", "sigma").needsEach("theta", "sigma")
                        .withoutSettings().reads(text -> {
                            theta(text);
                            sigma(text);
                        }),
                Quantity.of("paired-end-distance").takesOnly("dataset", "process", "seed"),
                Quantity.of("ode-travel").takesOnly("dataset", "process", "seed"),
                Quantity.of("pf-drift-x").takesOnly("dataset", "t", "x", "y").needsEach("t", "x", "y").reads(text -> {
                    time(text);
                    coordinate(text, "x");
                    coordinate(text, "y");
                }));
        widget((s, problems, onChange) -> new SdeWidget(this, s, problems, onChange));
        witness("sde-reverse-step", "simulation/sampler/ReverseSdeSampler.java");
        witness("sde-probability-flow", "simulation/sampler/ProbabilityFlowSampler.java");
        witness("coupled-runs", "demo/coupled/CoupledRuns.java");
    }

    private static double theta(TextParams text) {
        return text.number("theta", 1, 0.01, 100);
    }

    private static double sigma(TextParams text) {
        return text.number("sigma", 1, 0.01, 100);
    }

    private static double time(TextParams text) {
        return text.number("t", 0.5, 0.001, 1);
    }

    private static double coordinate(TextParams text, String key) {
        return text.number(key, 0, -5, 5);
    }

    private static CoupledScene build(SdeSettings.SceneKey key) {
        ContinuousPath path = key.process().path();
        return CoupledScene.of(key.dataset().mixture(), path,
                List.of(Samplers.reverseSde(path, SdeSettings.STEPS),
                        Samplers.probabilityFlowEuler(path, SdeSettings.STEPS)),
                CoupledScene.PARTICLES, key.seed());
    }

    /** The figure's words at the settings' step: the process, the time, its numbers there and what is in view. */
    private static FigureCaption caption(CoupledScene scene, SdeSettings settings) {
        int k = settings.step();
        double t = scene.time(k);
        SdeProcess process = settings.process();
        return new FigureCaption(String.format(Locale.ROOT, "Reverse SDE and probability-flow ODE of the %s at t = %.3f",
                        process.shortName(), t),
                CoupledFigure.describe(scene, RUNS, k, note(process)),
                String.format(Locale.ROOT, "step %d of %d · t = %.3f · %s · %s · in the plotted square: %d (SDE) and "
                                + "%d (ODE) of %d", k, SdeSettings.STEPS, t, process.shortName(), process.numbersAt(t),
                        inPlottedSquare(scene.runs().at(0, k)), inPlottedSquare(scene.runs().at(1, k)),
                        CoupledScene.PARTICLES));
    }

    /** The sentence that names the process under the figure and ends its text alternative. */
    static String note(SdeProcess process) {
        return "Process: " + process.label() + ".";
    }

    @Override
    protected Component storyboardOf(SdeSettings settings) {
        return CoupledParts.storyboard(ID + "-storyboard-" + settings.process().id() + "-" + settings.dataset().id(),
                scene(settings), RUNS, STORYBOARD_STEPS, note(settings.process()));
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        List<String> ignored = new ArrayList<>();
        TextParams text = new TextParams(params, ignored);
        return switch (quantity) {
            case "ou-stationary-variance" -> {
                double theta = theta(text);
                double sigma = sigma(text);
                yield ComputedAnswer.number(OrnsteinUhlenbeck.of(theta, sigma).stationaryVariance(), 4,
                        "sigma^2 / (2 theta) for theta = " + TextParams.format(theta) + " and sigma = "
                                + TextParams.format(sigma) + ", from the engine's Ornstein-Uhlenbeck process.");
            }
            case "paired-end-distance" -> {
                SdeSettings settings = settingsOf(params);
                CoupledScene scene = scene(settings);
                double d = scene.runs().meanPairedEndDistance(0, 1);
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", d), String.format(Locale.ROOT,
                        "Mean distance between where the reverse SDE and the probability-flow ODE of the %s take the "
                                + "same start point, over %d particles on %s with seed %d (energy distances to the target: "
                                + "SDE %.4f, ODE %.4f, exact draws %.4f).", settings.process().shortName(),
                        CoupledScene.PARTICLES, settings.dataset().id(), settings.seed(),
                        scene.runs().run(0).metrics().energyDistance(), scene.runs().run(1).metrics().energyDistance(),
                        scene.runs().exactBaseline().energyDistance()), 0.25);
            }
            case "ode-travel" -> {
                SdeSettings settings = settingsOf(params);
                CoupledRuns runs = scene(settings).runs();
                ContinuousPath path = settings.process().path();
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", meanTravel(runs, 1)), String.format(Locale.ROOT,
                        "Mean straight-line distance from start to end point of the probability-flow ODE of the %s, "
                                + "over %d particles on %s with seed %d. The start cloud has std %.2f per axis "
                                + "(sqrt(a(1)^2 + s(1)^2)), so its points lie on average %.2f from the origin, and the "
                                + "end points on average %.2f.", settings.process().shortName(), CoupledScene.PARTICLES,
                        settings.dataset().id(), settings.seed(), Math.hypot(path.signalScale(1), path.noiseStd(1)),
                        meanNorm(runs.start()), meanNorm(runs.run(1).end())), 0.1);
            }
            case "pf-drift-x" -> {
                ToyDataset dataset = settingsOf(params).dataset();
                double t = time(text);
                double x = coordinate(text, "x");
                double y = coordinate(text, "y");
                Vec2 drift = probabilityFlowDrift(dataset, t, x, y);
                yield ComputedAnswer.number(drift.x(), 3, String.format(Locale.ROOT,
                        "f(t) x - g(t)^2 / 2 score at t = %s, x = (%s, %s) on %s, with the exact score: drift (%.3f, %.3f).",
                        TextParams.format(t), TextParams.format(x), TextParams.format(y), dataset.id(), drift.x(),
                        drift.y()));
            }
            default -> throw unknownQuantity(quantity);
        };
    }

    /** Mean distance from each particle's start to its end point in run r. */
    public static double meanTravel(CoupledRuns runs, int r) {
        PointCloud start = runs.start();
        PointCloud end = runs.run(r).end();
        double sum = 0;
        for (int i = 0; i < start.size(); i++) {
            sum += Math.hypot(end.x(i) - start.x(i), end.y(i) - start.y(i));
        }
        return sum / start.size();
    }

    /** How many points of {@code cloud} the figure's square shows; VE's early clouds are mostly outside it. */
    public static int inPlottedSquare(PointCloud cloud) {
        int count = 0;
        for (int i = 0; i < cloud.size(); i++) {
            if (Math.abs(cloud.x(i)) <= CoupledFigure.AXIS_LIMIT && Math.abs(cloud.y(i)) <= CoupledFigure.AXIS_LIMIT) {
                count++;
            }
        }
        return count;
    }

    /** The mean distance of the points of {@code cloud} from the origin. */
    public static double meanNorm(PointCloud cloud) {
        double sum = 0;
        for (int i = 0; i < cloud.size(); i++) {
            sum += Math.hypot(cloud.x(i), cloud.y(i));
        }
        return sum / cloud.size();
    }

    /** dx/dt of the VP probability-flow ODE, f(t) x - g(t)^2 / 2 grad log p_t(x), with the exact score. */
    public static Vec2 probabilityFlowDrift(ToyDataset dataset, double t, double x, double y) {
        VpSde vp = VpSde.standard();
        Vec2 score = NoisedMixture.of(dataset.mixture()).score(x, y, vp.signalScale(t), vp.noiseStd(t));
        double f = vp.drift(t);
        double g2 = vp.diffusionSquared(t);
        return new Vec2(f * x - 0.5 * g2 * score.x(), f * y - 0.5 * g2 * score.y());
    }

}
