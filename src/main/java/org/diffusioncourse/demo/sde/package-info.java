/**
 * The SDE lesson's demo: the reverse SDE and the probability-flow ODE of the VP or VE process, run
 * from the same noise over the exact marginals p_t.
 */
@NullMarked
package org.diffusioncourse.demo.sde;

import org.jspecify.annotations.NullMarked;
