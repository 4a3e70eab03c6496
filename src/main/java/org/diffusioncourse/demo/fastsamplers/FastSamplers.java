package org.diffusioncourse.demo.fastsamplers;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.demo.fastsamplers.FastSamplerSweep.Method;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.sampler.Samplers;

/**
 * The fast-samplers demo: parameters {@code dataset}, {@code nfe}, {@code seed} and {@code n};
 * answers {@code best-sampler}, {@code error}, {@code order} (these take {@code sampler} where
 * needed) and {@code karras-sigma} (with {@code steps} and {@code i}).
 */
public final class FastSamplers extends SettingsDemo<FastSettings> {

    public static final String ID = "fast-samplers";
    static final List<String> QUANTITIES = List.of("best-sampler", "error", "order", "karras-sigma");
    /** The storyboard's budgets: a starved, a modest and a generous one. */
    static final int[] STORYBOARD_NFE = {5, 11, 41};
    private static final List<String> SAMPLERS = List.of("ddim", "edm-heun", "dpm-solver++2m");

    public FastSamplers() {
        super(ID, FastSettings.DEFAULTS, FastSettings.KEYS, Set.of("dataset", "seed", "n"), FastSettings::read,
                FastSettings::toQuery);
    }

    @Override
    protected Component widget(FastSettings settings, List<String> linkProblems, Consumer<FastSettings> onChange) {
        return new FastSamplersDemo(settings, linkProblems, onChange);
    }

    @Override
    protected Component storyboardOf(FastSettings settings) {
        FastScene scene = FastScene.of(settings);
        int[] indices = java.util.Arrays.stream(STORYBOARD_NFE).map(FastSamplerSweep.BUDGETS::indexOf).toArray();
        return new StoryboardFigure(scene.storyboardSvg(indices), "Storyboard of three fast samplers at NFE 5, 11 and 41",
                scene.storyboardText(indices), "storyboard-text-" + ID + "-" + settings.dataset());
    }

    @Override
    public List<String> quantities() {
        return QUANTITIES;
    }

    @Override
    public List<String> checkAnswer(String quantity, Map<String, String> params) {
        Set<String> allowed = new LinkedHashSet<>(FastSettings.KEYS);
        allowed.addAll(List.of("sampler", "steps", "i"));
        List<String> problems = new ArrayList<>(ParamSet.unknownKeys(params.keySet(), allowed, "the answer's params"));
        TextParams text = new TextParams(params, problems);
        switch (quantity) {
            case "error", "order" -> {
                if (!params.containsKey("sampler")) {
                    problems.add("quantity '" + quantity + "' needs sampler, one of " + String.join(", ", SAMPLERS));
                }
                text.oneOf("sampler", SAMPLERS, SAMPLERS.getFirst());
            }
            case "karras-sigma" -> {
                if (!params.containsKey("steps") || !params.containsKey("i")) {
                    problems.add("quantity 'karras-sigma' needs steps (the number of levels N) and i (0 to N)");
                }
                long steps = text.whole("steps", 18, 1, Samplers.MAX_STEPS);
                text.whole("i", 0, 0, steps);
            }
            default -> {
            }
        }
        Map<String, String> own = new java.util.HashMap<>(params);
        own.keySet().retainAll(FastSettings.KEYS);
        problems.addAll(FastSettings.read(own, FastSettings.DEFAULTS).problems());
        return problems;
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        Map<String, String> own = new java.util.HashMap<>(params);
        own.keySet().retainAll(FastSettings.KEYS);
        FastSettings settings = FastSettings.read(own, FastSettings.DEFAULTS).settings();
        List<String> ignored = new ArrayList<>();
        TextParams text = new TextParams(params, ignored);
        String setup = settings.dataset() + ", seed " + settings.seed() + ", " + settings.n() + " particles";
        return switch (quantity) {
            case "best-sampler" -> {
                FastSamplerSweep sweep = FastScene.of(settings).sweep();
                Method best = sweep.best(settings.budgetIndex());
                yield new ComputedAnswer(best.label(), "Simulated on " + setup + " at NFE " + settings.nfe() + ": "
                        + errorsAt(sweep, settings.budgetIndex()) + ".");
            }
            case "error" -> {
                Method m = Method.byName(text.oneOf("sampler", SAMPLERS, SAMPLERS.getFirst()));
                FastSamplerSweep.Run run = FastScene.of(settings).sweep().run(m, settings.budgetIndex());
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.3g", run.error()), "RMS distance of " + m.label()
                        + "'s end points to the exact ODE solution at NFE " + run.nfe() + " on " + setup + ".", 0.1);
            }
            case "order" -> {
                Method m = Method.byName(text.oneOf("sampler", SAMPLERS, SAMPLERS.getFirst()));
                double order = FastScene.of(settings).sweep().order(m);
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.2f", order), "Minus the least-squares slope of "
                        + "log(error) against log(NFE) for " + m.label() + " from NFE " + FastSamplerSweep.ORDER_FROM
                        + " to " + FastSamplerSweep.BUDGETS.getLast() + " on " + setup + ".", 0.15);
            }
            case "karras-sigma" -> {
                int steps = (int) text.whole("steps", 18, 1, Samplers.MAX_STEPS);
                int i = (int) text.whole("i", 0, 0, steps);
                double sigma = Samplers.karrasSigmas(steps, FastSamplerSweep.SIGMA_MIN, FastSamplerSweep.SIGMA_MAX,
                        FastSamplerSweep.RHO)[i];
                yield new ComputedAnswer(String.format(Locale.ROOT, "%.4g", sigma), "Karras levels with N = " + steps
                        + ", sigma_min = 0.002, sigma_max = 80, rho = 7, at i = " + i + ".", 0.02);
            }
            default -> throw new IllegalArgumentException("quantity must be one of "
                    + String.join(", ", QUANTITIES) + "; was \"" + quantity + "\"");
        };
    }

    private static String errorsAt(FastSamplerSweep sweep, int index) {
        return String.join(", ", java.util.Arrays.stream(Method.values())
                .map(m -> m.label() + " " + FastScene.scientific(sweep.run(m, index).error())).toList());
    }

    @Override
    public Map<String, String> witnesses() {
        return Map.of(
                "fast-sweep", "org/diffusioncourse/demo/fastsamplers/FastSamplerSweep.java",
                "ddim-step", "org/diffusioncourse/simulation/sampler/DdimSampler.java",
                "karras-sigmas", "org/diffusioncourse/simulation/sampler/EdmHeunSampler.java",
                "dpm-solver-step", "org/diffusioncourse/simulation/sampler/DpmSolverSampler.java");
    }
}
