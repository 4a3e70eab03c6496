package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * Annealed Langevin dynamics of NCSN ({@code song-2019-ncsn}, Algorithm 1): a geometric ladder
 * sigma_1 = sigma_max &gt; .. &gt; sigma_L = sigma_min, and at each level T steps of
 *
 * <pre>  x &lt;- x + alpha_i / 2 grad log p_{sigma_i}(x) + sqrt(alpha_i) z,   alpha_i = epsilon sigma_i^2 / sigma_L^2,</pre>
 *
 * where p_sigma is the target blurred by N(0, sigma^2 I) (a = 1, s = sigma). Start:
 * N(0, (1 + sigma_max^2) I). No final denoising step. Recorded time: sigma_i after each step.
 */
public final class AnnealedLangevinSampler extends AbstractSampler {

    private final double[] sigmas;
    private final int stepsPerLevel;
    private final double epsilon;

    AnnealedLangevinSampler(int levels, int stepsPerLevel, double sigmaMax, double sigmaMin, double epsilon) {
        this(ladder(levels, sigmaMax, sigmaMin), stepsPerLevel, epsilon);
    }

    /** T steps at each level of the ladder, from N(0, (1 + sigma_max^2) I). */
    private AnnealedLangevinSampler(double[] sigmas, int stepsPerLevel, double epsilon) {
        super(SamplerKind.ANNEALED_LANGEVIN, (long) sigmas.length * stepsPerLevel, Math.sqrt(1 + sigmas[0] * sigmas[0]));
        this.sigmas = sigmas;
        this.stepsPerLevel = stepsPerLevel;
        this.epsilon = epsilon;
    }

    /** The geometric ladder sigma_i = sigma_max (sigma_min / sigma_max)^(i / (L - 1)), i = 0 .. L-1. */
    public static double[] ladder(int levels, double sigmaMax, double sigmaMin) {
        double[] sigmas = new double[levels];
        for (int i = 0; i < levels; i++) {
            double f = levels == 1 ? 1.0 : (double) i / (levels - 1);
            sigmas[i] = sigmaMax * Math.pow(sigmaMin / sigmaMax, f);
        }
        return sigmas;
    }

    @Override
    public SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths) {
        Particles p = new Particles(field, start, rng, paths, 1 + sigmas.length * stepsPerLevel);
        double last = sigmas[sigmas.length - 1];
        p.record(sigmas[0]);
        for (double sigma : sigmas) {
            double alpha = epsilon * sigma * sigma / (last * last);
            for (int k = 0; k < stepsPerLevel; k++) {
                p.evaluate(1.0, sigma);
                for (int i = 0; i < p.n; i++) {
                    p.xs[i] = LangevinSampler.step(p.xs[i], p.field.scoreX[i], alpha, p.normal());
                    p.ys[i] = LangevinSampler.step(p.ys[i], p.field.scoreY[i], alpha, p.normal());
                }
                p.record(sigma);
            }
        }
        return p.finish();
    }
}
