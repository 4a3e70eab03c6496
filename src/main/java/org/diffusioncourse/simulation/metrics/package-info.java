/**
 * How good a set of samples is against its exact target, the structure proxy of the forward lesson, density regions and log-log slopes.
 */
@NullMarked
package org.diffusioncourse.simulation.metrics;

import org.jspecify.annotations.NullMarked;
