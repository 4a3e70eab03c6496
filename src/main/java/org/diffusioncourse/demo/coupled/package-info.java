/**
 * What the SDE and flow-matching demos share: samplers run from the same noise with the exact p_t
 * contours of every step ({@link org.diffusioncourse.demo.coupled.CoupledScene}), their figure
 * and storyboard ({@link org.diffusioncourse.demo.coupled.CoupledFigure}), and the end-of-run
 * question with its metrics table ({@link org.diffusioncourse.demo.coupled.CoupledParts}). Each
 * demo is its own {@link org.diffusioncourse.demo.Demo} with its own widget.
 */
@NullMarked
package org.diffusioncourse.demo.coupled;

import org.jspecify.annotations.NullMarked;
