package org.diffusioncourse.simulation.sampler;

import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.GaussianPath;

/** Time grids shared by the continuous-time samplers. */
public final class TimeGrid {

    /** The last time of the reverse-time samplers, eps_t ({@code song-2021-score-sde}). */
    public static final double END = 1e-3;

    private TimeGrid() {
    }

    /** steps + 1 evenly spaced times from {@code from} to {@code to}, endpoints exact. */
    static double[] uniform(double from, double to, int steps) {
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = from + (to - from) * i / steps;
        }
        t[steps] = to;
        return t;
    }

    /**
     * Times from 1 down to END evenly spaced in the half log-SNR lambda(t) = log(a(t) / s(t))
     * ({@code lu-2022-dpm-solver}); lambda is increasing as t falls, and each time is found by
     * bisection, so any {@link ContinuousPath} works.
     */
    static double[] uniformLogSnr(ContinuousPath path, int steps) {
        double l0 = lambda(path, 1.0);
        double l1 = lambda(path, END);
        double[] t = new double[steps + 1];
        t[0] = 1.0;
        t[steps] = END;
        for (int i = 1; i < steps; i++) {
            double target = l0 + (l1 - l0) * i / steps;
            double lo = END;
            double hi = 1.0;
            for (int it = 0; it < 100 && hi - lo > 1e-15; it++) {
                double mid = 0.5 * (lo + hi);
                if (lambda(path, mid) > target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            t[i] = 0.5 * (lo + hi);
        }
        return t;
    }

    static double lambda(GaussianPath path, double t) {
        return Math.log(path.signalScale(t) / path.noiseStd(t));
    }
}
