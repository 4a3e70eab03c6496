package org.diffusioncourse.demo.fastsamplers;

import java.util.Locale;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;

/**
 * Everything the fast-samplers demo draws for one target, seed and size: the sweep of all three
 * samplers over every budget ({@link FastSamplerSweep}) and the target's contours, computed once
 * (about a second) so that moving the budget slider only draws. Immutable; build once, cache,
 * share.
 *
 * @param contours the target's contours on the figures' axes
 */
record FastScene(ToyDataset dataset, FastSamplerSweep sweep, DensityContours contours) {

    /** Runs every sampler at every budget from n standard normal draws of {@code seed}. */
    static FastScene of(ToyDataset dataset, long seed, int n) {
        return new FastScene(dataset, FastSamplerSweep.of(dataset.mixture(), seed, n),
                DensityContours.of(dataset.mixture(), SamplerFigure.AXIS_LIMIT));
    }

    /** E.g. "five modes". */
    String targetName() {
        return dataset.label().toLowerCase(Locale.ROOT);
    }
}
