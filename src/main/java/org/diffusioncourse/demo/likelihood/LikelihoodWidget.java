package org.diffusioncourse.demo.likelihood;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.diffusioncourse.demo.DemoFigure;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.demo.PredictReveal;

/**
 * The likelihood-fit lab: scrub the fitting step k and watch the model density, Z(theta), the
 * log-likelihood and the score change; change the seed or the number of points to fit other
 * data. The learner predicts how the fitted model's E[x^2] compares with the data's before the
 * numbers are revealed.
 */
final class LikelihoodWidget extends DemoWidget<LikelihoodSettings, LikelihoodScene> {

    private static final List<String> COMPARISONS = List.of("larger", "equal", "smaller");

    private final DemoFigure figure = figure("figure");
    private final PredictReveal<String> predict;

    LikelihoodWidget(LikelihoodDemo demo, LikelihoodSettings initial, List<String> linkProblems,
            Consumer<LikelihoodSettings> onChange) {
        super(demo, "likelihood", "Maximum-likelihood fit demo", initial, linkProblems, onChange);
        slider(LikelihoodSettings.K, "Fitting step k", "Fitting step k, 0 to " + LikelihoodFit.ITERATIONS);
        field(LikelihoodSettings.SEED, "Seed", "A whole number ≥ 0; the same seed draws the same data");
        field(LikelihoodSettings.N, "Data points n", LikelihoodSettings.MIN_POINTS + " to " + LikelihoodSettings.MAX_POINTS);
        predict = predict("When the fit has converged (k = " + LikelihoodFit.ITERATIONS
                + "), is the model's E[x²] larger than, equal to, or smaller than the data's average of x²? "
                + "Commit before you look.", "My prediction", "Reveal the answer", COMPARISONS, c -> c);
        start(figure, predict);
    }

    @Override
    protected void draw(LikelihoodScene scene, LikelihoodSettings settings, boolean revealed) {
        show(figure);
        predict.showVerdict(revealed ? verdict(scene) : "");
    }

    private String verdict(LikelihoodScene scene) {
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
        return predict.judge(truth, "the fit") + numbers;
    }

    /** "equal" when the two agree to 4 decimals, the accuracy the readout shows. */
    static String comparison(double model, double data) {
        if (Math.abs(model - data) < 5e-5) {
            return "equal";
        }
        return model > data ? "larger" : "smaller";
    }
}
