package org.diffusioncourse.demo.likelihood;

import org.apache.commons.rng.UniformRandomProvider;

/** Exact draws from a double-well quartic model, independent of the quadrature under test. */
public final class QuarticSamples {

    private QuarticSamples() {
    }

    /**
     * Rejection sampling: uniform proposals on [-4, 4], accepted with exp(-E(x) - max(-E)). The
     * maximum of -E sits at x = +-1 for the models used here (theta = (-1, 1/2)), and the mass
     * beyond 4 is below e^-90.
     */
    public static double[] draw(QuarticEnergy model, int n, UniformRandomProvider rng) {
        double peak = -model.energy(1.0);
        double[] out = new double[n];
        int i = 0;
        while (i < n) {
            double x = -4 + 8 * rng.nextDouble();
            if (rng.nextDouble() < Math.exp(-model.energy(x) - peak)) {
                out[i++] = x;
            }
        }
        return out;
    }
}
