package org.diffusioncourse.demo.forward;

import org.diffusioncourse.demo.CodeWitnessView;
import org.diffusioncourse.demo.DemoAnswer;
import org.diffusioncourse.demo.Demos;
import org.diffusioncourse.demo.SettingsDemo;
import org.diffusioncourse.demo.StoryboardFigure;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * The forward-noising demo of the forward-process lesson: parameters {@code dataset},
 * {@code schedule}, {@code t}, {@code seed} and {@code n}; answers {@code crossing-band},
 * {@code crossing-t}, {@code alpha-bar} and {@code noise-std}.
 */
public final class ForwardNoising extends SettingsDemo<ForwardSettings> {

    public static final String ID = "forward-noising";
    static final List<String> QUANTITIES = List.of("crossing-band", "crossing-t", "alpha-bar", "noise-std");

    private final SceneCache cache;

    public ForwardNoising(SceneCache cache) {
        super(ID, ForwardSettings.DEFAULTS, ForwardSettings.KEYS, Set.of("dataset", "schedule", "seed", "n"),
                ForwardSettings::read, ForwardSettings::toQuery);
        this.cache = cache;
    }

    @Override
    protected Component widget(ForwardSettings settings, List<String> linkProblems, Consumer<ForwardSettings> onChange) {
        return new ForwardNoisingDemo(cache, settings, linkProblems, onChange);
    }

    /** Small multiples of the forward process at t = 0, T/4, T/2, 3T/4 and T. */
    @Override
    protected Component storyboardOf(ForwardSettings settings) {
        ForwardScene scene = cache.scene(settings);
        int steps = scene.steps();
        int[] moments = {0, steps / 4, steps / 2, 3 * steps / 4, steps};
        return new StoryboardFigure(ForwardFigure.storyboard(scene, moments), "Storyboard of the forward process",
                ForwardFigure.describeStoryboard(scene, moments),
                "storyboard-text-" + settings.dataset() + "-" + settings.schedule());
    }

    @Override
    public Map<String, String> initialState(Map<String, String> authored, Map<String, String> link) {
        return query(fromLink(authored, link).settings());
    }

    @Override
    public List<String> quantities() {
        return QUANTITIES;
    }

    @Override
    public List<String> checkAnswer(String quantity, Map<String, String> params) {
        List<String> problems = new ArrayList<>(Demos.unknownKeys(params.keySet(), ForwardSettings.KEYS, "the answer's params"));
        if ((quantity.equals("alpha-bar") || quantity.equals("noise-std")) && !params.containsKey("t")) {
            problems.add("quantity '" + quantity + "' needs a step t in params");
        }
        problems.addAll(problemsOf(params));
        return problems;
    }

    @Override
    public DemoAnswer answer(String quantity, Map<String, String> params) {
        ForwardSettings settings = settingsOf(params);
        String setup = ToyDataset.byId(settings.dataset()).label().toLowerCase(Locale.ROOT) + ", "
                + settings.schedule() + " schedule, seed " + settings.seed() + ", " + settings.n() + " points";
        NoiseSchedule schedule = settings.params().noiseSchedule();
        return switch (quantity) {
            case "crossing-band", "crossing-t" -> {
                ForwardScene scene = cache.scene(settings);
                String detail = scene.crossingReached()
                        ? String.format(Locale.ROOT, "S(t) first stays below the threshold %.4f at t* = %d of %d",
                                scene.threshold(), scene.crossingStep(), scene.steps())
                        : String.format(Locale.ROOT, "S(t) never stays below the threshold %.4f before t = %d",
                                scene.threshold(), scene.steps());
                String value = quantity.equals("crossing-t")
                        ? Integer.toString(scene.crossingStep()) : scene.crossingBand().id();
                yield new DemoAnswer(value, "Simulated with " + setup + ": " + detail + ".");
            }
            case "alpha-bar" -> DemoAnswer.number(schedule.alphaBar(settings.t()), 4,
                    "Computed from the " + settings.schedule() + " schedule at t = " + settings.t() + ".");
            case "noise-std" -> DemoAnswer.number(schedule.noiseStd(settings.t()), 4,
                    "sqrt(1 - alpha_bar_t) for the " + settings.schedule() + " schedule at t = " + settings.t() + ".");
            default -> throw new IllegalArgumentException("quantity must be one of "
                    + String.join(", ", QUANTITIES) + "; was \"" + quantity + "\"");
        };
    }

    @Override
    public Map<String, String> witnesses() {
        return Map.of(
                "forward-noising", "org/diffusioncourse/simulation/process/ForwardProcess.java",
                "forward-trace", "org/diffusioncourse/simulation/process/ForwardProcess.java",
                "schedule-cumulative", "org/diffusioncourse/simulation/process/NoiseSchedule.java");
    }

    @Override
    public List<Component> witnessExtras(String witness) {
        return witness.equals("forward-trace") ? List.of(CodeWitnessView.traceTable()) : List.of();
    }
}
