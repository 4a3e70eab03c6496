package org.diffusioncourse.demo.likelihood;

/**
 * Hyvarinen's explicit score matching ({@code hyvarinen-2005}) for the {@link QuarticEnergy}
 * family. The objective compares the model score s_theta with the data's unknown score; after
 * integration by parts it needs only the model:
 *
 * <pre>
 *   (1/2) E_data[(s_theta(x) - d/dx log p_data(x))^2]
 *     = E_data[(1/2) s_theta(x)^2 + s_theta'(x)] + const  =: J(theta) + const.
 * </pre>
 *
 * With s_theta(x) = -theta . psi(x), psi(x) = (2x, 4x^3), and s_theta'(x) = -theta . psi'(x),
 * psi'(x) = (2, 12 x^2), the objective is the quadratic
 *
 * <pre>  J(theta) = (1/2) theta^T A theta - theta^T b,   A = mean[psi psi^T],   b = mean[psi'],</pre>
 *
 * minimised by theta = A^-1 b: no Z, no quadrature, no iterations.
 */
public final class ScoreMatchingFit {

    /** The estimate; it need not be normalisable for small or odd samples, so it is a plain pair. */
    public record Estimate(double theta1, double theta2) {
    }

    private ScoreMatchingFit() {
    }

    // region sm-hyvarinen
    /** The minimiser of J(theta) over the data: theta = A^-1 b. */
    public static Estimate of(double[] data) {
        requireData(data);
        double a11 = 0;
        double a12 = 0;
        double a22 = 0;
        double b1 = 0;
        double b2 = 0;
        for (double x : data) {
            double p1 = 2 * x;               // psi(x) = d/dx (x^2, x^4)
            double p2 = 4 * x * x * x;
            a11 += p1 * p1;
            a12 += p1 * p2;
            a22 += p2 * p2;
            b1 += 2;                         // psi'(x): the trace term of Hyvarinen's objective
            b2 += 12 * x * x;
        }
        double det = a11 * a22 - a12 * a12;  // the 1/n factors cancel in A^-1 b
        return new Estimate((a22 * b1 - a12 * b2) / det, (a11 * b2 - a12 * b1) / det);
    }

    /** J(theta) = mean over the data of (1/2) s_theta(x)^2 + s_theta'(x). */
    public static double objective(double theta1, double theta2, double[] data) {
        double sum = 0;
        for (double x : data) {
            double score = -(2 * theta1 * x + 4 * theta2 * x * x * x);
            double slope = -(2 * theta1 + 12 * theta2 * x * x);
            sum += 0.5 * score * score + slope;
        }
        return sum / data.length;
    }
    // endregion sm-hyvarinen

    private static void requireData(double[] data) {
        if (data.length < 3) {
            throw new IllegalArgumentException("data must hold at least 3 values, had " + data.length);
        }
    }
}
