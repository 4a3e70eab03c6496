package org.diffusioncourse.simulation.metrics;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The least-squares slope of log(error) against log(work), fitted by Commons Math's
 * {@link SimpleRegression}. For error ≈ C work^(-p) it is -p: with work the NFE or the step
 * count, minus the order of the method. The base of the logarithm does not matter. Points a log
 * axis cannot hold (work or error not a finite number above 0) are left out.
 */
public final class LogLogSlope {

    private LogLogSlope() {
    }

    /** The slope through the drawable points of (work[k], error[k]); NaN below two points or when all work is equal. */
    public static double of(long[] work, double[] error) {
        double[] w = new double[work.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = work[k];
        }
        return of(w, error);
    }

    /** See {@link #of(long[], double[])}. */
    public static double of(double[] work, double[] error) {
        if (work.length != error.length) {
            throw new IllegalArgumentException("error must have one value per work (" + work.length + "), had "
                    + error.length);
        }
        SimpleRegression fit = new SimpleRegression();
        for (int k = 0; k < work.length; k++) {
            if (drawable(work[k]) && drawable(error[k])) {
                fit.addData(Math.log(work[k]), Math.log(error[k]));
            }
        }
        return fit.getSlope();
    }

    private static boolean drawable(double v) {
        return v > 0 && Double.isFinite(v);
    }
}
