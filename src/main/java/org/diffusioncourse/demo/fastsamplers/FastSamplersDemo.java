package org.diffusioncourse.demo.fastsamplers;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * The fast-samplers demo: parameters {@code dataset}, {@code nfe}, {@code seed} and {@code n};
 * figures {@code samples} and {@code error} (error against NFE, shown once the learner has
 * revealed); answers {@code best-sampler}, {@code error}, {@code order} (these take
 * {@code sampler} where needed) and {@code karras-sigma} (with {@code steps} and {@code i}).
 *
 * <p>Scenes: the end points of all three samplers at all 12 budgets, at most 36 x 1000 points
 * (0.6 MB), and the target's contours; about a second to build; {@value #SCENES_KEPT} are kept.
 */
public final class FastSamplersDemo extends Demo<FastSettings, FastSettings.SceneKey, FastScene> {

    public static final String ID = "fast-samplers";
    static final int SCENES_KEPT = 12;
    /** The storyboard's budgets: a starved, a modest and a generous one. */
    static final int[] STORYBOARD_NFE = {5, 11, 41};
    /** Where those budgets are in {@link FastSamplerSweep#BUDGETS}. */
    private static final int[] STORYBOARD_INDICES = Arrays.stream(STORYBOARD_NFE).map(FastSamplerSweep.BUDGETS::indexOf)
            .toArray();
    private static final List<String> SAMPLERS = Arrays.stream(Method.values()).map(Method::id).toList();

    public FastSamplersDemo() {
        super(ID, FastSettings.PARAMS, Set.of("dataset", "seed", "n"), FastSettings::sceneKey,
                key -> FastScene.of(key.dataset(), key.seed(), key.n()), SCENES_KEPT);
        figure("samples", (scene, s, revealed) -> FastFigure.samples(scene, s.budgetIndex()),
                (scene, s, revealed) -> samplesCaption(scene, s, revealed));
        figure("error", (scene, s, revealed) -> FastFigure.error(scene, s.budgetIndex()),
                (scene, s, revealed) -> errorCaption(scene, s));
        stepText(s -> "NFE = " + s.nfe());
        answers(asked("best-sampler"), ofOneSampler("error"), ofOneSampler("order"),
                asked("karras-sigma").needs("steps (the number of levels N) and i (0 to N)", "steps", "i")
                        .reads(text -> level(text, steps(text))));
        widget((s, problems, onChange) -> new FastSamplersWidget(this, s, problems, onChange));
        witness("fast-sweep", "demo/fastsamplers/FastSamplerSweep.java");
        witness("ddim-step", "simulation/sampler/DdimSampler.java");
        witness("karras-sigmas", "simulation/sampler/EdmHeunSampler.java");
        witness("dpm-solver-step", "simulation/sampler/DpmSolverSampler.java");
    }

    /** A quantity of this demo: its params may also name a sampler, and a level i of N Karras steps. */
    private static Quantity asked(String name) {
        return Quantity.of(name).alsoTakes("sampler", "steps", "i");
    }

    /** A quantity of the sampler its params name. */
    private static Quantity ofOneSampler(String name) {
        return asked(name).needs("sampler, one of " + String.join(", ", SAMPLERS), "sampler")
                .reads(FastSamplersDemo::sampler);
    }

    private static Method sampler(TextParams text) {
        return Method.byName(text.oneOf("sampler", SAMPLERS, SAMPLERS.getFirst()));
    }

    private static int steps(TextParams text) {
        return (int) text.whole("steps", 18, 1, Samplers.MAX_STEPS);
    }

    private static int level(TextParams text, int steps) {
        return (int) text.whole("i", 0, 0, steps);
    }

    /** The three samplers (rows) at NFE 5, 11 and 41 (columns). */
    /** The samples figure's words at the chosen budget; the errors only once revealed. */
    private static FigureCaption samplesCaption(FastScene scene, FastSettings settings, boolean revealed) {
        int b = settings.budgetIndex();
        FastSamplerSweep sweep = scene.sweep();
        String runs = Arrays.stream(Method.values()).map(m -> {
            FastSamplerSweep.Run run = sweep.run(m, b);
            String what = m.label() + " " + run.steps() + " " + m.stepsNoun();
            return revealed ? what + ": error " + FastFigure.scientific(run.error()) : what;
        }).collect(Collectors.joining(" · "));
        return new FigureCaption("Samples of DDIM, EDM Heun and DPM-Solver++(2M) at NFE " + settings.nfe(),
                FastFigure.describeSamples(scene, b), "NFE = " + settings.nfe() + " per particle · " + runs);
    }

    /** The error figure's words, with the chosen budget and the measured orders. */
    private static FigureCaption errorCaption(FastScene scene, FastSettings settings) {
        FastSamplerSweep sweep = scene.sweep();
        return new FigureCaption("Error against NFE for the three samplers", FastFigure.describeError(scene),
                "Dashed line: the chosen budget, NFE = " + settings.nfe() + ". Measured orders (slope from NFE "
                        + FastSamplerSweep.ORDER_FROM + " on): " + Arrays.stream(Method.values())
                        .map(m -> m.label() + " " + String.format(Locale.ROOT, "%.2f", sweep.order(m)))
                        .collect(Collectors.joining(", ")));
    }

    @Override
    protected Component storyboardOf(FastSettings settings) {
        FastScene scene = scene(settings);
        return new StoryboardFigure(FastFigure.storyboard(scene, STORYBOARD_INDICES),
                "Storyboard of three fast samplers at NFE 5, 11 and 41",
                FastFigure.describeStoryboard(scene, STORYBOARD_INDICES),
                "storyboard-text-" + ID + "-" + settings.dataset().id());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        FastSettings settings = settingsOf(params);
        TextParams text = new TextParams(params, new ArrayList<>());
        String setup = settings.dataset().id() + ", seed " + settings.seed() + ", " + settings.n() + " particles";
        return switch (quantity) {
            case "best-sampler" -> {
                FastSamplerSweep sweep = scene(settings).sweep();
                Method best = sweep.best(settings.budgetIndex());
                yield new ComputedAnswer(best.label(), "Simulated on " + setup + " at NFE " + settings.nfe() + ": "
                        + errorsAt(sweep, settings.budgetIndex()) + ".");
            }
            case "error" -> {
                Method m = sampler(text);
                FastSamplerSweep.Run run = scene(settings).sweep().run(m, settings.budgetIndex());
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.3g", run.error()), "RMS distance of " + m.label()
                        + "'s end points to the exact ODE solution at NFE " + run.nfe() + " on " + setup + ".", 0.1);
            }
            case "order" -> {
                Method m = sampler(text);
                double order = scene(settings).sweep().order(m);
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", order), "Minus the least-squares slope of "
                        + "log(error) against log(NFE) for " + m.label() + " from NFE " + FastSamplerSweep.ORDER_FROM
                        + " to " + FastSamplerSweep.BUDGETS.getLast() + " on " + setup + ".", 0.15);
            }
            case "karras-sigma" -> {
                int steps = steps(text);
                int i = level(text, steps);
                double sigma = Samplers.karrasSigmas(steps, FastSamplerSweep.SIGMA_MIN, FastSamplerSweep.SIGMA_MAX,
                        FastSamplerSweep.RHO)[i];
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.4g", sigma), "Karras levels with N = " + steps
                        + ", sigma_min = 0.002, sigma_max = 80, rho = 7, at i = " + i + ".", 0.02);
            }
            default -> throw unknownQuantity(quantity);
        };
    }

    private static String errorsAt(FastSamplerSweep sweep, int index) {
        return String.join(", ", Arrays.stream(Method.values())
                .map(m -> m.label() + " " + FastFigure.scientific(sweep.run(m, index).error())).toList());
    }
}
