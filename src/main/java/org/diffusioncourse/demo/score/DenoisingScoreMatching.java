package org.diffusioncourse.demo.score;

import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Vec2;

/**
 * Denoising score matching ({@code vincent-2011}) on a Gaussian path x = a x_0 + s eps. The
 * marginal score of p(x) is unknown in general, but the conditional score of x given x_0 is
 * -(x - a x_0) / s^2 = -eps / s, and regressing onto it has the same minimiser:
 *
 * <pre>  L_DSM(f) = E || f(a x_0 + s eps) + eps / s ||^2,   minimised by f(x) = grad log p(x),</pre>
 *
 * because E[-eps / s | x] = grad log p(x) (Tweedie's formula). This class evaluates the loss
 * and the mean residual f(x) + eps / s for a given field on given pairs (x_0, eps), so tests
 * and the lesson can check that the exact score is the minimiser.
 */
public final class DenoisingScoreMatching {

    /**
     * What one pass over the pairs measured.
     *
     * @param loss          mean of ||f(x) + eps / s||^2
     * @param meanResidualX mean of the x component of f(x) + eps / s (0 in expectation for the true score)
     * @param meanResidualY the same for y
     * @param sdResidualX   the sample standard deviation of that component
     * @param sdResidualY   the same for y
     */
    public record Pass(int n, double loss, double meanResidualX, double meanResidualY,
            double sdResidualX, double sdResidualY) {
    }

    private DenoisingScoreMatching() {
    }

    // region sm-dsm
    /** The regression target of one pair: the conditional score -eps / s. */
    public static Vec2 target(Vec2 eps, double s) {
        return new Vec2(-eps.x() / s, -eps.y() / s);
    }

    /**
     * Noises each x_0 with its eps, asks {@code field} for its score at x = a x_0 + s eps, and
     * compares it with the target -eps / s.
     */
    public static Pass evaluate(ScoreField field, double a, double s, PointCloud x0, PointCloud eps) {
        if (!(s > 0)) {
            throw new IllegalArgumentException("s must be > 0 (the target -eps/s needs noise), was " + s);
        }
        if (x0.size() != eps.size() || x0.size() < 2) {
            throw new IllegalArgumentException("x0 and eps must hold the same number of points, at least 2; had "
                    + x0.size() + " and " + eps.size());
        }
        int n = x0.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = a * x0.x(i) + s * eps.x(i);
            ys[i] = a * x0.y(i) + s * eps.y(i);
        }
        FieldBuffer out = FieldBuffer.of(n);
        field.evaluate(a, s, xs, ys, n, out);
        double loss = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double rx = out.scoreX(i) + eps.x(i) / s;
            double ry = out.scoreY(i) + eps.y(i) / s;
            loss += rx * rx + ry * ry;
            sx += rx;
            sy += ry;
            sxx += rx * rx;
            syy += ry * ry;
        }
        double mx = sx / n;
        double my = sy / n;
        return new Pass(n, loss / n, mx, my, Math.sqrt((sxx - n * mx * mx) / (n - 1)),
                Math.sqrt((syy - n * my * my) / (n - 1)));
    }
    // endregion sm-dsm
}
