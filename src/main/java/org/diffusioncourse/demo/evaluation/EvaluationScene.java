package org.diffusioncourse.demo.evaluation;

import java.util.Locale;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;

/**
 * Everything the evaluation demo draws for one target, failure mode and seed: the sweep over
 * the severity levels ({@link SeveritySweep}, {@value EvaluationSettings#SAMPLES} samples per
 * level) and the contours of the distribution they are measured against, computed once so that
 * the severity slider only draws. Immutable.
 */
record EvaluationScene(ToyDataset dataset, SeveritySweep sweep, DensityContours contours) {

    static EvaluationScene of(ToyDataset dataset, FailureMode failure, long seed) {
        SeveritySweep sweep = SeveritySweep.of(dataset.labelled(), failure, EvaluationSettings.SAMPLES, seed);
        return new EvaluationScene(dataset, sweep, DensityContours.of(sweep.reference(), SamplerFigure.AXIS_LIMIT));
    }

    /** E.g. "two moons", or "two moons, class 0" for over-guidance. */
    String targetName() {
        String name = dataset.label().toLowerCase(Locale.ROOT);
        return sweep.mode() == FailureMode.OVER_GUIDANCE ? name + ", class " + FailureMode.GUIDED_CLASS : name;
    }
}
