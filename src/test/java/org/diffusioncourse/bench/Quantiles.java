package org.diffusioncourse.bench;

/** Quantiles of measured values, for the harnesses that print latency and cost figures. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The q-quantile of {@code sorted} (ascending) by linear interpolation between the two nearest
     * ranks (NumPy's default); NaN when there are no values.
     */
    public static double of(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
