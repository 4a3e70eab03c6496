/**
 * Pure numerics for the course: noise schedules, toy data sets, the closed-form forward
 * process and the structure-match proxy, and the sampling engine: Gaussian noising paths
 * ({@link org.diffusioncourse.simulation.process.GaussianPaths}), exact fields of noised mixtures
 * ({@link org.diffusioncourse.simulation.NoisedMixture}, guidance), samplers
 * ({@link org.diffusioncourse.simulation.sampler.Samplers}) and metrics. Nothing here depends on the web application;
 * randomness always comes from an injected {@link org.apache.commons.rng.UniformRandomProvider}.
 */
@NullMarked
package org.diffusioncourse.simulation;

import org.jspecify.annotations.NullMarked;
