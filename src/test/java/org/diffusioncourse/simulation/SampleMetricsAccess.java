package org.diffusioncourse.simulation;

/** Test access to the package-private mode assignment of {@link SampleMetrics}. */
public final class SampleMetricsAccess {

    private SampleMetricsAccess() {
    }

    public static double[] modeFractions(GaussianMixture2D target, PointCloud samples) {
        return SampleMetrics.modeFractions(target, samples);
    }
}
