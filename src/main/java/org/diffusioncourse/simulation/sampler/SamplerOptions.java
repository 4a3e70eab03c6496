package org.diffusioncourse.simulation.sampler;

/**
 * The settings a sampler may read; each sampler ignores those it does not use (see
 * {@link SamplerKind#options()}), and {@link SamplerKind#defaults()} fills them.
 *
 * @param steps    steps (noise levels for edm-heun, total steps over all levels for annealed-langevin)
 * @param eta      DDIM stochasticity, {@link SamplerKind.Option#ETA}
 * @param sigma    flow-sde noise level, {@link SamplerKind.Option#SIGMA} (0 is the flow ODE)
 * @param stepSize Langevin step h, or annealed Langevin's base step epsilon, {@link SamplerKind.Option#STEP_SIZE}
 */
public record SamplerOptions(int steps, double eta, double sigma, double stepSize) {

    /** A copy with other steps. */
    public SamplerOptions withSteps(int newSteps) {
        return new SamplerOptions(newSteps, eta, sigma, stepSize);
    }

    /** The value of a real-valued option. */
    public double value(SamplerKind.Option option) {
        return switch (option) {
            case ETA -> eta;
            case SIGMA -> sigma;
            case STEP_SIZE -> stepSize;
        };
    }
}
