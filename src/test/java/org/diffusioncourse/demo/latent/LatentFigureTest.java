package org.diffusioncourse.demo.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class LatentFigureTest {

    private static final int MAX_FIGURE_BYTES = 40 * 1024;

    private final LatentPipeline sd = LatentPipeline.of(8, 4);

    @Test
    void identicalInputsGiveIdenticalBytesAndAnotherSettingAnotherFigure() {
        String a = LatentFigure.render("latent-svg", sd, false);
        assertThat(LatentFigure.render("latent-svg", LatentPipeline.of(8, 4), false)).isEqualTo(a);
        assertThat(LatentFigure.render("latent-svg", LatentPipeline.of(16, 4), false)).isNotEqualTo(a);
        assertThat(LatentFigure.render("latent-svg", LatentPipeline.of(8, 16), false)).isNotEqualTo(a);
        assertThat(LatentFigure.render("latent-svg", sd, true)).isNotEqualTo(a);
    }

    @Test
    void theFigureIsWellFormedAccessibleSvgWhoseIdsAllCarryItsPrefix() throws Exception {
        for (int f : LatentPipeline.FACTORS) {
            for (int c : LatentPipeline.CHANNELS) {
                for (boolean revealed : new boolean[] {false, true}) {
                    String svg = LatentFigure.render("latent-svg", LatentPipeline.of(f, c), revealed);
                    Document doc = parse(svg);
                    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
                    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_FIGURE_BYTES);
                    Matcher ids = Pattern.compile("id='([^']*)'").matcher(svg);
                    while (ids.find()) {
                        assertThat(ids.group(1)).startsWith("latent-svg");
                    }
                }
            }
        }
        Document doc = parse(LatentFigure.render("latent-svg", sd, false));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Latent diffusion at f = 8, c = 4: the denoiser works on 64 × 64 × 4");
    }

    @Test
    void theDiagramWritesTheSeedsShapesAndCounts() {
        String svg = LatentFigure.render("latent-svg", sd, false);
        assertThat(svg).contains("512 × 512 × 3").contains("64 × 64 × 4").contains("786,432 values")
                .contains("16,384 values").contains("48 times fewer").contains("encoder").contains("decoder")
                .contains("U-Net with attention").contains("text prompt y");
    }

    @Test
    void theAttentionModelIsHiddenUntilRevealedAndThenSaysItIsAModel() {
        String hidden = LatentFigure.render("latent-svg", sd, false);
        String shown = LatentFigure.render("latent-svg", sd, true);
        assertThat(hidden).doesNotContain("4,096 times cheaper").contains("commit to your prediction");
        assertThat(shown).contains("Model (an assumption)").contains("4,096 times cheaper (f⁴)")
                .contains("16,777,216 pairs over the latent against 68,719,476,736 over pixels");
        assertThat(LatentFigure.describe(sd, false)).doesNotContain("cheaper").contains("hidden until you reveal");
        assertThat(LatentFigure.describe(sd, true)).contains("4,096 times cheaper")
                .contains("The model ignores channels, convolutions and attention at reduced resolutions.");
    }

    @Test
    void theTextAlternativeQuotesTheNumbersTheFigureShows() {
        LatentPipeline p = LatentPipeline.of(16, 16);
        assertThat(LatentFigure.describe(p, false)).startsWith("Diagram of latent diffusion with downsampling factor f = 16 "
                + "and 16 latent channels. A 512 × 512 × 3 image (786,432 values) goes through the encoder to a 32 × 32 × 16 "
                + "latent (16,384 values, 48 times fewer).");
        assertThat(LatentFigure.describe(LatentPipeline.of(1, 16), false)).contains("(4,194,304 values, 5.3333 times more)");
    }

    @Test
    void ratiosAreWrittenExactly() {
        assertThat(LatentFigure.ratio(48)).isEqualTo("48");
        assertThat(LatentFigure.ratio(1_048_576)).isEqualTo("1,048,576");
        assertThat(LatentFigure.ratio(0.375)).isEqualTo("0.375");
        assertThat(LatentFigure.ratio(1.5)).isEqualTo("1.5");
        assertThat(LatentFigure.fewer(48)).isEqualTo("48 times fewer");
        assertThat(LatentFigure.fewer(0.75)).isEqualTo("1.3333 times more");
        assertThat(LatentFigure.fewer(1)).isEqualTo("as many");
    }

    @Test
    void theStoryboardDrawsFiveFactorsAndDescribesEach() throws Exception {
        String svg = LatentFigure.storyboard("sb", 4);
        assertThat(parse(svg).getDocumentElement().getAttribute("role")).isEqualTo("img");
        String text = LatentFigure.describeStoryboard(4);
        assertThat(text).contains("At f = 1: 512 × 512 × 4, 1,048,576 values, 1.3333 times more than the image.")
                .contains("At f = 8: 64 × 64 × 4, 16,384 values, 48 times fewer than the image.")
                .contains("At f = 32: 16 × 16 × 4, 1,024 values, 768 times fewer than the image.");
        assertThat(svg).contains("f = 1").contains("f = 32");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
