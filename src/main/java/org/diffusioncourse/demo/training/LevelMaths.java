package org.diffusioncourse.demo.training;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingProcess;

/**
 * The numbers of one noise level: where the level is on the process, what a field predicts of
 * the target there, how far one field is from another, and a field's training loss. Any
 * {@link ScoreField} is taken, so every measure can be checked with the exact field in place of
 * the network (the field error is then 0 and the loss is the floor).
 *
 * <p>A field's prediction of the target follows from its denoiser D(x) = E[x_0 | x_t = x]: every
 * target is affine in (x_0, eps) ({@link Target}), and E[eps | x_t = x] = (x - a D(x)) / s, so
 *
 * <pre>  y_hat(x) = target.of(D(x), (x - a D(x)) / s, a, s),</pre>
 *
 * which for the network is its own output (the conversions of {@link Target} invert each other).
 */
public final class LevelMaths {

    /** The largest noise level: pure noise. */
    public static final int MAX_LEVEL = 100;

    private LevelMaths() {
    }

    /**
     * The process time of noise level L in 0 .. 100: u = L / 100 into the training-time draw
     * {@link TrainingProcess#time}, reversed on CondOT, whose t = 0 is noise; so level 0 is the
     * clean end (t = 1 of DDPM, t = 1e-3 of the VP SDE, t = 1 - 1e-3 of CondOT) and 100 the noise end.
     */
    public static double time(TrainingProcess process, int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be between 0 and " + MAX_LEVEL + ", was " + level);
        }
        double u = level / (double) MAX_LEVEL;
        return process.time(process == TrainingProcess.CONDOT ? 1 - u : u);
    }

    /** The field's prediction of {@code target} at n points (see the class comment), into qx and qy. */
    public static void predict(ScoreField field, Target target, double a, double s, double[] xs, double[] ys, int n,
            double[] qx, double[] qy) {
        FieldBuffer out = FieldBuffer.of(n);
        field.evaluate(a, s, xs, ys, n, out);
        for (int i = 0; i < n; i++) {
            double dx = out.denoisedX[i];
            double dy = out.denoisedY[i];
            qx[i] = target.of(dx, (xs[i] - a * dx) / s, a, s);
            qy[i] = target.of(dy, (ys[i] - a * dy) / s, a, s);
        }
    }

    /** The denoisers D(x) of {@code field} at the points of {@code at}. */
    public static PointCloud denoise(ScoreField field, double a, double s, PointCloud at) {
        int n = at.size();
        FieldBuffer out = FieldBuffer.of(n);
        field.evaluate(a, s, at.xs(), at.ys(), n, out);
        return PointCloud.wrap(java.util.Arrays.copyOf(out.denoisedX, n), java.util.Arrays.copyOf(out.denoisedY, n));
    }

    /** x_t = a x_0 + s eps for the points x_0 and n fresh eps from {@code rng}. */
    public static PointCloud noised(PointCloud clean, double a, double s, UniformRandomProvider rng) {
        int n = clean.size();
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a * clean.x(i) + s * gauss.sample();
            ys[i] = a * clean.y(i) + s * gauss.sample();
        }
        return PointCloud.wrap(xs, ys);
    }

    /**
     * The field error at time t: the root mean square over x_t ~ p_t (n draws of x_0 from
     * {@code data}, noised) of |y_hat_learned(x_t) - y_hat_exact(x_t)| in the target's units,
     * sqrt(E |f_theta(x_t) - f*(x_t)|^2). With the loss weight lambda(t) on the target, the
     * network's loss at t is the floor plus lambda(t) times its square.
     */
    public static double fieldError(ScoreField learned, ScoreField exact, TrainingProcess process, Target target,
            GaussianMixture2D data, double t, int n, UniformRandomProvider rng) {
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        PointCloud xt = noised(data.sample(n, rng), a, s, rng);
        double[] lx = new double[n];
        double[] ly = new double[n];
        double[] ex = new double[n];
        double[] ey = new double[n];
        predict(learned, target, a, s, xt.xs(), xt.ys(), n, lx, ly);
        predict(exact, target, a, s, xt.xs(), xt.ys(), n, ex, ey);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double dx = lx[i] - ex[i];
            double dy = ly[i] - ey[i];
            sum += dx * dx + dy * dy;
        }
        return Math.sqrt(sum / n);
    }

    /**
     * The training loss of {@code field} at time t on n fresh pairs (x_0 from {@code data}, eps),
     * as the trainer weighs it: lambda(t) |y_hat(x_t) - y|^2 with lambda = {@link LossWeighting#onTarget};
     * its mean and standard error.
     */
    public static double[] loss(ScoreField field, TrainingProcess process, Target target, LossWeighting weighting,
            GaussianMixture2D data, double t, int n, UniformRandomProvider rng) {
        double a = process.signalScale(t);
        double s = process.noiseStd(t);
        double lambda = weighting.onTarget(target, a, s);
        PointCloud clean = data.sample(n, rng);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] ex = new double[n];
        double[] ey = new double[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ex[i] = gauss.sample();
            ey[i] = gauss.sample();
            xs[i] = a * clean.x(i) + s * ex[i];
            ys[i] = a * clean.y(i) + s * ey[i];
        }
        double[] qx = new double[n];
        double[] qy = new double[n];
        predict(field, target, a, s, xs, ys, n, qx, qy);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double dx = qx[i] - target.of(clean.x(i), ex[i], a, s);
            double dy = qy[i] - target.of(clean.y(i), ey[i], a, s);
            double e = lambda * (dx * dx + dy * dy);
            sum += e;
            squares += e * e;
        }
        double mean = sum / n;
        double variance = Math.max(0, squares / n - mean * mean) * n / Math.max(1, n - 1);
        return new double[] {mean, Math.sqrt(variance / n)};
    }
}
