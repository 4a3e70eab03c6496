package org.diffusioncourse.simulation;

import java.util.Arrays;
import org.diffusioncourse.simulation.process.ContinuousPath;

/**
 * Exact fields of a Gaussian mixture pushed through a Gaussian path x = a x_0 + s eps.
 *
 * <p>The marginal is again a mixture ({@code song-2021-score-sde}; chapter 004 of the sources):
 *
 * <pre>  p(x) = sum_k w_k N(x; a mu_k, v_k I),   v_k = a^2 sigma_k^2 + s^2.</pre>
 *
 * With the responsibilities r_k(x) = w_k N(x; a mu_k, v_k I) / p(x), computed by log-sum-exp,
 *
 * <pre>
 *   grad log p(x) = sum_k r_k ( -(x - a mu_k) / v_k )                   (posterior-weighted scores)
 *   D(x) = E[x_0 | x] = sum_k r_k ( mu_k + (a sigma_k^2 / v_k) (x - a mu_k) )
 *   E[eps | x] = -s grad log p(x)                                       (Tweedie, vincent-2011)
 * </pre>
 *
 * and a D(x) = x + s^2 grad log p(x) holds exactly. Immutable. The batch method works through
 * the points in blocks, in the {@link FieldBuffer}'s scratch space; it allocates O(K) per call,
 * never per point.
 *
 * <p>It is long because the density, the fields and the blocked batch kernel all read the
 * per-component constants it keeps private.
 */
public final class NoisedMixture implements ScoreField {

    /** Points per block of the batch evaluation: (K + 2) x 256 doubles of work stay in cache. */
    private static final int BLOCK = 256;

    private static final double LOG_2PI = Math.log(2 * Math.PI);

    /**
     * A component whose responsibility is below e^-40 = 4e-18 of the largest one cannot change
     * the sums in double precision (the largest term is 1), so its exp is skipped.
     */
    private static final double NEGLIGIBLE_LOG_RATIO = -40;

    private final double[] logWeights;
    private final double[] mx;
    private final double[] my;
    private final double[] variances;

    private NoisedMixture(GaussianMixture2D mixture) {
        int k = mixture.components();
        logWeights = new double[k];
        mx = new double[k];
        my = new double[k];
        variances = new double[k];
        double[] w = mixture.weights();
        double[][] mu = mixture.means();
        double[] sd = mixture.stds();
        for (int i = 0; i < k; i++) {
            logWeights[i] = Math.log(w[i]);
            mx[i] = mu[i][0];
            my[i] = mu[i][1];
            variances[i] = sd[i] * sd[i];
        }
    }

    /** The fields of {@code mixture}. */
    public static NoisedMixture of(GaussianMixture2D mixture) {
        return new NoisedMixture(mixture);
    }

    /** The fields of the class-y target p(x | y) (renormalised weights, {@code ho-2022-cfg}). */
    public static NoisedMixture conditional(LabelledMixture mixture, int y) {
        return new NoisedMixture(mixture.restrictTo(y));
    }

    @Override
    public int componentCost() {
        return logWeights.length;
    }

    /** log p(x) of the noised mixture. */
    public double logDensity(double x, double y, double a, double s) {
        double[] out = new double[1];
        logDensity(a, s, new double[] {x}, new double[] {y}, 1, out);
        return out[0];
    }

    /** log p at (xs[i], ys[i]) for i &lt; n into {@code out}: the fast path for density maps. */
    public void logDensity(double a, double s, double[] xs, double[] ys, int n, double[] out) {
        Components c = components(a, s);
        int kk = logWeights.length;
        double[] cx = c.cx();
        double[] cy = c.cy();
        double[] prec = c.prec();
        double[] bias = new double[kk];
        double[] logits = new double[kk];
        for (int k = 0; k < kk; k++) {
            bias[k] = c.bias()[k] - LOG_2PI;
        }
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < kk; k++) {
                double dx = xs[i] - cx[k];
                double dy = ys[i] - cy[k];
                logits[k] = bias[k] - 0.5 * (dx * dx + dy * dy) * prec[k];
                if (logits[k] > max) {
                    max = logits[k];
                }
            }
            double sum = 0;
            for (int k = 0; k < kk; k++) {
                sum += Math.exp(logits[k] - max);
            }
            out[i] = max + Math.log(sum);
        }
    }

    /** p(x) of the noised mixture. */
    public double density(double x, double y, double a, double s) {
        return Math.exp(logDensity(x, y, a, s));
    }

    /** grad log p(x). */
    public Vec2 score(double x, double y, double a, double s) {
        FieldBuffer out = single(x, y, a, s);
        return new Vec2(out.scoreX[0], out.scoreY[0]);
    }

    /** D(x) = E[x_0 | x]. */
    public Vec2 denoised(double x, double y, double a, double s) {
        FieldBuffer out = single(x, y, a, s);
        return new Vec2(out.denoisedX[0], out.denoisedY[0]);
    }

    /** E[eps | x] = -s grad log p(x), the noise a DDPM network is trained to predict ({@code ho-2020-ddpm}). */
    public Vec2 noisePrediction(double x, double y, double a, double s) {
        Vec2 score = score(x, y, a, s);
        return new Vec2(-s * score.x(), -s * score.y());
    }

    /**
     * The probability-flow velocity u_t(x) = a'(t) D(x) - s'(t) s(t) grad log p_t(x) of a
     * continuous path; for CondOT this is E[z - eps | x_t = x] ({@code lipman-2022-flow-matching}).
     */
    public Vec2 velocity(ContinuousPath path, double x, double y, double t) {
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        FieldBuffer out = single(x, y, a, s);
        double ad = path.signalScaleRate(t);
        double ss = path.noiseStdRate(t) * s;
        return new Vec2(ad * out.denoisedX[0] - ss * out.scoreX[0], ad * out.denoisedY[0] - ss * out.scoreY[0]);
    }

    private FieldBuffer single(double x, double y, double a, double s) {
        FieldBuffer out = FieldBuffer.of(1);
        evaluate(a, s, new double[] {x}, new double[] {y}, 1, out);
        return out;
    }

    /**
     * The per-call constants of the noised components, v_k = a^2 sigma_k^2 + s^2: centres a mu_k,
     * precisions 1/v_k, log-weights minus log v_k, and the posterior-mean gains a sigma_k^2 / v_k.
     */
    private record Components(double[] cx, double[] cy, double[] prec, double[] bias, double[] gain) {
    }

    private Components components(double a, double s) {
        checkScales(a, s);
        int kk = logWeights.length;
        Components c = new Components(new double[kk], new double[kk], new double[kk], new double[kk], new double[kk]);
        for (int k = 0; k < kk; k++) {
            double v = a * a * variances[k] + s * s;
            c.cx[k] = a * mx[k];
            c.cy[k] = a * my[k];
            c.prec[k] = 1.0 / v;
            c.bias[k] = logWeights[k] - Math.log(v);
            c.gain[k] = a * variances[k] / v;
        }
        return c;
    }

    @Override
    public void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out) {
        Components c = components(a, s);
        double[] work = out.work((logWeights.length + 2) * BLOCK);
        for (int lo = 0; lo < n; lo += BLOCK) {
            evaluateBlock(xs, ys, lo, Math.min(n, lo + BLOCK), c.cx(), c.cy(), c.prec(), c.bias(), c.gain(), work, out);
        }
    }

    // region sm-mixture-score
    /**
     * Points lo .. hi-1 in component-major passes: the inner loops are plain array arithmetic
     * the JIT can vectorise, only the exp pass is scalar, and the block's work rows stay in cache.
     */
    private void evaluateBlock(double[] xs, double[] ys, int lo, int hi, double[] cx, double[] cy,
            double[] prec, double[] bias, double[] gain, double[] work, FieldBuffer out) {
        int kk = logWeights.length;
        int m = hi - lo;
        int maxAt = kk * m;
        int totalAt = maxAt + m;
        Arrays.fill(work, maxAt, totalAt, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < kk; k++) {
            int row = k * m - lo;
            double ck = cx[k];
            double dk = cy[k];
            double bk = bias[k];
            double hk = 0.5 * prec[k];
            for (int i = lo; i < hi; i++) {
                double dx = xs[i] - ck;
                double dy = ys[i] - dk;
                double l = bk - (dx * dx + dy * dy) * hk;
                work[row + i] = l;
                work[maxAt - lo + i] = Math.max(work[maxAt - lo + i], l);
            }
        }
        for (int k = 0; k < kk; k++) {
            int row = k * m;
            for (int i = 0; i < m; i++) {
                double shifted = work[row + i] - work[maxAt + i];
                work[row + i] = shifted < NEGLIGIBLE_LOG_RATIO ? 0.0 : Math.exp(shifted);
            }
        }
        Arrays.fill(work, totalAt, totalAt + m, 0.0);
        Arrays.fill(out.scoreX, lo, hi, 0.0);
        Arrays.fill(out.scoreY, lo, hi, 0.0);
        Arrays.fill(out.denoisedX, lo, hi, 0.0);
        Arrays.fill(out.denoisedY, lo, hi, 0.0);
        for (int k = 0; k < kk; k++) {
            int row = k * m - lo;
            double ck = cx[k];
            double dk = cy[k];
            double pk = prec[k];
            double gk = gain[k];
            double mk = mx[k];
            double nk = my[k];
            for (int i = lo; i < hi; i++) {
                double r = work[row + i];
                double dx = xs[i] - ck;
                double dy = ys[i] - dk;
                work[totalAt - lo + i] += r;
                out.scoreX[i] -= r * pk * dx;
                out.scoreY[i] -= r * pk * dy;
                out.denoisedX[i] += r * (mk + gk * dx);
                out.denoisedY[i] += r * (nk + gk * dy);
            }
        }
        for (int i = lo; i < hi; i++) {
            double inv = 1.0 / work[totalAt - lo + i];
            out.scoreX[i] *= inv;
            out.scoreY[i] *= inv;
            out.denoisedX[i] *= inv;
            out.denoisedY[i] *= inv;
        }
    }
    // endregion sm-mixture-score

    private static void checkScales(double a, double s) {
        if (!(a >= 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("a must be a finite number >= 0, was " + a);
        }
        if (!(s >= 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("s must be a finite number >= 0, was " + s);
        }
        if (a == 0 && s == 0) {
            throw new IllegalArgumentException("a and s must not both be 0 (the marginal would be a point)");
        }
    }
}
