/**
 * The flow-matching lesson's demo: the CondOT flow ODE and its SDE extension at a chosen sigma,
 * run from the same noise over the exact marginals p_t.
 */
@NullMarked
package org.diffusioncourse.demo.flow;

import org.jspecify.annotations.NullMarked;
