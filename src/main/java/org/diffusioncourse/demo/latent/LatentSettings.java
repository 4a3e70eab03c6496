package org.diffusioncourse.demo.latent;

import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;

/**
 * The latent-pipeline demo's settings: the downsampling factor f per side (the main control) and
 * the latent channels c. The scene depends on both, so the settings are their own scene key.
 *
 * @param factor   f, one of {@link LatentPipeline#FACTORS}
 * @param channels c, one of {@link LatentPipeline#CHANNELS}
 */
public record LatentSettings(int factor, int channels) {

    static final Param.Choice<LatentSettings, Integer> F = Param.choice("f", LatentPipeline.FACTORS, String::valueOf,
            LatentSettings::factor, (s, v) -> new LatentSettings(v, s.channels));
    static final Param.Choice<LatentSettings, Integer> C = Param.choice("c", LatentPipeline.CHANNELS, String::valueOf,
            LatentSettings::channels, (s, v) -> new LatentSettings(s.factor, v));

    /** Stable Diffusion's shapes, the seed's diagram: f = 8 and c = 4, a 64 x 64 x 4 latent. */
    static final LatentSettings DEFAULTS = new LatentSettings(8, 4);
    /** Link order: f, c. */
    public static final ParamSet<LatentSettings> PARAMS = ParamSet.of(DEFAULTS, F, C);

    /** The pipeline of these settings. */
    public LatentPipeline pipeline() {
        return LatentPipeline.of(factor, channels);
    }
}
