package org.diffusioncourse.simulation.metrics;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;

/** Test access to the package-private mode assignment of {@link SampleMetrics}. */
public final class SampleMetricsAccess {

    private SampleMetricsAccess() {
    }

    public static double[] modeFractions(GaussianMixture2D target, PointCloud samples) {
        return SampleMetrics.modeFractions(target, samples);
    }
}
