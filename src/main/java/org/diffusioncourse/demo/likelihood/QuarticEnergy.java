package org.diffusioncourse.demo.likelihood;

/**
 * The one-dimensional energy-based model of the maximum-likelihood lesson,
 *
 * <pre>  p_theta(x) = exp(-E_theta(x)) / Z(theta),   E_theta(x) = theta1 x^2 + theta2 x^4,</pre>
 *
 * an exponential family with features phi(x) = (x^2, x^4). It is normalisable exactly when
 * theta2 &gt; 0, or theta2 = 0 and theta1 &gt; 0 (then it is N(0, 1 / (2 theta1))). Z(theta) has no
 * elementary closed form once theta2 &gt; 0, which is why the lesson computes it by quadrature
 * ({@link GridQuadrature}); the score needs no Z at all
 * ({@code hyvarinen-2005}, {@code song-2021-score-blog}):
 *
 * <pre>  grad_x log p_theta(x) = -E_theta'(x) = -(2 theta1 x + 4 theta2 x^3).</pre>
 *
 * Immutable.
 */
public record QuarticEnergy(double theta1, double theta2) {

    /**
     * @throws IllegalArgumentException naming the parameter when the density cannot be normalised
     */
    public QuarticEnergy {
        if (!Double.isFinite(theta1)) {
            throw new IllegalArgumentException("theta1 must be finite, was " + theta1);
        }
        if (!(theta2 >= 0) || !Double.isFinite(theta2)) {
            throw new IllegalArgumentException("theta2 must be a finite number >= 0 (else exp(-E) cannot be normalised), was " + theta2);
        }
        if (theta2 == 0 && !(theta1 > 0)) {
            throw new IllegalArgumentException("theta1 must be > 0 when theta2 = 0 (else exp(-E) cannot be normalised), was " + theta1);
        }
    }

    /** The model E_theta; see the constructor for what is refused. */
    public static QuarticEnergy of(double theta1, double theta2) {
        return new QuarticEnergy(theta1, theta2);
    }

    /** E_theta(x) = theta1 x^2 + theta2 x^4. */
    public double energy(double x) {
        double x2 = x * x;
        return theta1 * x2 + theta2 * x2 * x2;
    }

    // region ml-score
    /** The score d/dx log p_theta(x) = -E_theta'(x): no Z(theta) anywhere. */
    public double score(double x) {
        return -(2 * theta1 * x + 4 * theta2 * x * x * x);
    }
    // endregion ml-score

    /** d/dx of the score, -(2 theta1 + 12 theta2 x^2): the term Hyvarinen's objective needs. */
    public double scoreSlope(double x) {
        return -(2 * theta1 + 12 * theta2 * x * x);
    }

    /** log p_theta(x) = -E_theta(x) - log Z(theta), given log Z. */
    public double logDensity(double x, double logZ) {
        return -energy(x) - logZ;
    }
}
