/**
 * The engine's core: toy data sets as Gaussian mixtures, point clouds, the exact fields of a
 * noised mixture ({@link org.diffusioncourse.simulation.NoisedMixture}: density, score, Tweedie's
 * denoiser, velocity), guidance, the closed-form DDPM forward process and seeded generators.
 * The engine's layers, lowest first: {@code check} (argument checks and refusals),
 * {@code process} (noise schedules and Gaussian paths), this package, {@code sampler} (every
 * sampler and the {@link org.diffusioncourse.simulation.sampler.SamplerKind} registry) and
 * {@code metrics}. Each lesson's scene lives beside its demo in {@code demo/<lesson>}. Nothing here
 * depends on the web application (ArchitectureTest); randomness always comes from an injected
 * {@link org.apache.commons.rng.UniformRandomProvider}.
 */
@NullMarked
package org.diffusioncourse.simulation;

import org.jspecify.annotations.NullMarked;
