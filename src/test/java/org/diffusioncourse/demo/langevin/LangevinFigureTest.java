package org.diffusioncourse.demo.langevin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class LangevinFigureTest {

    private static final int MAX_FIGURE_BYTES = 150 * 1024;
    private static final LangevinScene PLAIN = LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 50);
    private static final LangevinScene ANNEALED = LangevinScene.of(0.002, true, LangevinScene.Start.CORNER, 3, 50);

    @Test
    void theSameRunAndIterationGiveTheSameBytesAndAnotherIterationAnotherFigure() {
        String a = LangevinFigure.render(PLAIN, 100, false);
        assertThat(LangevinFigure.render(LangevinScene.of(0.002, false, LangevinScene.Start.CORNER, 3, 50), 100, false))
                .isEqualTo(a);
        assertThat(LangevinFigure.render(PLAIN, 101, false)).isNotEqualTo(a);
        assertThat(LangevinFigure.render(PLAIN, 100, true)).isNotEqualTo(a);
    }

    @Test
    void theFiguresAreWellFormedSvgWithPrefixedIdsAndStayUnder150Kilobytes() throws Exception {
        LangevinScene large = LangevinScene.of(0.15, true, LangevinScene.Start.SPREAD, 1, LangevinScene.MAX_PARTICLES);
        for (String svg : new String[] {LangevinFigure.render(large, 1000, true), LangevinFigure.render(ANNEALED, 30, true),
            LangevinFigure.storyboard(PLAIN, ANNEALED)}) {
            assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_FIGURE_BYTES);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(LangevinFigure.render(PLAIN, 5, false)).contains("id='langevin-figure-title'")
                .contains("langevin-figure-distance-curve");
        assertThat(LangevinFigure.storyboard(PLAIN, ANNEALED)).contains("id='langevin-storyboard-title'");
    }

    @Test
    void theTextAlternativeReportsTheSharesFromTheRun() {
        String text = LangevinFigure.describe(PLAIN, 1000, false);
        assertThat(text).startsWith("50 particles after 1000 of 1000 iterations of plain Langevin dynamics, η = 0.002")
                .contains("lower right 76.0%").contains("(target 20% each)").doesNotContain("After all");
        assertThat(LangevinFigure.describe(ANNEALED, 1, true)).contains("σ = 2.000, step 3.2")
                .contains("After all 1000 iterations: 5 of 5 modes occupied");
        assertThat(LangevinFigure.describe(LangevinScene.of(0.2, false, LangevinScene.Start.SPREAD, 3, 50), 1000, false))
                .contains("escaped 100.0%").doesNotContain("Spread around");
        assertThat(LangevinFigure.describeStoryboard(PLAIN, ANNEALED))
                .contains("k = 1000, 3 modes occupied").contains("k = 1000, 5 modes occupied");
    }
}
