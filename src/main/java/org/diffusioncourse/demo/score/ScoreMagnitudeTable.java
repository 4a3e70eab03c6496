package org.diffusioncourse.demo.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.diffusioncourse.simulation.ScoreMagnitude;

/**
 * Chapter 004's table of score size against t, computed for the demo's target and schedule:
 * one row per step of {@link #STEPS}, each with the noise std s_t, the
 * size of the denoising target sqrt(2) / s_t, the exact root-mean-square score and the two
 * closed forms that bracket it ({@link ScoreMagnitude}). Text only; the widget puts it in a table.
 */
final class ScoreMagnitudeTable {

    /** The steps every table shows, from clean data to almost pure noise. */
    static final int[] STEPS = {0, 10, 50, 100, 250, 500, 1000};

    static final List<String> HEADERS = List.of("t", "noise std s_t", "√2 / s_t (denoising target)",
            "exact RMS |∇ log p_t|", "√(Σ w_k 2 / v_k) (modes apart)", "√tr Σ_t⁻¹ (one Gaussian)");

    private ScoreMagnitudeTable() {
    }

    /**
     * The rows, one per step of {@link #STEPS}. The table does not follow the slider: a row for the
     * slider's step was a quadrature on the request thread of a slider move (up to 0.45 s for two
     * moons near t = 0) and a new table in the page at every step; the readout gives the step's
     * numbers instead.
     */
    static List<List<String>> rows(IntFunction<ScoreMagnitude.Row> rowAt) {
        List<List<String>> rows = new ArrayList<>();
        for (int step : STEPS) {
            ScoreMagnitude.Row r = rowAt.apply(step);
            rows.add(List.of(Integer.toString(step), number(r.s(), 4),
                    Double.isInfinite(r.denoisingTarget()) ? "∞" : number(r.denoisingTarget(), 3), number(r.rms(), 3),
                    number(r.separatedModes(), 3), number(r.gaussianFloor(), 3)));
        }
        return rows;
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The caption under the table, in words, for the target and schedule shown. */
    static String caption(ScoreTarget target, String schedule) {
        return "Typical size of the exact score of " + target.label() + " under the " + schedule + " schedule, "
                + "computed when this page was drawn: the root-mean-square of |∇ log p_t(x)| over x drawn from p_t, by "
                + "quadrature. Each mode alone would give √(2 / v_k) with v_k = ᾱ_t σ_k² + s_t² (the 1/σ scaling); "
                + "the exact value lies between the one-Gaussian and the modes-apart columns. The denoising target "
                + "−ε / s_t grows without bound as t goes to 0, the exact score does not.";
    }
}
