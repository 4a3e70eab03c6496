package org.diffusioncourse.simulation.evaluation;

import java.util.Arrays;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.Checks;

/**
 * Improved precision and recall by k nearest neighbours ({@code kynkaanniemi-2019-precision-recall}).
 * Each point of a set gets a ball whose radius is the distance to its k-th nearest neighbour in
 * its own set (itself excluded); the union of the balls estimates the support of the set's
 * distribution. Then, for real points R (target draws) and generated points G,
 *
 * <pre>
 *   precision = (1/|G|) #{ g in G : |g - r| &lt;= rho_k(r) for some r in R }   (samples inside the target's support)
 *   recall    = (1/|R|) #{ r in R : |r - g| &lt;= rho_k(g) for some g in G }   (target points inside the samples' support)
 * </pre>
 *
 * Precision falls when samples land where the target has no mass; recall falls when part of
 * the target is never sampled. O((|R| + |G|)^2) time; one array of radii per set, nothing per point.
 *
 * @param precision the share of generated points inside the real manifold
 * @param recall    the share of real points inside the generated manifold
 * @param k         the neighbour that sets each radius
 */
public record PrecisionRecall(double precision, double recall, int k) {

    /** k of the paper's experiments. */
    public static final int DEFAULT_K = 3;

    /**
     * Precision and recall of {@code generated} against {@code real}.
     *
     * @throws IllegalArgumentException unless 1 &lt;= k &lt;= 50 and each set holds more than k points
     */
    public static PrecisionRecall of(PointCloud real, PointCloud generated, int k) {
        Checks.requireRange("k", k, 1, 50);
        SampleDistances.requireAtLeast("real", real, k + 1);
        SampleDistances.requireAtLeast("generated", generated, k + 1);
        double[] realRadii = kthNeighbourSquared(real, k);
        double[] generatedRadii = kthNeighbourSquared(generated, k);
        return new PrecisionRecall(covered(generated, real, realRadii), covered(real, generated, generatedRadii), k);
    }

    /**
     * The squared distance of each point to its k-th nearest other point of the same set, by a
     * sorted buffer of the k smallest squared distances seen so far.
     */
    static double[] kthNeighbourSquared(PointCloud c, int k) {
        int n = c.size();
        double[] out = new double[n];
        double[] best = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            double x = c.x(i);
            double y = c.y(i);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dx = x - c.x(j);
                double dy = y - c.y(j);
                double d = dx * dx + dy * dy;
                if (d < best[k - 1]) {
                    int at = k - 1;
                    while (at > 0 && best[at - 1] > d) {
                        best[at] = best[at - 1];
                        at--;
                    }
                    best[at] = d;
                }
            }
            out[i] = best[k - 1];
        }
        return out;
    }

    // region evaluation-knn
    /** The share of {@code points} inside at least one ball (centre in {@code centres}, squared radius in {@code radii}). */
    private static double covered(PointCloud points, PointCloud centres, double[] radii) {
        int inside = 0;
        for (int i = 0; i < points.size(); i++) {
            double x = points.x(i);
            double y = points.y(i);
            for (int j = 0; j < centres.size(); j++) {
                double dx = x - centres.x(j);
                double dy = y - centres.y(j);
                if (dx * dx + dy * dy <= radii[j]) {
                    inside++;
                    break;
                }
            }
        }
        return inside / (double) points.size();
    }
    // endregion evaluation-knn
}
