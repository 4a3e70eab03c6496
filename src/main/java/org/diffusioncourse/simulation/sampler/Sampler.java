package org.diffusioncourse.simulation.sampler;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;

/**
 * A sampler that turns noise into draws from the target of a {@link ScoreField}. Immutable and
 * shareable; all randomness comes from the generator passed to each run. Build one by id with
 * {@link SamplerKind}, or with the factories of {@link Samplers}.
 */
public interface Sampler {

    /** Largest number of particles per run. */
    int MAX_PARTICLES = 20_000;

    /**
     * The {@link SamplerKind#id()} of the sampler's kind, e.g. {@code "ddim"}; the reference ODE
     * solver, which only measures the others, has a name of its own.
     */
    String id();

    /** Field evaluations (NFE) per particle, or -1 when adaptive and only known after the run. */
    long evaluationsPerParticle();

    /** The std of the isotropic Gaussian the run starts from. */
    double priorStd();

    /**
     * Draws n particles from N(0, priorStd^2 I) (x first, then y, point by point), then runs
     * {@link #runFrom}.
     *
     * @throws IllegalArgumentException unless 1 &lt;= n &lt;= 20000
     */
    default SampleRun run(ScoreField field, int n, UniformRandomProvider rng, PathSelection paths) {
        if (n < 1 || n > MAX_PARTICLES) {
            throw new IllegalArgumentException("n must be between 1 and " + MAX_PARTICLES + ", was " + n);
        }
        PointCloud eps = PointCloud.standardNormal(n, rng);
        double std = priorStd();
        double[] xs = eps.xs();
        double[] ys = eps.ys();
        for (int i = 0; i < n; i++) {
            xs[i] *= std;
            ys[i] *= std;
        }
        return runFrom(field, PointCloud.wrap(xs, ys), rng, paths);
    }

    /** Runs the sampler from given starting points (the same noise can drive several samplers). */
    SampleRun runFrom(ScoreField field, PointCloud start, UniformRandomProvider rng, PathSelection paths);

    /**
     * The work of a run, estimable before it: n x NFE per particle x components per evaluation
     * (adaptive samplers count as -1 per particle, so their estimate is negative: unknown).
     */
    default long cost(int n, ScoreField field) {
        return (long) n * evaluationsPerParticle() * field.componentCost();
    }
}
