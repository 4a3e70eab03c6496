package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.Test;

class LabCachesTest {

    @Test
    void theContourCacheHoldsEveryTargetAndGuidanceClassTheLabOffers() {
        int offered = 0;
        for (ToyDataset d : ToyDataset.values()) {
            offered += 1 + LabSettings.classesOf(d.id()).size();
        }
        assertThat(offered).isEqualTo(LabCaches.CONTOURS_KEPT);
    }

    @Test
    void equalKeysShareOneComputationAndTheCacheIsExported() {
        LabCaches caches = new LabCaches();
        DensityContours first = caches.contours(new LabCaches.TargetKey(ToyDataset.RINGS, 1));
        assertThat(caches.contours(new LabCaches.TargetKey(ToyDataset.RINGS, 1))).isSameAs(first);
        assertThat(caches.contours(new LabCaches.TargetKey(ToyDataset.RINGS, -1))).isNotSameAs(first);
        assertThat(caches.caches()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("lab-contours");
            assertThat(c.bound()).isEqualTo(LabCaches.CONTOURS_KEPT);
            assertThat(c.caffeine().estimatedSize()).isEqualTo(2);
        });
    }
}
