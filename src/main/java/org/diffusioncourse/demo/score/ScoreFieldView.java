package org.diffusioncourse.demo.score;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diffusioncourse.base.TextParams;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The score-field widget: scrub the noise step t and watch the density smooth out and the
 * score arrows turn; move the probe point to read its exact score, Tweedie denoiser and noise
 * prediction. The learner predicts whether the probe's score is longer at t = 0 or at t = T
 * before the curve of |score| against t is shown.
 */
public final class ScoreFieldView extends Div {

    static final String PREFIX = "score";
    private static final List<String> ANSWERS = List.of("longer at t = 0", "longer at t = T", "about the same");

    /** Within this ratio the two lengths count as "about the same". */
    static final double SAME = 0.1;

    private final FieldCache cache;
    private final Consumer<ScoreSettings> onChange;
    private ScoreSettings settings;

    private final Select<String> dataset = DemoParts.choice("Target", ScoreTargets.ids(), () -> settings.dataset(),
            id -> update(new ScoreSettings(id, settings.schedule(), settings.t(), settings.px(), settings.py())));
    private final Select<String> schedule = DemoParts.choice("Schedule", NoiseSchedule.names(), () -> settings.schedule(),
            name -> update(new ScoreSettings(settings.dataset(), name, settings.t(), settings.px(), settings.py())));
    private final StepSlider t = new StepSlider(PREFIX + "-t", "Noise step t", ScoreSettings.STEPS,
            "Noise step t, 0 (clean data) to " + ScoreSettings.STEPS + " (almost pure noise)",
            step -> update(settings.withT(step)));
    private final TextField px = DemoParts.parameterField(PREFIX + "-px", "Probe x", "−4 to 4",
            () -> TextParams.format(settings.px()), text -> fromText("px", text));
    private final TextField py = DemoParts.parameterField(PREFIX + "-py", "Probe y", "−4 to 4",
            () -> TextParams.format(settings.py()), text -> fromText("py", text));
    private final DemoParts.Figure figure = new DemoParts.Figure(PREFIX);
    private final PredictReveal<String> predict;

    ScoreFieldView(FieldCache cache, ScoreSettings initial, List<String> linkProblems, Consumer<ScoreSettings> onChange) {
        this.cache = cache;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, ScoreFieldDemo.ID, "Score field demo", linkProblems);
        predict = new PredictReveal<>(PREFIX, "Compare the score at the probe point on clean data (t = 0) with the score "
                + "at the end of the noising (t = T): which is longer? Commit before you scrub.", ANSWERS, a -> a, this::redraw);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        dataset.setItemLabelGenerator(ScoreTargets::label);
        Div controls = new Div(dataset, schedule, t, px, py);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed value if it is right; returns what is wrong with it otherwise. */
    private List<String> fromText(String key, String text) {
        ScoreSettings.Reading reading = ScoreSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(ScoreSettings next) {
        if (!next.sameQuestion(settings)) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        dataset.setValue(settings.dataset());
        schedule.setValue(settings.schedule());
        t.show(settings.t(), "t = " + settings.t());
        px.setValue(TextParams.format(settings.px()));
        py.setValue(TextParams.format(settings.py()));
        px.setInvalid(false);
        py.setInvalid(false);
    }

    private void redraw() {
        ScoreFieldScene scene = cache.scene(settings);
        ScoreFieldScene.Frame frame = cache.frame(settings);
        boolean revealed = predict.revealed();
        ScoreFieldScene.Probe p = scene.probe(settings.px(), settings.py(), settings.t());
        figure.show(ScoreFieldFigure.render(scene, frame, settings.px(), settings.py(), revealed),
                "Score field at t = " + settings.t(),
                ScoreFieldFigure.describe(scene, frame, p, revealed),
                String.format(Locale.ROOT, "t = %d · ᾱ_t = %.4f · probe (%s, %s): score (%.3f, %.3f), E[x_0 | x_t] = "
                                + "(%.3f, %.3f), E[ε | x_t] = (%.3f, %.3f)", settings.t(), frame.alphaBar(),
                        TextParams.format(settings.px()), TextParams.format(settings.py()), p.score().x(), p.score().y(),
                        p.denoised().x(), p.denoised().y(), p.noise().x(), p.noise().y()));
        predict.showVerdict(revealed ? verdictText(scene) : "");
    }

    private String verdictText(ScoreFieldScene scene) {
        double start = scene.probe(settings.px(), settings.py(), 0).scoreNorm();
        double end = scene.probe(settings.px(), settings.py(), scene.steps()).scoreNorm();
        String truth = comparison(start, end);
        String guess = predict.prediction();
        String numbers = String.format(Locale.ROOT, "|score| at the probe is %.3f at t = 0 and %.3f at t = %d. "
                + "At t = T the noised target is almost N(0, I), whose score is −x, so the length there is about the "
                + "probe's distance from the origin.", start, end, scene.steps());
        return (truth.equals(guess) ? "Your prediction, " + guess + ", is right. "
                : "You predicted " + guess + "; the exact field says " + truth + ". ") + numbers;
    }

    /** Which of the two lengths is longer, or "about the same" within {@value #SAME} of the larger. */
    static String comparison(double atStart, double atEnd) {
        if (Math.abs(atStart - atEnd) <= SAME * Math.max(atStart, atEnd)) {
            return ANSWERS.get(2);
        }
        return atStart > atEnd ? ANSWERS.get(0) : ANSWERS.get(1);
    }

    /** The settings shown now. */
    public ScoreSettings settings() {
        return settings;
    }
}
