package org.diffusioncourse.models.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.diffusioncourse.demo.training.TrainingSettings;
import org.diffusioncourse.simulation.learn.TrainingConfig;

/**
 * Where a kept network opens: the training lesson with its demo set to the run's settings (the
 * demo's own link parameters, so the page finds the same network by its configuration), seen
 * at the demo's default view: noise level 30, the process's own sampler, class 0, w = 3.
 */
final class LessonLink {

    /** The lesson that holds the training demo. */
    static final String LESSON = "training";

    private LessonLink() {
    }

    /** e.g. {@code lessons/training?dataset=two-moons&process=ddpm-linear&...#demo} */
    static String of(TrainingConfig config) {
        TrainingSettings settings = TrainingSettings.of(config, 30, TrainingSettings.defaultSampler(config.process()), 0, 3);
        String query = TrainingSettings.PARAMS.write(settings).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "lessons/" + LESSON + "?" + query + "#demo";
    }
}
