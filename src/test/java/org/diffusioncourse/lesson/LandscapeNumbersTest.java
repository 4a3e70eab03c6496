package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.diffusioncourse.demo.latent.LatentPipeline;
import org.diffusioncourse.demo.latent.LatentShape;
import org.diffusioncourse.support.LessonFiles;
import org.junit.jupiter.api.Test;

/**
 * Every worked number of the landscape lesson is the engine's: the latent arithmetic of the
 * seed's shapes, the rule 3 f² / c with its f = 16, c = 16 case, and the attention model's f⁴.
 */
class LandscapeNumbersTest {

    private final String lesson = LessonFiles.read("landscape");

    @Test
    void theLatentArithmeticIsTheEngines() {
        LatentShape image = LatentShape.parse("512x512x3");
        LatentShape latent = LatentShape.parse("64x64x4");
        assertThat(lesson).contains(String.format(Locale.ROOT, "%,d", image.values()))
                .contains(String.format(Locale.ROOT, "%,d", latent.values()))
                .contains(String.format(Locale.ROOT, "%,d", image.positions()))
                .contains(String.format(Locale.ROOT, "%,d", latent.positions()))
                .contains("$64^2 = 4{,}096$").contains("= 48 .");
        assertThat(image.compressionTo(latent)).isEqualTo(48);
        assertThat(image.attentionCostRatioTo(latent)).isEqualTo(4096);
        LatentShape big = LatentShape.parse("1024x1024x3");
        LatentShape wide = LatentShape.parse("128x128x16");
        assertThat(lesson).contains(String.format(Locale.ROOT, "%,d / %,d = %.0f", big.values(), wide.values(),
                big.compressionTo(wide)));
    }

    @Test
    void theSameValuesWithFewerPositionsAreTheEngines() {
        LatentPipeline sd = LatentPipeline.of(8, 4);
        LatentPipeline deep = LatentPipeline.of(16, 16);
        assertThat(deep.latent().values()).isEqualTo(sd.latent().values()).isEqualTo(16_384);
        assertThat(deep.compression()).isEqualTo(48);
        assertThat(deep.attentionSaving()).isEqualTo(65_536);
        assertThat(deep.attentionSaving() / sd.attentionSaving()).isEqualTo(16);
        assertThat(lesson).contains("48 again for f = 16 and c = 16, whose 32 × 32 latent has four times fewer positions")
                .contains("(262,144 / 1,024)² = 256² = 65,536").contains("sixteen times the 4,096 of f = 8")
                .contains("yet its attention is $16^4 / 8^4 = 16$ times cheaper again")
                .contains("f = 8 cuts its cost 4,096-fold whatever c is")
                .contains("its attention is 16 times cheaper again");
        assertThat(LatentPipeline.of(16, 16).latent().positions()).isEqualTo(1_024);
    }
}
