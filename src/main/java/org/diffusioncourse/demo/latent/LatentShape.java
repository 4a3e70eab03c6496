package org.diffusioncourse.demo.latent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.simulation.check.Checks;

/**
 * The shape height x width x channels of an image or of the latent tensor a latent diffusion
 * model denoises ({@code rombach-2022-ldm}): 512 x 512 x 3 pixels against a 64 x 64 x 4 latent.
 *
 * <p>The numbers the landscape lesson and the latent-pipeline demo quote follow from the shapes alone:
 * <pre>
 *   values        = h w c                               (786,432 against 16,384)
 *   compression   = values(image) / values(latent)      (48)
 *   attention     = (h w)^2 / (h' w')^2                  (4096: self-attention over every
 *                                                        spatial position costs the square of their number)
 * </pre>
 *
 * @param height  h &gt;= 1
 * @param width   w &gt;= 1
 * @param channels c &gt;= 1
 */
public record LatentShape(int height, int width, int channels) {

    /** Largest side or channel count accepted. */
    public static final int MAX_SIDE = 16_384;

    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})x(\\d{1,6})x(\\d{1,6})");

    public LatentShape {
        Checks.requireRange("height", height, 1, MAX_SIDE);
        Checks.requireRange("width", width, 1, MAX_SIDE);
        Checks.requireRange("channels", channels, 1, MAX_SIDE);
    }

    /**
     * Reads {@code "512x512x3"} (height x width x channels).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static LatentShape parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("shape must look like 512x512x3 (height x width x channels), was \""
                    + (text == null ? "" : text.strip()) + "\"");
        }
        return new LatentShape(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    // region latent-compression
    /** Number of values h w c. */
    public long values() {
        return (long) height * width * channels;
    }

    /** Number of spatial positions h w (the tokens of self-attention over the grid). */
    public long positions() {
        return (long) height * width;
    }

    /** values(this) / values(latent): how many times fewer numbers the latent holds. */
    public double compressionTo(LatentShape latent) {
        return values() / (double) latent.values();
    }

    /** (positions(this) / positions(latent))^2: the ratio of self-attention costs over all positions. */
    public double attentionCostRatioTo(LatentShape latent) {
        double r = positions() / (double) latent.positions();
        return r * r;
    }
    // endregion latent-compression

    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
