package org.diffusioncourse.simulation;

import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * Conversions between the four equivalent parameterisations of a Gaussian path
 * x_t = a x_0 + s eps (chapter 004; {@code lipman-2022-flow-matching}, {@code song-2021-score-sde}):
 * score grad log p_t, noise prediction eps_hat, denoiser D and velocity u. Each works on one
 * coordinate, since all are applied component-wise.
 *
 * <pre>
 *   eps_hat = -s score                      score = -eps_hat / s
 *   D = (x + s^2 score) / a                 score = (a D - x) / s^2
 *   u = a' D - s' s score = (a'/a) x + ((a'/a) s^2 - s s') score
 * </pre>
 *
 * For CondOT (a = t, s = 1 - t) the last line is u = (x + (1 - t) score) / t, i.e.
 * u = b_t x + a_t score with a_t = (1 - t)/t, b_t = 1/t, and conversely score = (u - x/t) t / (1 - t)
 * = (t u - x) / (1 - t).
 */
public final class FieldConversions {

    private FieldConversions() {
    }

    // region flow-conversions
    /** eps_hat = -s score. */
    public static double noiseFromScore(double score, double s) {
        return -s * score;
    }

    /** score = -eps_hat / s (s &gt; 0). */
    public static double scoreFromNoise(double noise, double s) {
        return -noise / s;
    }

    /** D = (x + s^2 score) / a (a &gt; 0), Tweedie's formula. */
    public static double denoisedFromScore(double x, double score, double a, double s) {
        return (x + s * s * score) / a;
    }

    /** score = (a D - x) / s^2 (s &gt; 0). */
    public static double scoreFromDenoised(double x, double denoised, double a, double s) {
        return (a * denoised - x) / (s * s);
    }

    /** u = (a'/a) x + ((a'/a) s^2 - s s') score at time t of {@code path} (a(t) &gt; 0). */
    public static double velocityFromScore(ContinuousPath path, double t, double x, double score) {
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        double ratio = path.signalScaleRate(t) / a;
        return ratio * x + (ratio * s * s - s * path.noiseStdRate(t)) * score;
    }

    /** The inverse of {@link #velocityFromScore}: score = (u - (a'/a) x) / ((a'/a) s^2 - s s'). */
    public static double scoreFromVelocity(ContinuousPath path, double t, double x, double velocity) {
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        double ratio = path.signalScaleRate(t) / a;
        return (velocity - ratio * x) / (ratio * s * s - s * path.noiseStdRate(t));
    }
    // endregion flow-conversions
}
