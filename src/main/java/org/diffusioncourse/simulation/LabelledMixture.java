package org.diffusioncourse.simulation;

import java.util.Arrays;

/**
 * A {@link GaussianMixture2D} whose components carry an integer class label y_k &gt;= 0, so a
 * class-conditional target p(x | y) can be formed by keeping the components of one class and
 * renormalising their weights,
 *
 * <pre>  p(x | y) = sum_{k : y_k = y} w_k N(x; mu_k, sigma_k^2 I) / sum_{k : y_k = y} w_k.</pre>
 *
 * <p>This is the exact conditional target that classifier-free guidance ({@code ho-2022-cfg})
 * mixes with the unconditional one. Immutable.
 */
public final class LabelledMixture {

    private final GaussianMixture2D mixture;
    private final int[] classes;

    private LabelledMixture(GaussianMixture2D mixture, int[] classes) {
        this.mixture = mixture;
        this.classes = classes;
    }

    /**
     * Validates and copies a labelled mixture; weights, means and stds are checked as in
     * {@link GaussianMixture2D#of}.
     *
     * @param classes y_k &gt;= 0, one per weight
     * @throws IllegalArgumentException naming the offending parameter, index and value
     */
    public static LabelledMixture of(double[] weights, double[][] means, double[] stds, int[] classes) {
        return of(GaussianMixture2D.of(weights, means, stds), classes);
    }

    /** Attaches labels to an existing mixture; see {@link #of(double[], double[][], double[], int[])}. */
    public static LabelledMixture of(GaussianMixture2D mixture, int[] classes) {
        if (classes.length != mixture.components()) {
            throw new IllegalArgumentException("classes must have " + mixture.components()
                    + " entries (one per weight), had " + classes.length);
        }
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0) {
                throw new IllegalArgumentException("classes[" + i + "] must be >= 0, was " + classes[i]);
            }
        }
        return new LabelledMixture(mixture, classes.clone());
    }

    /** Every component in class 0. */
    public static LabelledMixture unlabelled(GaussianMixture2D mixture) {
        return new LabelledMixture(mixture, new int[mixture.components()]);
    }

    /** The unconditional mixture p(x). */
    public GaussianMixture2D mixture() {
        return mixture;
    }

    /** A copy of the labels y_k. */
    public int[] classes() {
        return classes.clone();
    }

    /** One more than the largest label. */
    public int classCount() {
        return Arrays.stream(classes).max().orElse(0) + 1;
    }

    /**
     * The conditional target p(x | y): the components of class y with renormalised weights.
     *
     * @throws IllegalArgumentException if no component of class y has positive weight
     */
    public GaussianMixture2D restrictTo(int y) {
        double[] w = mixture.weights();
        double[][] mu = mixture.means();
        double[] sd = mixture.stds();
        double total = 0;
        int count = 0;
        for (int k = 0; k < w.length; k++) {
            if (classes[k] == y && w[k] > 0) {
                total += w[k];
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("y must be a class with positive weight, one of "
                    + Arrays.toString(Arrays.stream(classes).distinct().sorted().toArray()) + "; was " + y);
        }
        double[] cw = new double[count];
        double[][] cm = new double[count][];
        double[] cs = new double[count];
        int j = 0;
        for (int k = 0; k < w.length; k++) {
            if (classes[k] == y && w[k] > 0) {
                cw[j] = w[k] / total;
                cm[j] = mu[k];
                cs[j++] = sd[k];
            }
        }
        // Renormalising can leave the sum a few ulps from 1; pin the last weight.
        double sum = 0;
        for (int i = 0; i < count - 1; i++) {
            sum += cw[i];
        }
        cw[count - 1] = Math.max(0.0, 1.0 - sum);
        return GaussianMixture2D.of(cw, cm, cs);
    }

    @Override
    public String toString() {
        return "LabelledMixture[K=" + mixture.components() + ", classes=" + classCount() + "]";
    }
}
