package org.diffusioncourse.demo.sde;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.Checks;

/**
 * The Ornstein-Uhlenbeck process dX = -theta X dt + sigma dW in the plane (chapter 004), with
 * stationary law N(0, sigma^2 / (2 theta) I). Its exact transition is
 *
 * <pre>  X_{t+h} = e^{-theta h} X_t + sqrt(sigma^2 / (2 theta) (1 - e^{-2 theta h})) z,</pre>
 *
 * and its Euler-Maruyama step is X + h (-theta X) + sigma sqrt(h) z. Immutable.
 */
public record OrnsteinUhlenbeck(double theta, double sigma) {

    /** @throws IllegalArgumentException unless theta in (0, 100] and sigma in (0, 100] */
    public OrnsteinUhlenbeck {
        Checks.requirePositiveAtMost("theta", theta, 100);
        Checks.requirePositiveAtMost("sigma", sigma, 100);
    }

    /** The process with these parameters; see the constructor for what is refused. */
    public static OrnsteinUhlenbeck of(double theta, double sigma) {
        return new OrnsteinUhlenbeck(theta, sigma);
    }

    /** sigma^2 / (2 theta). */
    public double stationaryVariance() {
        return sigma * sigma / (2 * theta);
    }

    /** Exact transition of every point over {@code time} &gt;= 0. */
    public PointCloud exact(PointCloud start, double time, UniformRandomProvider rng) {
        Checks.requireBetween("time", time, 0, 1e6);
        double decay = Math.exp(-theta * time);
        double std = Math.sqrt(-stationaryVariance() * Math.expm1(-2 * theta * time));
        return affine(start, decay, std, rng);
    }

    /** Euler-Maruyama over {@code time} in {@code steps} equal steps. */
    public PointCloud euler(PointCloud start, double time, int steps, UniformRandomProvider rng) {
        Checks.requireBetween("time", time, 0, 1e6);
        Checks.requireRange("steps", steps, 1, 1_000_000);
        double h = time / steps;
        PointCloud x = start;
        for (int k = 0; k < steps; k++) {
            x = affine(x, 1 - theta * h, sigma * Math.sqrt(h), rng);
        }
        return x;
    }

    private static PointCloud affine(PointCloud x, double scale, double std, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = x.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = scale * x.x(i) + std * gauss.sample();
            ys[i] = scale * x.y(i) + std * gauss.sample();
        }
        return PointCloud.wrap(xs, ys);
    }
}
