/**
 * The landscape lesson's demo: the latent diffusion pipeline (encoder, denoiser in latent space,
 * decoder) with the shapes, value counts and a stated model of the attention cost for each
 * downsampling factor and channel count.
 */
@NullMarked
package org.diffusioncourse.demo.latent;

import org.jspecify.annotations.NullMarked;
