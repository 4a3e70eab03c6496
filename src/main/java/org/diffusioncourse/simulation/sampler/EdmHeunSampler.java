package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * The deterministic Heun sampler of EDM ({@code karras-2022-edm}, Algorithm 1) on the VE process
 * with sigma(t) = t, so x = x_0 + sigma eps and dx/dsigma = (x - D(x; sigma)) / sigma. The noise
 * levels are
 *
 * <pre>  sigma_i = (sigma_max^(1/rho) + i / (N - 1) (sigma_min^(1/rho) - sigma_max^(1/rho)))^rho,  i &lt; N,  sigma_N = 0,</pre>
 *
 * and each step is Heun's method, except the last (to sigma = 0), which is Euler. NFE = 2N - 1.
 * Start: N(0, sigma_max^2 I). Recorded time: sigma.
 */
final class EdmHeunSampler extends AbstractSampler {

    private final double[] sigmas;

    EdmHeunSampler(int steps, double sigmaMin, double sigmaMax, double rho) {
        this(karrasSigmas(steps, sigmaMin, sigmaMax, rho));
    }

    /** N Heun steps (the last an Euler step) from sigma_0 = sigma_max: NFE = 2N - 1. */
    private EdmHeunSampler(double[] sigmas) {
        super(SamplerKind.EDM_HEUN, 2L * (sigmas.length - 1) - 1, sigmas[0]);
        this.sigmas = sigmas;
    }

    // region karras-sigmas
    /** The N + 1 levels sigma_0 = sigma_max &gt; .. &gt; sigma_{N-1} = sigma_min &gt; sigma_N = 0. */
    static double[] karrasSigmas(int steps, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[steps + 1];
        double hi = Math.pow(sigmaMax, 1 / rho);
        double lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < steps; i++) {
            double f = steps == 1 ? 0.0 : (double) i / (steps - 1);
            s[i] = Math.pow(hi + f * (lo - hi), rho);
        }
        s[steps] = 0.0;
        return s;
    }
    // endregion karras-sigmas

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, sigmas.length);
        SlopeSteps steps = new SlopeSteps(p, (sigma, xs, ys, dx, dy) -> {
            p.evaluate(1.0, sigma, xs, ys);
            for (int i = 0; i < p.n; i++) {
                dx[i] = (xs[i] - p.field.denoisedX[i]) / sigma;
                dy[i] = (ys[i] - p.field.denoisedY[i]) / sigma;
            }
        });
        p.record(sigmas[0]);
        for (int j = 0; j + 1 < sigmas.length; j++) {
            double next = sigmas[j + 1];
            steps.step(sigmas[j], next, next > 0);
            p.record(next);
        }
        return p.finish();
    }
}
