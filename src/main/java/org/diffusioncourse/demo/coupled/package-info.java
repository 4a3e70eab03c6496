/**
 * What the SDE and flow-matching demos share: samplers run from the same noise, cached per
 * setting with the exact p_t contours of every step, and drawn side by side.
 */
@NullMarked
package org.diffusioncourse.demo.coupled;

import org.jspecify.annotations.NullMarked;
