package org.diffusioncourse.simulation.sampler;

import org.diffusioncourse.simulation.process.GaussianPath;

/**
 * What a sampler of the registry knows before it runs, fixed when it is built: its
 * {@link SamplerKind} (whose id it reports), the field evaluations each particle costs, and the
 * std of the isotropic Gaussian it starts from. A subclass says only how it runs.
 */
abstract class AbstractSampler implements Sampler {

    private final SamplerKind kind;
    private final long evaluations;
    private final double priorStd;

    /**
     * @param evaluations NFE per particle
     * @param priorStd    the std of the start, N(0, priorStd^2 I)
     */
    protected AbstractSampler(SamplerKind kind, long evaluations, double priorStd) {
        this.kind = kind;
        this.evaluations = evaluations;
        this.priorStd = priorStd;
    }

    /**
     * sqrt(a(t)^2 + s(t)^2), the std per axis of the noised marginal at t of data with unit
     * variance per axis: the start of a sampler that begins at time t of {@code path}.
     */
    static double marginalStd(GaussianPath path, double t) {
        return Math.hypot(path.signalScale(t), path.noiseStd(t));
    }

    @Override
    public final String id() {
        return kind.id();
    }

    @Override
    public final long evaluationsPerParticle() {
        return evaluations;
    }

    @Override
    public final double priorStd() {
        return priorStd;
    }
}
