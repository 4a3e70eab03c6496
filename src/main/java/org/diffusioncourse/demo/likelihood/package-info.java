/**
 * The maximum-likelihood lesson's demo: fit an unnormalised 1-D model to toy data step by
 * step, with Z(theta) by quadrature and the score that needs no Z.
 */
@NullMarked
package org.diffusioncourse.demo.likelihood;

import org.jspecify.annotations.NullMarked;
