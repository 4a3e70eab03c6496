/**
 * The training demo: a small network trained on a toy data set, looked at beside the exact fields
 * it should learn: its loss against the exact loss floor, its field and denoiser against the exact
 * ones, its samples against the exact field's (model error apart from sampler error), and how
 * close its samples come to the training points.
 */
@NullMarked
package org.diffusioncourse.demo.training;

import org.jspecify.annotations.NullMarked;
