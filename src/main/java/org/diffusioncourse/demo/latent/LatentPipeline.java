package org.diffusioncourse.demo.latent;

import java.util.List;

/**
 * One configuration of a latent diffusion pipeline ({@code rombach-2022-ldm}): a 512 x 512 x 3
 * image, an encoder that divides each side by the downsampling factor f and writes c channels,
 * a denoiser that runs every sampling step on that latent, and a decoder back to pixels. The
 * numbers are arithmetic on the two shapes ({@link LatentShape}):
 * <pre>
 *   latent            = (512 / f) x (512 / f) x c          (64 x 64 x 4 at f = 8, c = 4)
 *   compression       = 512 * 512 * 3 / ((512/f)^2 c)      (= 3 f^2 / c: 48 at f = 8, c = 4)
 *   attention saving  = (positions(image) / positions(latent))^2 = f^4   (4096 at f = 8)
 * </pre>
 * The last line is a model, not a measurement: it assumes the cost of one denoiser step is
 * dominated by self-attention over every spatial position at the latent's full resolution, which
 * compares all pairs, so it grows with the square of the number of positions and not with the
 * channels. Real U-Nets attend only at reduced resolutions and also pay for convolutions and
 * channel width, so their saving is smaller.
 */
public final class LatentPipeline {

    /** The side of the image the seed's diagram starts from (512 x 512 RGB). */
    public static final int IMAGE_SIDE = 512;
    /** Colour channels of the image. */
    public static final int IMAGE_CHANNELS = 3;
    /** The downsampling factors offered: powers of two that divide 512, up to a 16 x 16 latent. */
    public static final List<Integer> FACTORS = List.of(1, 2, 4, 8, 16, 32);
    /** The latent channel counts offered (Stable Diffusion's autoencoder writes 4). */
    public static final List<Integer> CHANNELS = List.of(1, 2, 3, 4, 8, 16);

    private static final LatentShape IMAGE = new LatentShape(IMAGE_SIDE, IMAGE_SIDE, IMAGE_CHANNELS);

    private final int factor;
    private final LatentShape latent;

    private LatentPipeline(int factor, LatentShape latent) {
        this.factor = factor;
        this.latent = latent;
    }

    /**
     * The pipeline with downsampling factor {@code factor} and {@code channels} latent channels.
     *
     * @throws IllegalArgumentException naming the value and the values allowed
     */
    public static LatentPipeline of(int factor, int channels) {
        if (!FACTORS.contains(factor)) {
            throw new IllegalArgumentException("factor must be one of " + listed(FACTORS) + ", was " + factor);
        }
        if (!CHANNELS.contains(channels)) {
            throw new IllegalArgumentException("channels must be one of " + listed(CHANNELS) + ", was " + channels);
        }
        return new LatentPipeline(factor, latentOf(factor, channels));
    }

    // region latent-pipeline
    /** The encoder's output: each side of the image divided by f, with c channels. */
    static LatentShape latentOf(int factor, int channels) {
        int side = IMAGE_SIDE / factor;
        return new LatentShape(side, side, channels);
    }

    /** How many times fewer values the latent holds than the image: 3 f^2 / c. */
    public double compression() {
        return IMAGE.compressionTo(latent);
    }

    /**
     * How many times cheaper one denoiser step's self-attention is over the latent than over the
     * pixels, under the model that it compares every pair of positions: f^4.
     */
    public double attentionSaving() {
        return IMAGE.attentionCostRatioTo(latent);
    }

    /** The pairs of positions one full self-attention over the latent compares: (h' w')^2. */
    public long attentionPairs() {
        return latent.positions() * latent.positions();
    }
    // endregion latent-pipeline

    /** The image the pipeline encodes and decodes, 512 x 512 x 3. */
    public LatentShape image() {
        return IMAGE;
    }

    /** The latent the denoiser works on. */
    public LatentShape latent() {
        return latent;
    }

    /** The downsampling factor f per side. */
    public int factor() {
        return factor;
    }

    /** The latent channels c. */
    public int channels() {
        return latent.channels();
    }

    /** The pairs of positions one full self-attention over the pixels compares: (512 * 512)^2. */
    public long pixelAttentionPairs() {
        return IMAGE.positions() * IMAGE.positions();
    }

    private static String listed(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
