package org.diffusioncourse.demo.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;

class ScoreFieldFigureTest {

    @Test
    void theSameSettingsGiveTheSameBytesAndAnotherStepDiffers() {
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE);
        String once = ScoreFieldFigure.render(scene, 300, 1, 0.5, false);
        assertThat(ScoreFieldFigure.render(ScoreFieldScene.of(ScoreTarget.TWO_MOONS, NoiseSchedule.Kind.COSINE), 300, 1, 0.5, false)).isEqualTo(once);
        assertThat(ScoreFieldFigure.render(scene, 301, 1, 0.5, false)).isNotEqualTo(once);
    }

    @Test
    void everyTargetDrawsASmallFigureWithPrefixedIds() {
        for (ScoreTarget target : ScoreTarget.values()) {
            ScoreFieldScene scene = ScoreFieldScene.of(target, NoiseSchedule.Kind.LINEAR);
            String svg = ScoreFieldFigure.render(scene, 0, 3, 0, true);
            assertThat(svg.length()).as(target.id()).isLessThan(150_000);
            assertThat(svg).contains("id='score-figure-title'").contains("score-figure-arrows").contains("data:image/png;base64,");
            assertThat(ScoreFieldFigure.storyboard(scene, new int[] {0, 100, 250, 500, 1000}).length()).isLessThan(150_000);
        }
    }

    @Test
    void theTextAlternativeGivesTheProbesExactScoreAndOnlyRevealsTheDenoiserWhenAsked() {
        ScoreFieldScene scene = ScoreFieldScene.of(ScoreTarget.TWO_MODES, NoiseSchedule.Kind.LINEAR);
        String hidden = ScoreFieldFigure.describe(scene, scene.frame(0), scene.probe(3, 0, 0), false);
        assertThat(hidden).contains("score (-2.041, 0.000)").contains("289 arrows").doesNotContain("Tweedie");
        String shown = ScoreFieldFigure.describe(scene, scene.frame(250), scene.probe(3, 0, 250), true);
        assertThat(shown).contains("Tweedie's denoiser sends it to (2.751, 0.000)");
    }
}
