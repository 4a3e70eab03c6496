package org.diffusioncourse.lab;

import java.util.List;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.springframework.stereotype.Component;

/**
 * What the lab keeps between runs: the density contours of each scoring target. They depend on
 * the data set and the guidance class only, and there are at most 7 data sets x (1 + their
 * classes) = 35 of them, about 15 kB each, so the cache holds them all.
 */
@Component
class LabCaches implements CacheOwner {

    /** Every target and guidance class the lab offers: 7 + 2 + 1 + 2 + 8 + 2 + 8 + 5 = 35. */
    static final int CONTOURS_KEPT = 35;

    /**
     * The target a run is scored against.
     *
     * @param guidance the class guided towards, or -1 for the unconditional target
     */
    record TargetKey(ToyDataset target, int guidance) {

        /** p(x), or p(x | y) when guiding towards class y. */
        GaussianMixture2D scoreTarget() {
            LabelledMixture labelled = target.labelled();
            return guidance < 0 ? labelled.mixture() : labelled.restrictTo(guidance);
        }
    }

    private final BoundedCache<TargetKey, DensityContours> contours = BoundedCache.of("lab-contours", CONTOURS_KEPT,
            key -> DensityContours.of(key.scoreTarget(), SamplerFigure.AXIS_LIMIT));

    /** The 50, 90 and 99% contours of a scoring target over the lab's axes. */
    DensityContours contours(TargetKey key) {
        return contours.get(key);
    }

    @Override
    public List<BoundedCache<?, ?>> caches() {
        return List.of(contours);
    }
}
