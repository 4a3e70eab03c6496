package org.diffusioncourse.demo.score;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The score-field lab: scrub the noise step t and watch the density smooth out and the score
 * arrows turn; move the probe point to read its exact score, Tweedie denoiser and noise
 * prediction. The learner predicts whether the probe's score is longer at t = 0 or at t = T
 * before the curve of |score| against t is shown. Under it, the table of the typical score size
 * against t for the chosen target and schedule, with a row for the slider's step, always shown: it
 * is about the whole of p_t, not the probe, so it does not give the answer away.
 */
final class ScoreWidget extends DemoWidget<ScoreSettings, ScoreFieldScene> {

    private static final List<String> ANSWERS = List.of("longer at t = 0", "longer at t = T", "about the same");

    /** Within this ratio the two lengths count as "about the same". */
    static final double SAME = 0.1;

    private final ScoreDemo demo;
    private final DemoFigure figure = figure("figure");
    private final PredictReveal<String> predict;
    private final Div magnitudes = new Div();
    /** The target and schedule whose table {@link #magnitudes} shows. */
    private String magnitudesShown = "";

    ScoreWidget(ScoreDemo demo, ScoreSettings initial, List<String> linkProblems, Consumer<ScoreSettings> onChange) {
        super(demo, "score", "Score field demo", initial, linkProblems, onChange);
        this.demo = demo;
        choice(ScoreSettings.DATASET, "Target", ScoreTarget::label);
        choice(ScoreSettings.SCHEDULE, "Schedule", NoiseSchedule.Kind::id);
        slider(ScoreSettings.T, "Noise step t", "Noise step t, 0 (clean data) to " + ScoreSettings.STEPS
                + " (almost pure noise)");
        field(ScoreSettings.PX, "Probe x", "−4 to 4");
        field(ScoreSettings.PY, "Probe y", "−4 to 4");
        predict = predict("Compare the score at the probe point on clean data (t = 0) with the score at the end of the "
                + "noising (t = T): which is longer? Commit before you scrub.", "My prediction", "Reveal the answer",
                ANSWERS, a -> a);
        magnitudes.setId("score-magnitudes");
        start(figure, predict, magnitudes);
    }

    @Override
    protected void draw(ScoreFieldScene scene, ScoreSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(scene, settings) : "");
        showMagnitudes(settings);
    }

    /** The score-size table, drawn again only when the target or the schedule changed, never for a slider step. */
    private void showMagnitudes(ScoreSettings settings) {
        String key = settings.dataset().name() + "/" + settings.schedule().id();
        if (key.equals(magnitudesShown)) {
            return;
        }
        magnitudesShown = key;
        Paragraph caption = new Paragraph(ScoreMagnitudeTable.caption(settings.dataset(), settings.schedule().id()));
        caption.addClassName("code-caption");
        magnitudes.removeAll();
        magnitudes.add(caption, DemoParts.numbers(ScoreMagnitudeTable.HEADERS,
                ScoreMagnitudeTable.rows(step -> demo.magnitude(settings, step))));
    }

    private String verdict(ScoreFieldScene scene, ScoreSettings settings) {
        double start = scene.probe(settings.px(), settings.py(), 0).scoreNorm();
        double end = scene.probe(settings.px(), settings.py(), scene.steps()).scoreNorm();
        String truth = comparison(start, end);
        String numbers = String.format(Locale.ROOT, "|score| at the probe is %.3f at t = 0 and %.3f at t = %d. "
                + "At t = T the noised target is almost N(0, I), whose score is −x, so the length there is about the "
                + "probe's distance from the origin.", start, end, scene.steps());
        return predict.judge(truth, "the exact field") + numbers;
    }

    /** Which of the two lengths is longer, or "about the same" within {@value #SAME} of the larger. */
    static String comparison(double atStart, double atEnd) {
        if (Math.abs(atStart - atEnd) <= SAME * Math.max(atStart, atEnd)) {
            return ANSWERS.get(2);
        }
        return atStart > atEnd ? ANSWERS.get(0) : ANSWERS.get(1);
    }
}
