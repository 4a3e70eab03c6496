/**
 * The score-matching lesson's demo: the exact score field of a noised mixture, with a probe
 * point that shows the score, Tweedie's denoiser and the noise prediction.
 */
@NullMarked
package org.diffusioncourse.demo.score;

import org.jspecify.annotations.NullMarked;
