package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreFieldFigureTest {

    @Test
    void theSameSettingsGiveTheSameBytesAndAnotherStepDiffers() {
        ScoreFieldScene scene = ScoreFieldScene.of("two-moons", "cosine");
        String once = ScoreFieldFigure.render(scene, 300, 1, 0.5, false);
        assertThat(ScoreFieldFigure.render(ScoreFieldScene.of("two-moons", "cosine"), 300, 1, 0.5, false)).isEqualTo(once);
        assertThat(ScoreFieldFigure.render(scene, 301, 1, 0.5, false)).isNotEqualTo(once);
    }

    @Test
    void everyTargetDrawsASmallFigureWithPrefixedIds() {
        for (String id : ScoreTargets.ids()) {
            ScoreFieldScene scene = ScoreFieldScene.of(id, "linear");
            String svg = ScoreFieldFigure.render(scene, 0, 3, 0, true);
            assertThat(svg.length()).as(id).isLessThan(150_000);
            assertThat(svg).contains("id='score-figure-title'").contains("score-figure-arrows").contains("data:image/png;base64,");
            assertThat(ScoreFieldFigure.storyboard(scene, new int[] {0, 100, 250, 500, 1000}).length()).isLessThan(150_000);
        }
    }

    @Test
    void theTextAlternativeGivesTheProbesExactScoreAndOnlyRevealsTheDenoiserWhenAsked() {
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTargets.TWO_MODES, "linear");
        String hidden = ScoreFieldFigure.describe(scene, scene.frame(0), scene.probe(3, 0, 0), false);
        assertThat(hidden).contains("score (-2.041, 0.000)").contains("289 arrows").doesNotContain("Tweedie");
        String shown = ScoreFieldFigure.describe(scene, scene.frame(250), scene.probe(3, 0, 250), true);
        assertThat(shown).contains("Tweedie's denoiser sends it to (2.751, 0.000)");
    }
}
