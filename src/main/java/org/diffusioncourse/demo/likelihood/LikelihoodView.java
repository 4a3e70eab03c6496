package org.diffusioncourse.demo.likelihood;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.diffusioncourse.demo.DemoParts;
import org.diffusioncourse.demo.PredictReveal;
import org.diffusioncourse.demo.StepSlider;

/**
 * The likelihood-fit widget: scrub the fitting step k and watch the model density, Z(theta),
 * the log-likelihood and the score change; change the seed or the number of points to fit
 * other data. The learner predicts how the fitted model's E[x^2] compares with the data's
 * before the numbers are revealed. Every change is reported through {@code onChange}.
 */
public final class LikelihoodView extends Div {

    static final String PREFIX = "likelihood";
    private static final List<String> COMPARISONS = List.of("larger", "equal", "smaller");

    private final Function<LikelihoodSettings, LikelihoodScene> scenes;
    private final Consumer<LikelihoodSettings> onChange;
    private LikelihoodSettings settings;
    private LikelihoodScene scene;

    private final StepSlider k = new StepSlider(PREFIX + "-k", "Fitting step k", LikelihoodFit.ITERATIONS,
            "Fitting step k, 0 to " + LikelihoodFit.ITERATIONS, step -> update(settings.withK(step)));
    private final TextField seed = DemoParts.parameterField(PREFIX + "-seed", "Seed",
            "A whole number ≥ 0; the same seed draws the same data", () -> Long.toString(settings.seed()),
            text -> fromText("seed", text));
    private final TextField points = DemoParts.parameterField(PREFIX + "-n", "Data points n",
            LikelihoodSettings.MIN_POINTS + " to " + LikelihoodSettings.MAX_POINTS, () -> Integer.toString(settings.n()),
            text -> fromText("n", text));
    private final DemoParts.Figure figure = new DemoParts.Figure(PREFIX);
    private final PredictReveal<String> predict;

    LikelihoodView(Function<LikelihoodSettings, LikelihoodScene> scenes, LikelihoodSettings initial,
            List<String> linkProblems, Consumer<LikelihoodSettings> onChange) {
        this.scenes = scenes;
        this.onChange = onChange;
        this.settings = initial;
        DemoParts.stage(this, LikelihoodFitDemo.ID, "Maximum-likelihood fit demo", linkProblems);
        predict = new PredictReveal<>(PREFIX, "When the fit has converged (k = " + LikelihoodFit.ITERATIONS
                + "), is the model's E[x²] larger than, equal to, or smaller than the data's average of x²? "
                + "Commit before you look.", COMPARISONS, c -> c, this::redraw);
        add(controls(), figure, predict);
        showControls();
        redraw();
    }

    private Div controls() {
        Div controls = new Div(k, seed, points);
        controls.addClassName("demo-controls");
        return controls;
    }

    /** Uses a typed value if it is right; returns what is wrong with it otherwise. */
    private List<String> fromText(String key, String text) {
        LikelihoodSettings.Reading reading = LikelihoodSettings.read(Map.of(key, text), settings);
        if (reading.problems().isEmpty()) {
            update(reading.settings());
        }
        return reading.problems();
    }

    private void update(LikelihoodSettings next) {
        if (!next.sameData(settings)) {
            predict.reset();
        }
        settings = next;
        showControls();
        redraw();
        onChange.accept(settings);
    }

    private void showControls() {
        k.show(settings.k(), "k = " + settings.k());
        seed.setValue(Long.toString(settings.seed()));
        seed.setInvalid(false);
        points.setValue(Integer.toString(settings.n()));
        points.setInvalid(false);
    }

    private void redraw() {
        scene = scenes.apply(settings);
        int step = settings.k();
        LikelihoodFit.Step now = scene.fit().step(step);
        figure.show(LikelihoodFigure.render(scene, step), "Maximum-likelihood fit at step k = " + step,
                LikelihoodFigure.describe(scene, step),
                String.format(Locale.ROOT, "k = %d · θ = (%.4f, %.4f) · Z(θ) = %.4f · mean log-likelihood = %.4f"
                                + " · model E[x²] = %.4f (data %.4f)",
                        step, now.model().theta1(), now.model().theta2(), now.z(), now.meanLogLikelihood(),
                        now.modelX2(), scene.fit().dataX2()));
        predict.showVerdict(predict.revealed() ? verdictText() : "");
    }

    private String verdictText() {
        LikelihoodFit fit = scene.fit();
        LikelihoodFit.Step last = fit.last();
        String truth = comparison(last.modelX2(), fit.dataX2());
        String numbers = String.format(Locale.ROOT, "At k = %d the model's E[x²] is %.4f and the data's mean of x² is "
                + "%.4f; E[x⁴] is %.4f against %.4f.", LikelihoodFit.ITERATIONS, last.modelX2(), fit.dataX2(),
                last.modelX4(), fit.dataX4());
        if (Math.abs(last.modelX4() - fit.dataX4()) < 5e-5) {
            numbers += " At the maximum the gradient E_model[φ] − mean_data[φ] is zero, so both averages match.";
        } else if (fit.dataX4() > 3 * fit.dataX2() * fit.dataX2()) {
            numbers += " These data have heavier tails than a Gaussian (mean x⁴ > 3 (mean x²)²), so no quartic with"
                    + " θ₂ > 0 matches them: the best model sits on the edge θ₂ = 0, a Gaussian, and only E[x²] can match.";
        } else {
            numbers += " The fit has not reached the maximum within " + LikelihoodFit.ITERATIONS + " steps.";
        }
        String guess = predict.prediction();
        return (truth.equals(guess) ? "Your prediction, " + guess + ", is right. "
                : "You predicted " + guess + "; the fit says " + truth + ". ") + numbers;
    }

    /** "equal" when the two agree to 4 decimals, the accuracy the readout shows. */
    static String comparison(double model, double data) {
        if (Math.abs(model - data) < 5e-5) {
            return "equal";
        }
        return model > data ? "larger" : "smaller";
    }

    /** The settings shown now. */
    public LikelihoodSettings settings() {
        return settings;
    }
}
