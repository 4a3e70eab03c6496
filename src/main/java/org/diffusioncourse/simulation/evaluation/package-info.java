/**
 * How good samples are, measured against a 2-D target whose density is known exactly: the
 * Fréchet distance of fitted Gaussians, energy distance, MMD, k-NN precision and recall, mode
 * coverage, the exact log-likelihood of a point under the probability-flow ODE with Hutchinson's
 * trace estimator beside it, and the failure modes of the course's samplers as models with a
 * severity. Pure numerics: nothing here knows the web application.
 */
@NullMarked
package org.diffusioncourse.simulation.evaluation;

import org.jspecify.annotations.NullMarked;
