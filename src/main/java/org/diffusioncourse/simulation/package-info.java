/**
 * Pure numerics for the course: noise schedules, toy data sets, the closed-form forward
 * process and the structure-match proxy. Nothing here depends on the web application;
 * randomness always comes from an injected {@link org.apache.commons.rng.UniformRandomProvider}.
 */
@NullMarked
package org.diffusioncourse.simulation;

import org.jspecify.annotations.NullMarked;
