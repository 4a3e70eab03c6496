package org.diffusioncourse.simulation;

/**
 * The score of a noised target, evaluated for many points at once.
 *
 * <p>For the marginal p of x = a x_0 + s eps (x_0 from the target, eps ~ N(0, I)) an
 * implementation writes, for points 0 .. n-1, the score grad log p(x) and the denoiser
 * D(x) = E[x_0 | x] (Tweedie: a D(x) = x + s^2 grad log p(x), {@code song-2021-score-sde}).
 * Giving both lets samplers stay finite where one form is 0/0 (a = 0 at the noise end of CondOT).
 * Fields take (a, s), not a time, so one field serves every {@link GaussianPath}.
 */
public interface ScoreField {

    /**
     * Evaluates the field at (xs[i], ys[i]) for i &lt; n into {@code out}.
     *
     * @param a signal scale, &gt;= 0
     * @param s noise std, &gt;= 0 (s = 0 is the clean target)
     */
    void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out);

    /** Mixture components visited per point and evaluation: the unit of {@link Sampler#cost}. */
    int componentCost();
}
