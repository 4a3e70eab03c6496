package org.diffusioncourse.demo.likelihood;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikelihoodFigureTest {

    private final LikelihoodScene scene = LikelihoodScene.of(3, 500);

    @Test
    void theSameSceneAndStepGiveTheSameBytesAndOtherStepsDiffer() {
        assertThat(LikelihoodFigure.render(scene, 7)).isEqualTo(LikelihoodFigure.render(LikelihoodScene.of(3, 500), 7));
        assertThat(LikelihoodFigure.render(scene, 7)).isNotEqualTo(LikelihoodFigure.render(scene, 8));
    }

    @Test
    void figuresAreSmallAndTheirIdsCarryThePrefix() {
        String svg = LikelihoodFigure.render(LikelihoodScene.of(1, 5000), 40);
        assertThat(svg.length()).isLessThan(150_000);
        assertThat(svg).contains("id='likelihood-figure-title'").contains("likelihood-figure-model-density");
        String board = LikelihoodFigure.storyboard(scene, new int[] {0, 1, 3, 8, 40});
        assertThat(board.length()).isLessThan(150_000);
        assertThat(board).contains("likelihood-storyboard-title");
    }

    @Test
    void theTextAlternativeSaysWhatTheFitLooksLike() {
        assertThat(LikelihoodFigure.describe(scene, 0)).contains("one peak, at x = 0").contains("Z = 2.5066");
        assertThat(LikelihoodFigure.describe(scene, 40)).contains("two peaks, at x = ±1.03")
                .contains("500 data points (seed 3)");
    }
}
