/**
 * The consistency-models lesson's demo: the ideal consistency map of a toy target, computed from the exact
 * probability-flow ODE, against the cheap Euler version of the same map.
 */
@NullMarked
package org.diffusioncourse.demo.landscape;

import org.jspecify.annotations.NullMarked;
