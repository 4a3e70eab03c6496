package org.diffusioncourse.demo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingProcess;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;

/** Every figure of the training demo is valid SVG, small for what it shows, and described in words. */
class TrainingFiguresTest {

    /** The house limit of bytes per drawn mark. */
    private static final double BYTES_PER_POINT = 14;

    private final TrainingDemo demo = new TrainingDemo();

    @Test
    void everyFigureIsValidSmallAndDescribedForTheDefaultAndAClassConditionalRun() throws Exception {
        List<TrainingSettings> all = List.of(TrainingSettings.PARAMS.defaults(),
                TrainingSettings.of(ShippedModel.TWO_MOONS_GUIDED.config(), 60, SamplerKind.DDIM, 1, 2));
        for (TrainingSettings s : all) {
            TrainingScene scene = demo.scene(s);
            for (String figure : TrainingTexts.FIGURES) {
                String svg = demo.render(figure, s, false);
                assertValid(svg);
                assertThat(svg.length() / (double) points(svg)).as("%s bytes per point", figure)
                        .isLessThanOrEqualTo(BYTES_PER_POINT);
                assertThat(TrainingTexts.label(figure, s)).isNotBlank();
                assertThat(TrainingTexts.text(figure, scene, s)).as(figure).hasSizeGreaterThan(80);
                assertThat(TrainingTexts.readout(figure, scene, s)).isNotBlank();
                assertThat(svg).contains("<desc").contains(firstWords(TrainingTexts.text(figure, scene, s)));
            }
        }
        assertThat(demo.figureNames()).containsExactlyElementsOf(TrainingTexts.FIGURES);
    }

    @Test
    void aShortCondOtRunOfTheDenoiserDrawsEveryFigureAtPureNoise() throws Exception {
        TrainingConfig small = TrainingConfig.defaults().withProcess(TrainingProcess.CONDOT, Target.X0)
                .withWeighting(LossWeighting.UNIFORM).withNetwork(32, 2).withSchedule(200, 64, 3e-3).withTrainingSetSize(64);
        TrainingSettings s = TrainingSettings.of(small, 100, SamplerKind.FLOW_HEUN, 0, 3);
        for (String figure : TrainingTexts.FIGURES) {
            assertValid(demo.render(figure, s, false));
        }
        assertThat(demo.scene(s).fieldError(100)).as("at a = 0 the denoiser is still finite").isFinite().isPositive();
    }

    @Test
    void theLiveLossCurveDrawsAnyPrefixOfARunAndRefusesMoreStepsThanItHas() throws Exception {
        TrainingConfig config = ShippedModel.TWO_MOONS_EPS.config();
        double[] losses = demo.scene(TrainingSettings.PARAMS.defaults()).model().losses();
        for (int done : new int[] {0, 1, 57, losses.length}) {
            String svg = TrainingFigures.liveLoss(config, losses, done, TrainingScene.floor(config));
            assertValid(svg);
            assertThat(svg).contains("step " + done + " of " + config.steps());
        }
        assertThatThrownBy(() -> TrainingFigures.liveLoss(config, losses, losses.length + 1, TrainingScene.floor(config)))
                .hasMessageContaining("done must be between 0 and " + losses.length);
    }

    @Test
    void thePreviewShowsTheChosenLevelInPlaceOfTheNearestFixedOne() {
        assertThat(FieldFigures.previewLevels(30)).containsExactly(10, 30, 50, 70, 90);
        assertThat(FieldFigures.previewLevels(42)).containsExactly(10, 30, 42, 70, 90);
        assertThat(FieldFigures.previewLevels(0)).containsExactly(0, 30, 50, 70, 90);
        assertThat(FieldFigures.previewLevels(100)).containsExactly(10, 30, 50, 70, 100);
    }

    @Test
    void theStoryboardIsValidAndDescribed() throws Exception {
        TrainingScene scene = demo.scene(TrainingSettings.PARAMS.defaults());
        assertValid(FieldFigures.storyboard(scene));
        assertThat(TrainingTexts.describeStoryboard(scene)).contains("level 90").contains("level 10");
    }

    private static void assertValid(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).startsWith("<svg").contains("role='img'");
    }

    private static int points(String svg) {
        Matcher m = Pattern.compile("data-points='(\\d+)'").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The first few words, which the SVG's desc holds as written (escaping aside). */
    private static String firstWords(String text) {
        return text.substring(0, Math.min(20, text.length()));
    }
}
