package org.diffusioncourse.demo.forward;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.demo.Demo;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.FigureCaption;
import org.diffusioncourse.demo.Quantity;
import org.diffusioncourse.demo.StoryboardFigure;
import org.diffusioncourse.practice.ComputedAnswer;
import org.diffusioncourse.simulation.ForwardProcess;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.TraceRow;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The forward-noising demo of the forward-process lesson: a data cloud noised towards N(0, I)
 * at every step t, with the structure proxy S(t) and its threshold. Parameters {@code dataset},
 * {@code schedule}, {@code t}, {@code seed} and {@code n}; one figure; answers
 * {@code crossing-band}, {@code crossing-t}, {@code alpha-bar} and {@code noise-std}.
 *
 * <p>Scenes: the data, the noise and the proxy curve at 101 steps, about 0.2 MB for 5000
 * points and 50 ms to build; {@value #SCENES_KEPT} are kept.
 */
public final class ForwardDemo extends Demo<ForwardSettings, ForwardSettings.SceneKey, ForwardScene> {

    public static final String ID = "forward-noising";
    static final int SCENES_KEPT = 48;
    /** The seed of the printed trace under the code; fixed so the lesson's numbers never change. */
    static final long TRACE_SEED = 2020;

    public ForwardDemo() {
        super(ID, ForwardSettings.PARAMS, Set.of("dataset", "schedule", "seed", "n"), ForwardSettings::sceneKey,
                key -> ForwardScene.of(key.dataset(), key.schedule().schedule(ForwardSettings.STEPS), key.seed(), key.n()),
                SCENES_KEPT);
        figure("figure", (scene, s, revealed) -> ForwardFigure.render(scene, s.t(), revealed),
                (scene, s, revealed) -> caption(scene, s.t()),
                (scene, s, revealed) -> ForwardFigure.table(scene, s.t(), revealed));
        stepText(s -> "t = " + s.t());
        // The ᾱ panel is the schedule the API serves; the cloud is seeded here and has no API twin.
        apiCall("figure", s -> "api/v1/schedule?name=" + s.schedule().id() + "&T=" + ForwardSettings.STEPS);
        answers(Quantity.of("crossing-band"), Quantity.of("crossing-t"),
                Quantity.of("alpha-bar").needs("a step t in params", "t"),
                Quantity.of("noise-std").needs("a step t in params", "t"));
        widget((s, problems, onChange) -> new ForwardWidget(this, s, problems, onChange));
        witness("forward-noising", "simulation/ForwardProcess.java");
        witness("forward-trace", "simulation/ForwardProcess.java");
        witness("schedule-cumulative", "simulation/process/NoiseSchedule.java");
    }

    /** The figure's label, text alternative and readout at step {@code step}. */
    private static FigureCaption caption(ForwardScene scene, int step) {
        ForwardScene.Snapshot snapshot = scene.at(step);
        return new FigureCaption("Forward noising figure at t = " + step, ForwardFigure.describe(scene, step),
                String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · noise std = %.4f · proxy S = %.4f (threshold %.4f)",
                        step, snapshot.alphaBar(), snapshot.noiseStd(), snapshot.proxy(), scene.threshold()));
    }

    /** Small multiples of the forward process at t = 0, T/4, T/2, 3T/4 and T. */
    @Override
    protected Component storyboardOf(ForwardSettings settings) {
        ForwardScene scene = scene(settings);
        int[] moments = ForwardFigure.storyboardSteps(scene.steps());
        return new StoryboardFigure(ForwardFigure.storyboard(scene, moments), "Storyboard of the forward process",
                ForwardFigure.describeStoryboard(scene, moments),
                "storyboard-text-" + settings.dataset().id() + "-" + settings.schedule().id());
    }

    @Override
    public ComputedAnswer answer(String quantity, Map<String, String> params) {
        ForwardSettings settings = settingsOf(params);
        String setup = settings.dataset().label().toLowerCase(Locale.ROOT) + ", " + settings.schedule().id()
                + " schedule, seed " + settings.seed() + ", " + settings.n() + " points";
        NoiseSchedule schedule = settings.noiseSchedule();
        return switch (quantity) {
            case "crossing-band", "crossing-t" -> {
                ForwardScene scene = scene(settings);
                String detail = scene.crossingReached()
                        ? String.format(Locale.ROOT, "S(t) first stays below the threshold %.4f at t* = %d of %d",
                                scene.threshold(), scene.crossingStep(), scene.steps())
                        : String.format(Locale.ROOT, "S(t) never stays below the threshold %.4f before t = %d",
                                scene.threshold(), scene.steps());
                String value = quantity.equals("crossing-t")
                        ? Integer.toString(scene.crossingStep()) : scene.crossingBand().id();
                yield new ComputedAnswer(value, "Simulated with " + setup + ": " + detail + ".");
            }
            case "alpha-bar" -> ComputedAnswer.number(schedule.alphaBar(settings.t()), 4,
                    "Computed from the " + settings.schedule().id() + " schedule at t = " + settings.t() + ".");
            case "noise-std" -> ComputedAnswer.number(schedule.noiseStd(settings.t()), 4,
                    "sqrt(1 - alpha_bar_t) for the " + settings.schedule().id() + " schedule at t = " + settings.t() + ".");
            default -> throw unknownQuantity(quantity);
        };
    }

    @Override
    public List<Component> witnessExtras(String witness) {
        return witness.equals("forward-trace") ? List.of(traceTable()) : List.of();
    }

    /** What the forward trace prints for x_0 = (1, -1), computed when the page is drawn. */
    static Div traceTable() {
        NoiseSchedule schedule = NoiseSchedule.Kind.LINEAR.schedule(ForwardSettings.STEPS);
        List<TraceRow> rows = ForwardProcess.of(schedule).trace(Seeds.generator(TRACE_SEED));
        List<List<String>> cells = rows.stream().map(row -> List.of(Integer.toString(row.t()),
                String.format(Locale.ROOT, "%.6f", row.alphaBar()), String.format(Locale.ROOT, "%.4f", row.noiseStd()),
                String.format(Locale.ROOT, "%.3f", row.x()), String.format(Locale.ROOT, "%.3f", row.y()))).toList();
        NativeTable table = DemoParts.numbers(List.of("t", "ᾱ_t", "noise std", "x_t[0]", "x_t[1]"), cells);
        Paragraph note = new Paragraph("Output of the method above for x_0 = (1, -1), linear schedule, seed "
                + TRACE_SEED + ", computed when this page was drawn.");
        note.addClassName("code-caption");
        Div block = new Div(note, table);
        block.setId("forward-trace-numbers");
        return block;
    }
}
