package org.diffusioncourse.simulation.sampler;

/**
 * The steps of a deterministic sampler's particles along a slope dx/dtime (a probability-flow
 * velocity, EDM's (x - D(x)) / sigma): Euler, x + h k1, or Heun's explicit trapezoid,
 * x + h/2 (k1 + k2) with k2 the slope at the Euler point x + h k1, where h = next - time and k1
 * is the slope at x. Holds the run's scratch arrays; confined to the run, like its particles.
 */
final class SlopeSteps {

    /** The slope at positions (xs, ys) at {@code time}, into (outX, outY), from one evaluation of the field. */
    @FunctionalInterface
    interface Slope {
        void at(double time, double[] xs, double[] ys, double[] outX, double[] outY);
    }

    private final Particles p;
    private final Slope slope;
    private final double[] k1x;
    private final double[] k1y;
    private final double[] px;
    private final double[] py;
    private final double[] k2x;
    private final double[] k2y;

    SlopeSteps(Particles p, Slope slope) {
        this.p = p;
        this.slope = slope;
        this.k1x = new double[p.n];
        this.k1y = new double[p.n];
        this.px = new double[p.n];
        this.py = new double[p.n];
        this.k2x = new double[p.n];
        this.k2y = new double[p.n];
    }

    /** Moves every particle from {@code time} to {@code next}: by Heun when {@code heun} (two NFE), else by Euler (one). */
    void step(double time, double next, boolean heun) {
        double h = next - time;
        slope.at(time, p.xs, p.ys, k1x, k1y);
        if (!heun) {
            for (int i = 0; i < p.n; i++) {
                p.xs[i] += h * k1x[i];
                p.ys[i] += h * k1y[i];
            }
            return;
        }
        for (int i = 0; i < p.n; i++) {
            px[i] = p.xs[i] + h * k1x[i];
            py[i] = p.ys[i] + h * k1y[i];
        }
        slope.at(next, px, py, k2x, k2y);
        for (int i = 0; i < p.n; i++) {
            p.xs[i] += 0.5 * h * (k1x[i] + k2x[i]);
            p.ys[i] += 0.5 * h * (k1y[i] + k2y[i]);
        }
    }
}
