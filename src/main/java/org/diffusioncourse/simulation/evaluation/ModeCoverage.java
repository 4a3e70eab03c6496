package org.diffusioncourse.simulation.evaluation;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.Checks;

/**
 * Mode coverage of a Gaussian-mixture target. The rule: component k (weight w_k, mean mu_k,
 * std sigma_k) is <em>covered</em> when
 *
 * <pre>  #{ i : |x_i - mu_k| &lt;= r sigma_k }  &gt;=  c n w_k (1 - exp(-r^2 / 2)),</pre>
 *
 * that is, when the disc of radius r sigma_k around its mean holds at least the share c of the
 * samples that component alone puts there in expectation (a 2-D isotropic Gaussian puts
 * 1 - exp(-r^2/2) of its mass within r sigma; neighbouring components only add to the count).
 * The course uses r = 2 (86.5% of the component's mass) and c = 1/2. Coverage is the fraction of
 * covered components.
 *
 * @param covered  how many components are covered
 * @param modes    how many components the target has
 * @param radius   r, in component stds
 * @param share    c
 */
public record ModeCoverage(int covered, int modes, double radius, double share) {

    public static final double DEFAULT_RADIUS = 2.0;
    public static final double DEFAULT_SHARE = 0.5;

    /** covered / modes. */
    public double fraction() {
        return covered / (double) modes;
    }

    /** Coverage by the course's rule, r = 2 and c = 1/2. */
    public static ModeCoverage of(GaussianMixture2D target, PointCloud samples) {
        return of(target, samples, DEFAULT_RADIUS, DEFAULT_SHARE);
    }

    /**
     * Coverage with radius r (in component stds) and share c.
     *
     * @throws IllegalArgumentException unless 0 &lt; r &lt;= 10, 0 &lt; c &lt;= 1 and the samples are not empty
     */
    public static ModeCoverage of(GaussianMixture2D target, PointCloud samples, double radius, double share) {
        Checks.requirePositiveAtMost("radius", radius, 10);
        Checks.requirePositiveAtMost("share", share, 1);
        SampleDistances.requireAtLeast("samples", samples, 1);
        double[] w = target.weights();
        double[][] mu = target.means();
        double[] sd = target.stds();
        double inDisc = -Math.expm1(-0.5 * radius * radius);
        int n = samples.size();
        int covered = 0;
        for (int k = 0; k < w.length; k++) {
            double r2 = radius * radius * sd[k] * sd[k];
            int count = 0;
            for (int i = 0; i < n; i++) {
                double dx = samples.x(i) - mu[k][0];
                double dy = samples.y(i) - mu[k][1];
                count += dx * dx + dy * dy <= r2 ? 1 : 0;
            }
            covered += count >= share * n * w[k] * inDisc ? 1 : 0;
        }
        return new ModeCoverage(covered, w.length, radius, share);
    }
}
