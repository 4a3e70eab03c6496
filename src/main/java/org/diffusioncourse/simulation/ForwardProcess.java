package org.diffusioncourse.simulation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The DDPM forward (noising) process in closed form ({@code ho-2020-ddpm}; the idea of a
 * gradual forward diffusion is from {@code sohl-dickstein-2015}):
 *
 * <pre>  q(x_t | x_0) = N( sqrt(alpha_bar_t) x_0, (1 - alpha_bar_t) I ),
 *  x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps,   eps ~ N(0, I).</pre>
 *
 * Immutable; one instance per schedule.
 */
public final class ForwardProcess {

    /** The starting point of the single-point trace, x_0 = (1, -1). */
    private static final double[] TRACE_START = {1.0, -1.0};

    /** The steps visited by the single-point trace (they need T &gt;= 1000). */
    private static final int[] TRACE_STEPS = {0, 10, 100, 500, 1000};

    private final NoiseSchedule schedule;

    private ForwardProcess(NoiseSchedule schedule) {
        this.schedule = schedule;
    }

    /** The forward process driven by {@code schedule}. */
    public static ForwardProcess of(NoiseSchedule schedule) {
        return new ForwardProcess(schedule);
    }

    /** The schedule that sets alpha_bar_t. */
    public NoiseSchedule schedule() {
        return schedule;
    }

    // region forward-noising
    /**
     * Noises a whole cloud in one jump: x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps
     * ({@code ho-2020-ddpm}, eq. 4).
     *
     * @param x0  the clean data x_0
     * @param eps one standard normal draw per point, the same size as x0
     * @param t   the step, 0 .. T
     */
    public PointCloud noise(PointCloud x0, PointCloud eps, int t) {
        if (eps.size() != x0.size()) {
            throw new IllegalArgumentException("eps must have " + x0.size() + " points like x0, had " + eps.size());
        }
        // Each step multiplies by sqrt(1 - beta_s) and adds fresh Gaussian noise. Gaussians
        // compose, so after t steps only the product alpha_bar_t matters: no loop over steps.
        double signal = schedule.signalScale(t);   // sqrt(alpha_bar_t): how much of x_0 survives
        double noise = schedule.noiseStd(t);       // sqrt(1 - alpha_bar_t): the two variances add to 1
        int n = x0.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // Passing eps in (rather than drawing it here) lets a slider over t reuse the
            // same noise, so the picture moves smoothly instead of flickering.
            xs[i] = signal * x0.x(i) + noise * eps.x(i);
            ys[i] = signal * x0.y(i) + noise * eps.y(i);
        }
        return PointCloud.wrap(xs, ys);
    }
    // endregion forward-noising

    /**
     * Noises a cloud with fresh noise: draws eps ~ N(0, I) from {@code rng}, then applies
     * x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps ({@code ho-2020-ddpm}).
     */
    public PointCloud noise(PointCloud x0, int t, UniformRandomProvider rng) {
        return noise(x0, PointCloud.standardNormal(x0.size(), rng), t);
    }

    // region forward-trace
    /**
     * Follows one point, x_0 = (1, -1), to t = 0, 10, 100, 500 and 1000, drawing a fresh
     * eps ~ N(0, I) at each visit: x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps
     * ({@code ho-2020-ddpm}).
     *
     * @param rng a seeded generator, e.g. {@link Seeds#generator(long)}
     * @return one row per visited step
     */
    public List<TraceRow> trace(UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        List<TraceRow> rows = new ArrayList<>();
        for (int t : TRACE_STEPS) {
            double alphaBar = schedule.alphaBar(t);
            double noiseStd = schedule.noiseStd(t);
            // Every visit is an independent jump from x_0, not a continuation of the last
            // one: the closed form needs only x_0 and t.
            double x = Math.sqrt(alphaBar) * TRACE_START[0] + noiseStd * gauss.sample();
            double y = Math.sqrt(alphaBar) * TRACE_START[1] + noiseStd * gauss.sample();
            rows.add(new TraceRow(t, alphaBar, noiseStd, x, y));
        }
        return List.copyOf(rows);
    }
    // endregion forward-trace
}
