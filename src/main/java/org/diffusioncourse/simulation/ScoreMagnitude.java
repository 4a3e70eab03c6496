package org.diffusioncourse.simulation;

import org.diffusioncourse.simulation.check.Checks;

/**
 * The typical size of the exact score of a noised mixture: its root-mean-square under p_t,
 *
 * <pre>  rms_t = sqrt( E_{x ~ p_t} |grad log p_t(x)|^2 ),</pre>
 *
 * the square root of the Fisher information of p_t (chapter 004 of the sources,
 * {@code holderrieth-2025-mit-notes}; {@code song-2019-ncsn} for why the scale matters). p_t is
 * the mixture pushed through x = a x_0 + s eps, p_t = sum_k w_k N(a mu_k, v_k I) with
 * v_k = a^2 sigma_k^2 + s^2 ({@link NoisedMixture}). Three closed forms bracket it in the plane:
 *
 * <pre>
 *   sqrt(tr Sigma_t^{-1})  &lt;=  rms_t  &lt;=  sqrt( sum_k w_k 2 / v_k )  &lt;=  sqrt(2) / s
 * </pre>
 *
 * The left is the Gaussian with p_t's covariance Sigma_t = a^2 Cov(x_0) + s^2 I (the Fisher
 * information is at least the inverse covariance, a Cramér-Rao inequality); the middle holds
 * because Fisher information is convex in the density, with equality when the modes are far apart
 * compared with sqrt(v_k): then each mode is a Gaussian of variance v_k, whose score -(x - a mu_k)/v_k
 * has mean square 2/v_k, the 1/sigma_t scaling of the chapter's table. The right is the size of the
 * denoising target -eps/s ({@code vincent-2011}), whose mean square is 2/s^2: the marginal score
 * is its conditional mean, so it is never larger, and it stays finite as s goes to 0 while the
 * target explodes.
 *
 * <p>The expectation is a tensor trapezoid rule on a square grid that covers every component to
 * {@value #REACH} of its standard deviations with a spacing of at most sqrt(min v_k) / {@value #PER_STD}:
 * for an integrand that is a smooth Gaussian-tailed function the rule converges faster than any
 * power of the spacing, and the tests hold it to 1e-9 against the one-Gaussian closed form.
 */
public final class ScoreMagnitude {

    /** Standard deviations each component is covered to: the mass beyond is below 1e-18. */
    static final double REACH = 9;
    /** Grid points per standard deviation of the narrowest component. */
    static final double PER_STD = 6;
    /** The grid's side never exceeds this many points (a very narrow mode gets a coarser, still spectral, rule). */
    static final int MAX_SIDE = 1200;

    /** The root-mean-square score at one noise level and its three closed forms. */
    public record Row(double a, double s, double rms, double gaussianFloor, double separatedModes, double denoisingTarget) {
    }

    private final GaussianMixture2D mixture;
    private final NoisedMixture field;

    private ScoreMagnitude(GaussianMixture2D mixture) {
        this.mixture = mixture;
        this.field = NoisedMixture.of(mixture);
    }

    /** The score magnitudes of {@code mixture} noised by x = a x_0 + s eps. */
    public static ScoreMagnitude of(GaussianMixture2D mixture) {
        return new ScoreMagnitude(mixture);
    }

    /** rms_t and its closed forms at signal scale a and noise std s. */
    public Row at(double a, double s) {
        Checks.requireBetween("a", a, 0, 1);
        Checks.requireBetween("s", s, 0, 1);
        if (a == 0 && s == 0) {
            throw new IllegalArgumentException("a and s must not both be 0; p_t would be a point mass");
        }
        return new Row(a, s, rms(a, s), gaussianFloor(a, s), separatedModes(a, s),
                s == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(2) / s);
    }

    /** sqrt( E_{p_t} |grad log p_t|^2 ) by the trapezoid rule. */
    double rms(double a, double s) {
        double[][] mu = mixture.means();
        double[] sd = mixture.stds();
        double minV = Double.POSITIVE_INFINITY;
        double maxV = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < sd.length; k++) {
            double v = a * a * sd[k] * sd[k] + s * s;
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
            lo = Math.min(lo, Math.min(a * mu[k][0], a * mu[k][1]));
            hi = Math.max(hi, Math.max(a * mu[k][0], a * mu[k][1]));
        }
        lo -= REACH * Math.sqrt(maxV);
        hi += REACH * Math.sqrt(maxV);
        int side = (int) Math.min(MAX_SIDE, Math.ceil((hi - lo) / (Math.sqrt(minV) / PER_STD)) + 1);
        double h = (hi - lo) / (side - 1);
        double[] xs = new double[side];
        double[] ys = new double[side];
        double[] log = new double[side];
        FieldBuffer out = FieldBuffer.of(side);
        double sum = 0;
        for (int j = 0; j < side; j++) {
            double y = lo + j * h;
            for (int i = 0; i < side; i++) {
                xs[i] = lo + i * h;
                ys[i] = y;
            }
            field.logDensity(a, s, xs, ys, side, log);
            field.evaluate(a, s, xs, ys, side, out);
            for (int i = 0; i < side; i++) {
                double gx = out.scoreX(i);
                double gy = out.scoreY(i);
                sum += Math.exp(log[i]) * (gx * gx + gy * gy);
            }
        }
        return Math.sqrt(sum * h * h);
    }

    /** sqrt(tr Sigma_t^{-1}), Sigma_t = a^2 Cov(x_0) + s^2 I: the score size of the Gaussian with p_t's covariance. */
    double gaussianFloor(double a, double s) {
        double[][] c = mixture.covariance();
        double xx = a * a * c[0][0] + s * s;
        double yy = a * a * c[1][1] + s * s;
        double xy = a * a * c[0][1];
        return Math.sqrt((xx + yy) / (xx * yy - xy * xy));
    }

    /** sqrt( sum_k w_k 2 / v_k ): the score size when the modes are far apart. */
    double separatedModes(double a, double s) {
        double[] w = mixture.weights();
        double[] sd = mixture.stds();
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k] * 2 / (a * a * sd[k] * sd[k] + s * s);
        }
        return Math.sqrt(sum);
    }
}
