package org.diffusioncourse.demo.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shapes and ratios: the seed's 512 x 512 x 3 image and 64 x 64 x 4 latent, every
 * offered setting against independent reference values (latent.csv, made by
 * make_latent_reference.py with NumPy arrays of the shapes), and the refusals.
 */
class LatentPipelineTest {

    @Test
    void stableDiffusionsShapesGiveTheSeedsNumbers() {
        LatentPipeline p = LatentPipeline.of(8, 4);
        assertThat(p.image()).hasToString("512x512x3");
        assertThat(p.latent()).hasToString("64x64x4");
        assertThat(p.image().values()).isEqualTo(786_432);
        assertThat(p.latent().values()).isEqualTo(16_384);
        assertThat(p.compression()).isEqualTo(48.0);
        assertThat(p.attentionSaving()).isEqualTo(4096.0);
        assertThat(p.attentionPairs()).isEqualTo(4096L * 4096L);
        assertThat(p.pixelAttentionPairs()).isEqualTo(262_144L * 262_144L);
    }

    @Test
    void everySettingMatchesTheIndependentReference() throws IOException {
        List<String> rows = csv("latent.csv");
        assertThat(rows).hasSize(LatentPipeline.FACTORS.size() * LatentPipeline.CHANNELS.size());
        for (String row : rows) {
            String[] f = row.split(",");
            LatentPipeline p = LatentPipeline.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
            assertThat(p.latent()).as(row).hasToString(f[2]);
            assertThat(p.latent().values()).as(row).isEqualTo(Long.parseLong(f[3]));
            assertThat(p.compression()).as(row).isEqualTo(fraction(f[4]));
            assertThat(p.attentionSaving()).as(row).isEqualTo(fraction(f[5]));
        }
    }

    @Test
    void theChannelsChangeTheValuesButNotTheAttentionModel() {
        for (int f : LatentPipeline.FACTORS) {
            double saving = LatentPipeline.of(f, 1).attentionSaving();
            for (int c : LatentPipeline.CHANNELS) {
                assertThat(LatentPipeline.of(f, c).attentionSaving()).as("f = %d, c = %d", f, c).isEqualTo(saving)
                        .isEqualTo(Math.pow(f, 4));
                assertThat(LatentPipeline.of(f, c).compression()).isEqualTo(3.0 * f * f / c);
            }
        }
        assertThat(LatentPipeline.of(16, 16).latent().values()).isEqualTo(LatentPipeline.of(8, 4).latent().values());
    }

    @Test
    void factorsAndChannelsOutsideTheOfferedListsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> LatentPipeline.of(3, 4))
                .hasMessage("factor must be one of 1, 2, 4, 8, 16, 32, was 3");
        assertThatThrownBy(() -> LatentPipeline.of(64, 4))
                .hasMessage("factor must be one of 1, 2, 4, 8, 16, 32, was 64");
        assertThatThrownBy(() -> LatentPipeline.of(8, 5))
                .hasMessage("channels must be one of 1, 2, 3, 4, 8, 16, was 5");
        assertThatThrownBy(() -> LatentPipeline.of(8, 0))
                .hasMessage("channels must be one of 1, 2, 3, 4, 8, 16, was 0");
    }

    private static double fraction(String text) {
        String[] parts = text.split("/");
        return parts.length == 1 ? Double.parseDouble(parts[0]) : Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }

    private static List<String> csv(String name) throws IOException {
        try (InputStream in = LatentPipelineTest.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
    }
}
