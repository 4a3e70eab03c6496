package org.diffusioncourse.demo.ddpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

class DdpmFigureTest {

    private static final int MAX_FIGURE_BYTES = 150 * 1024;
    private static final DdpmScene MOONS = DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500);

    @Test
    void theSameSceneAndStepGiveTheSameBytesAndAnotherStepAnotherFigure() {
        String a = DdpmFigure.render(MOONS, 30, false);
        assertThat(DdpmFigure.render(DdpmScene.of(ToyDataset.TWO_MOONS, 3, 500), 30, false)).isEqualTo(a);
        assertThat(DdpmFigure.render(MOONS, 31, false)).isNotEqualTo(a);
        assertThat(DdpmFigure.render(MOONS, 30, true)).isNotEqualTo(a);
    }

    @Test
    void theFiguresAreWellFormedSvgWithPrefixedIdsAndStayUnder150Kilobytes() throws Exception {
        DdpmScene large = DdpmScene.of(ToyDataset.SPIRAL, 1, DdpmScene.MAX_POINTS);
        for (String svg : new String[] {DdpmFigure.render(large, 0, true), DdpmFigure.render(large, 100, true),
            DdpmFigure.storyboard(large)}) {
            assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_FIGURE_BYTES);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(svg).doesNotContain(" id='chart").doesNotContain(" id=\"chart");
        }
        assertThat(DdpmFigure.render(large, 50, false)).contains("id='ddpm-figure-title'").contains("ddpm-figure-loss-curve");
        assertThat(DdpmFigure.storyboard(large)).contains("id='ddpm-storyboard-title'");
    }

    @Test
    void theTextAlternativeIsComputedFromTheCloudsAndHidesTheCurveUntilRevealed() {
        String hidden = DdpmFigure.describe(MOONS, 50, false);
        assertThat(hidden).startsWith("500 points of two moons at step t = 50 of 100 (ᾱ = 0.0742)")
                .contains("Smallest loss at this step: " + Numbers.fixed(MOONS.minimalLoss(50), 3))
                .doesNotContain("Over all steps");
        assertThat(DdpmFigure.describe(MOONS, 50, true))
                .contains("largest at t = " + MOONS.hardestStep());
        assertThat(DdpmFigure.describe(MOONS, 0, false)).contains("no arrows are drawn");
        assertThat(DdpmFigure.describeStoryboard(MOONS)).contains("Top row").contains("Bottom row")
                .contains("t = 0: mean (");
    }
}
