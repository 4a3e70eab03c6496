package org.diffusioncourse.demo.landscape;

import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.ReferenceOdeSampler;

/**
 * The probability-flow ODE written in the noise level sigma of the variance-exploding form
 * x = x_0 + sigma eps ({@code karras-2022-edm}, eq. 3 with sigma(t) = t):
 *
 * <pre>  dx / dsigma = (x - D(x; sigma)) / sigma = -sigma grad log p_sigma(x),</pre>
 *
 * solved to a tight tolerance by the adaptive Dormand-Prince 8(5,3) integrator. Every
 * deterministic sampler on this page is a discretisation of this one ODE: EDM's Heun sampler
 * directly, DDIM after the change of variables x_bar = x_t / sqrt(alpha_bar_t),
 * sigma_t = sqrt((1 - alpha_bar_t) / alpha_bar_t) ({@code song-2020-ddim}, eq. 14). So this
 * solution from the sampler's own start is what its end points converge to as the steps grow.
 * The right-hand side uses the score form, which stays finite down to sigma = 0.
 */
public final class SigmaFlowReference {

    private SigmaFlowReference() {
    }

    /**
     * Moves every point of {@code start} from noise level {@code sigmaFrom} to {@code sigmaTo}.
     *
     * @throws IllegalArgumentException unless sigmaFrom &gt; sigmaTo &gt;= 0 and 1e-13 &lt;= tolerance &lt;= 1e-3
     */
    public static PointCloud solve(ScoreField field, PointCloud start, double sigmaFrom, double sigmaTo, double tolerance) {
        if (!(sigmaTo >= 0 && sigmaFrom > sigmaTo)) {
            throw new IllegalArgumentException("sigmaFrom must exceed sigmaTo >= 0, were " + sigmaFrom + " and " + sigmaTo);
        }
        Checks.requireBetween("tolerance", tolerance, 1e-13, 1e-3);
        int n = start.size();
        FieldBuffer buffer = FieldBuffer.of(n);
        double[] xs = start.xs();
        double[] ys = start.ys();
        ReferenceOdeSampler.integrate(xs, ys, sigmaFrom, sigmaTo, tolerance, (sigma, px, py, dx, dy) -> {
            double s = Math.max(0.0, sigma);
            field.evaluate(1.0, s, px, py, n, buffer);
            for (int i = 0; i < n; i++) {
                dx[i] = -s * buffer.scoreX[i];
                dy[i] = -s * buffer.scoreY[i];
            }
        });
        return PointCloud.wrap(xs, ys);
    }

    /** The DDIM noise level of step t: sigma_t = sqrt((1 - alpha_bar_t) / alpha_bar_t). */
    public static double ddimSigma(NoiseSchedule schedule, int t) {
        double ab = schedule.alphaBar(t);
        return Math.sqrt((1 - ab) / ab);
    }
}
