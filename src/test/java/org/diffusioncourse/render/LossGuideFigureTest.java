package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loss guide is fixed, accessible SVG whose text alternative names every box. */
class LossGuideFigureTest {

    @Test
    void theGuideIsTheSameBytesEveryTimeAndAnnouncesItself() {
        String svg = LossGuideFigure.render();
        assertThat(LossGuideFigure.render()).isEqualTo(svg);
        assertThat(svg).startsWith("<svg").contains("role='img'").contains("<title id='loss-guide-title'>")
                .contains("aria-labelledby='loss-guide-title loss-guide-desc'").doesNotContain("<script");
    }

    @Test
    void theTextAlternativeNamesEachLossWhatItNeedsAndWhatItLearns() {
        String text = LossGuideFigure.describe();
        for (LossGuideFigure.Choice c : LossGuideFigure.CHOICES) {
            assertThat(text).contains("If you have " + c.branch() + ": " + c.name() + ".");
            assertThat(LossGuideFigure.render()).contains(c.name());
        }
        assertThat(text).contains("divergence").contains("√2/s").contains("√2 at every t")
                .endsWith("All three have the same minimiser up to scale: s_θ = −ε_θ / s.");
    }
}
