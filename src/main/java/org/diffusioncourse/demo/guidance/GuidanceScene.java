package org.diffusioncourse.demo.guidance;

import java.util.Locale;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the guidance demo draws for one target, class, seed and size: the sweep over the
 * guidance weights ({@link GuidanceSweep}) and the contours of p(x | y), computed once (about a
 * second), so that moving the w slider only draws. Immutable; build once, cache, share.
 *
 * @param contours the contours of p(x | y) on the figures' axes
 */
record GuidanceScene(ToyDataset dataset, GuidanceSweep sweep, DensityContours contours) {

    /** Samples n points towards class y at every weight, and traces the contours of p(x | y). */
    static GuidanceScene of(ToyDataset dataset, int y, long seed, int n) {
        return new GuidanceScene(dataset, GuidanceSweep.of(dataset.labelled(), y, seed, n),
                DensityContours.of(dataset.labelled().restrictTo(y), SamplerFigure.AXIS_LIMIT));
    }

    /** E.g. "two moons, class 0". */
    String targetName() {
        return dataset.label().toLowerCase(Locale.ROOT) + ", class " + sweep.classLabel();
    }
}
