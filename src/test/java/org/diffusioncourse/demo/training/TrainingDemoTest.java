package org.diffusioncourse.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.demo.LessonDemo;
import org.diffusioncourse.demo.catalog.Demos;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.learn.LossFloor;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingSet;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;

/** The training demo's practice answers are the engine's numbers, and the demo is in the course's list. */
class TrainingDemoTest {

    private final TrainingDemo demo = new TrainingDemo();

    @Test
    void everyAnswerIsTheEnginesOwnComputation() {
        TrainingConfig config = ShippedModel.TWO_MOONS_128.config();
        Map<String, String> params = new HashMap<>(TrainingSettings.PARAMS.write(
                TrainingSettings.of(config, 40, SamplerKind.DDIM, 0, 3)));
        for (String quantity : demo.quantities()) {
            assertThat(demo.checkAnswer(quantity, params)).as(quantity).isEmpty();
        }
        TrainedModel model = ModelLibrary.shared().shipped(ShippedModel.TWO_MOONS_128);
        LossFloor.Estimate floor = LossFloor.of(config).overall(TrainingScene.FLOOR_STRATA, TrainingScene.FLOOR_DRAWS,
                Seeds.generator(TrainingScene.FLOOR_SEED));
        assertThat(value("final-loss", params)).isEqualTo(round(model.finalLoss(), 4));
        assertThat(value("loss-floor", params)).isEqualTo(round(floor.mean(), 4));
        assertThat(value("loss-gap", params)).isEqualTo(round(model.finalLoss() - floor.mean(), 4));
        NoisedMixture exact = NoisedMixture.of(config.dataset().mixture());
        double fieldError = LevelMaths.fieldError(model.field(), exact, config.process(), config.target(),
                config.dataset().mixture(), LevelMaths.time(config.process(), 40), TrainingScene.FIELD_DRAWS,
                Seeds.stream(config.seed(), TrainingScene.FIELD_STREAM));
        assertThat(value("field-error", params)).isEqualTo(round(fieldError, 4));
        Sampler ddim = SamplerKind.DDIM.create(config.process().path(), SamplerKind.DDIM.defaults());
        PointCloud fromNetwork = ddim.run(model.field(), TrainingScene.SAMPLES, Seeds.stream(config.seed(),
                SampleComparison.RUN_STREAM), PathSelection.none()).samples();
        PointCloud fromExact = ddim.run(exact, TrainingScene.SAMPLES, Seeds.stream(config.seed(),
                SampleComparison.RUN_STREAM), PathSelection.none()).samples();
        double samplerError = ed(config, fromExact);
        assertThat(value("sampler-error", params)).isEqualTo(round(samplerError, 4));
        assertThat(value("model-error", params)).isEqualTo(round(ed(config, fromNetwork) - samplerError, 4));
        Memorisation.Report report = Memorisation.measure(fromNetwork, TrainingSet.of(config).points());
        assertThat(value("copy-share", params)).isEqualTo(round(report.copyShare(), 3));
        assertThat(value("median-nearest", params)).isEqualTo(round(report.medianNearest(), 4));
    }

    @Test
    void theDemoFollowsScoreMatchingInTheCoursesList() {
        assertThat(Demos.all().stream().map(LessonDemo::id).toList()).containsSubsequence("score-field", "training",
                "langevin-particles");
        assertThat(demo.witnesses()).containsOnlyKeys("learn-embedding", "learn-forward", "learn-backward", "learn-adam",
                "learn-step", "learn-targets", "learn-time", "learn-field");
    }

    private String value(String quantity, Map<String, String> params) {
        return demo.answer(quantity, params).value();
    }

    private static double ed(TrainingConfig config, PointCloud samples) {
        return SampleMetrics.of(config.dataset().mixture(), samples, 0, Seeds.stream(config.seed(),
                SampleComparison.TARGET_STREAM)).energyDistance();
    }

    private static String round(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
