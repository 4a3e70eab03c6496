package org.diffusioncourse.simulation.learn;

import java.util.List;
import org.diffusioncourse.simulation.FieldConversions;
import org.diffusioncourse.simulation.check.UnknownId;

/**
 * What the network is trained to output at x_t = a x_0 + s eps: the four parameterisations of
 * one Gaussian path (chapter 004 of the sources; {@code ho-2020-ddpm}, {@code vincent-2011},
 * {@code lipman-2022-flow-matching}). Per coordinate, with the training pair (x_0, eps):
 *
 * <pre>
 *   eps      y = eps                    (DDPM's noise prediction)
 *   x0       y = x_0                    (the denoiser)
 *   score    y = -eps / s               (denoising score matching)
 *   v        y = x_0 - eps              (CondOT velocity z - eps; on CondOT only)
 * </pre>
 *
 * Given x_t, each target is an affine function of x_0, so the error of a prediction is a multiple
 * of the denoiser's error: |y_hat - y|^2 = k^2 |x0_hat - x_0|^2 with k^2 = SNR = a^2/s^2 for eps,
 * 1 for x0, a^2/s^4 for the score and 1/s^2 for the CondOT velocity ({@link #gainOverData}).
 */
public enum Target {

    /** The added noise. */
    EPS("eps"),
    /** The clean point. */
    X0("x0"),
    /** The CondOT velocity z - eps. */
    VELOCITY("v"),
    /** The score of the noised data. */
    SCORE("score");

    private final String id;

    Target(String id) {
        this.id = id;
    }

    /** The id in links and files, e.g. {@code "eps"}. */
    public String id() {
        return id;
    }

    /** @throws UnknownId on parameter {@code target} */
    public static Target byId(String id) {
        return UnknownId.find("target", List.of(values()), Target::id, id);
    }

    // region learn-targets
    /** The training target y of one coordinate for the pair (x0, eps) at (a, s). */
    public double of(double x0, double eps, double a, double s) {
        return switch (this) {
            case EPS -> eps;
            case X0 -> x0;
            case SCORE -> -eps / s;
            case VELOCITY -> x0 - eps;
        };
    }

    /** k^2 = |y_hat - y|^2 / |x0_hat - x_0|^2 at (a, s) (see the class comment). */
    public double gainOverData(double a, double s) {
        return switch (this) {
            case EPS -> a * a / (s * s);
            case X0 -> 1.0;
            case SCORE -> a * a / (s * s * s * s);
            case VELOCITY -> 1.0 / (s * s);
        };
    }

    /**
     * The denoiser D = x0_hat of one coordinate from the network output {@code out} at x:
     * (x - s eps_hat) / a for eps, the output for x0, Tweedie (x + s^2 score) / a for the
     * score, and x + s v for the CondOT velocity (x_0 = x_t + (1 - t) v).
     */
    public double denoised(double x, double out, double a, double s) {
        return switch (this) {
            case EPS -> (x - s * out) / a;
            case X0 -> out;
            case SCORE -> FieldConversions.denoisedFromScore(x, out, a, s);
            case VELOCITY -> x + s * out;
        };
    }

    /**
     * The score of one coordinate from the network output at x (s &gt; 0): -eps_hat / s for eps,
     * (a x0_hat - x) / s^2 for x0, the output for the score, and -(x - t v) / (1 - t) for the
     * CondOT velocity (eps = x_t - t v). At s = 0 the network says nothing about the score and
     * 0 is returned; the samplers that reach s = 0 (the flow ODE at t = 1) multiply it by s.
     */
    public double score(double x, double out, double a, double s) {
        if (s == 0) {
            return 0.0;
        }
        return switch (this) {
            case EPS -> FieldConversions.scoreFromNoise(out, s);
            case X0 -> FieldConversions.scoreFromDenoised(x, out, a, s);
            case SCORE -> out;
            case VELOCITY -> FieldConversions.scoreFromNoise(x - a * out, s);
        };
    }
    // endregion learn-targets
}
