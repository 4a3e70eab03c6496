package org.diffusioncourse.demo.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The latent-diffusion numbers of the landscape lesson and the latent-pipeline demo, from the shapes alone. */
class LatentShapeTest {

    private final LatentShape image = LatentShape.parse("512x512x3");
    private final LatentShape latent = LatentShape.parse("64x64x4");

    @Test
    void aStableDiffusionSizedImageAndLatentHold786432And16384Values() {
        assertThat(image.values()).isEqualTo(786_432);
        assertThat(latent.values()).isEqualTo(16_384);
    }

    @Test
    void theLatentIs48TimesSmallerAndFullAttentionOverItIs4096TimesCheaper() {
        assertThat(image.compressionTo(latent)).isEqualTo(48.0);
        assertThat(image.positions()).isEqualTo(262_144);
        assertThat(latent.positions()).isEqualTo(4_096);
        assertThat(image.attentionCostRatioTo(latent)).isEqualTo(4096.0);
    }

    @Test
    void moreLatentChannelsMeanLessCompression() {
        assertThat(LatentShape.parse("1024x1024x3").compressionTo(LatentShape.parse("128x128x16"))).isEqualTo(12.0);
    }

    @Test
    void aMalformedShapeIsRejectedWithTheText() {
        assertThatThrownBy(() -> LatentShape.parse("512 by 512"))
                .hasMessage("shape must look like 512x512x3 (height x width x channels), was \"512 by 512\"");
        assertThatThrownBy(() -> LatentShape.parse("0x4x4")).hasMessage("height must be between 1 and 16384, was 0");
    }
}
