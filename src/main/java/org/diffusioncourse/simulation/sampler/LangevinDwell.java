package org.diffusioncourse.simulation.sampler;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.check.Checks;

/**
 * How long unadjusted Langevin dynamics stays in one mode of the two-mode mixture
 * p = 0.5 N((-m, 0), sigma^2 I) + 0.5 N((m, 0), sigma^2 I), started at the saddle X_0 = 0
 * (chapter 004's worked example has m = 3, sigma = 0.5; {@code holderrieth-2025-mit-notes}).
 * Particles move by the engine's step ({@link LangevinSampler#step}),
 *
 * <pre>  x &lt;- x + h/2 grad log p(x) + sqrt(h) z,</pre>
 *
 * and a particle is in a mode once its x has passed m/2 on that side; it switches when it next
 * passes -m/2 on the other (the gap between the two thresholds keeps a wobble at the saddle from
 * counting). With E switches seen in a total of S particle-steps spent in a mode, S / E is the
 * maximum-likelihood mean dwell in steps if switching is memoryless (a Poisson count with
 * censored last dwells).
 *
 * <p>The continuous-time reference is exact: the x coordinate of dX = 1/2 grad log p dt + dW is a
 * one-dimensional diffusion with generator L f = (p f')' / (2 p), so the mean time from m/2 to
 * -m/2 solves (p T')' = -2 p with T(-m/2) = 0 and p T' -&gt; 0 at infinity:
 *
 * <pre>  T_dwell = integral_{-m/2}^{m/2} 2 Fbar(y) / p(y) dy,   Fbar(y) = P(X &gt; y),</pre>
 *
 * the mean first-passage formula of a diffusion (Gardiner, Handbook of Stochastic Methods,
 * section 5.2.7; {@code song-2019-ncsn} for why plain Langevin mixes poorly between modes).
 * Divided by h it is the mean dwell in steps of the small-step chain. Immutable.
 */
public final class LangevinDwell {

    /** Simpson intervals of the dwell integral; the integrand is smooth and varies by e^(2 m |y| / sigma^2). */
    static final int INTERVALS = 20_000;

    private final double m;
    private final double sigma;
    private final NoisedMixture field;

    /** What one run saw. */
    public record Run(double h, int particles, int steps, int switches, long inMode, long inRight, int firstRight) {

        /** S / E: the mean dwell in steps, infinite when no switch was seen. */
        public double stepsPerSwitch() {
            return switches == 0 ? Double.POSITIVE_INFINITY : (double) inMode / switches;
        }

        /** The share of the particle-steps spent in a mode that were in the right one. */
        public double rightShare() {
            return inMode == 0 ? Double.NaN : (double) inRight / inMode;
        }
    }

    private LangevinDwell(double m, double sigma) {
        this.m = m;
        this.sigma = sigma;
        this.field = NoisedMixture.of(GaussianMixture2D.of(new double[] {0.5, 0.5}, new double[][] {{-m, 0}, {m, 0}},
                new double[] {sigma, sigma}));
    }

    /** Modes at (-m, 0) and (m, 0) with standard deviation sigma, equal weights. */
    public static LangevinDwell of(double m, double sigma) {
        Checks.requirePositiveAtMost("m", m, 100);
        Checks.requirePositiveAtMost("sigma", sigma, 100);
        return new LangevinDwell(m, sigma);
    }

    /** The chapter's example: modes at -3 and +3, sigma = 0.5. */
    public static LangevinDwell chapter() {
        return of(3, 0.5);
    }

    /** The largest stable step on one mode, h = 4 sigma^2 (contraction 1 - h / (2 sigma^2) reaches -1). */
    public double stableLimit() {
        return 4 * sigma * sigma;
    }

    /**
     * The standard deviation the chain settles at around one mode, from its linearisation
     * x - m &lt;- (1 - h / (2 sigma^2)) (x - m) + sqrt(h) z: sigma / sqrt(1 - h / (4 sigma^2)).
     */
    public double chainSpread(double h) {
        return sigma / Math.sqrt(1 - h / stableLimit());
    }

    /** {@code particles} particles from (0, 0) for {@code steps} steps of size h, drawing from {@code rng}. */
    public Run run(double h, int particles, int steps, UniformRandomProvider rng) {
        if (!(h > 0 && h < stableLimit())) {
            throw new IllegalArgumentException("h must be in (0, " + stableLimit() + "), was " + h);
        }
        Checks.requireRange("particles", particles, 1, 10_000);
        Checks.requireRange("steps", steps, 1, 10_000_000);
        // region langevin-dwell
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[particles];
        double[] y = new double[particles];
        int[] mode = new int[particles];
        FieldBuffer score = FieldBuffer.of(particles);
        int switches = 0;
        long inMode = 0;
        long inRight = 0;
        int firstRight = 0;
        double enter = m / 2;
        for (int k = 1; k <= steps; k++) {
            field.evaluate(1, 0, x, y, particles, score);
            for (int i = 0; i < particles; i++) {
                x[i] = LangevinSampler.step(x[i], score.scoreX(i), h, gauss.sample());
                y[i] = LangevinSampler.step(y[i], score.scoreY(i), h, gauss.sample());
                int now = x[i] >= enter ? 1 : x[i] <= -enter ? -1 : mode[i];
                if (now != mode[i]) {
                    if (mode[i] == 0) {
                        firstRight += now > 0 ? 1 : 0;
                    } else {
                        switches++;
                    }
                    mode[i] = now;
                }
                if (mode[i] != 0) {
                    inMode++;
                    inRight += mode[i] > 0 ? 1 : 0;
                }
            }
        }
        // endregion langevin-dwell
        return new Run(h, particles, steps, switches, inMode, inRight, firstRight);
    }

    /** T_dwell, the exact mean time of the continuous dynamics from m/2 to -m/2, by Simpson's rule. */
    public double meanDwellTime() {
        return meanPassageTime(m / 2);
    }

    /** The mean time of the continuous dynamics from {@code level} to {@code -level}, by Simpson's rule. */
    double meanPassageTime(double level) {
        double a = -level;
        double width = 2 * level / INTERVALS;
        double sum = integrand(a) + integrand(-a);
        for (int i = 1; i < INTERVALS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * integrand(a + i * width);
        }
        return sum * width / 3;
    }

    /** 2 Fbar(y) / p(y), in logs so the tiny density between the modes neither underflows nor loses digits. */
    double integrand(double y) {
        double root2 = Math.sqrt(2);
        double tail = 0.25 * (Erf.erfc((y - m) / (sigma * root2)) + Erf.erfc((y + m) / (sigma * root2)));
        double zl = (y + m) / sigma;
        double zr = (y - m) / sigma;
        double top = Math.max(-0.5 * zl * zl, -0.5 * zr * zr);
        double logP = Math.log(0.5 / (sigma * Math.sqrt(2 * Math.PI))) + top
                + Math.log(Math.exp(-0.5 * zl * zl - top) + Math.exp(-0.5 * zr * zr - top));
        return 2 * Math.exp(Math.log(tail) - logP);
    }
}
