package org.diffusioncourse.simulation.evaluation;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.check.UnknownId;

/**
 * Hutchinson's trace estimator ({@code hutchinson-1989-trace}) for a symmetric 2 x 2 matrix
 * A = [[p, q], [q, r]]: with a random probe v, E[v v^T] = I, the estimate v^T A v has mean tr A.
 * Written out, v^T A v = p v_1^2 + r v_2^2 + 2 q v_1 v_2, so its variance is closed-form:
 *
 * <pre>
 *   Rademacher v (entries +-1):  v^T A v = tr A + 2 q v_1 v_2,   Var = 4 q^2
 *   Gaussian v ~ N(0, I):        Var = 2 ||A||_F^2 = 2 (p^2 + r^2 + 2 q^2)
 * </pre>
 *
 * Rademacher probes never err on the diagonal, so they are never worse than Gaussian ones and
 * exact for a diagonal A. The mean of m probes has variance Var / m.
 */
public final class Hutchinson {

    /** Most probes per estimate. */
    public static final int MAX_PROBES = 100_000;

    /** The probe distribution. */
    public enum Probe {
        RADEMACHER("rademacher"),
        GAUSSIAN("gaussian");

        private final String id;

        Probe(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** @throws UnknownId on parameter {@code probe} */
        public static Probe byId(String id) {
            return UnknownId.find("probe", List.of(values()), Probe::id, id);
        }
    }

    /**
     * m probes' estimates of tr A summarised.
     *
     * @param mean          the mean of the m estimates
     * @param sd            their sample standard deviation (divisor m - 1; 0 for m = 1)
     * @param exactVariance the variance of one estimate, closed-form
     * @param probes        m
     */
    public record Estimate(double mean, double sd, double exactVariance, int probes) {
    }

    private Hutchinson() {
    }

    /** The variance of one estimate v^T A v for A = [[p, q], [q, r]]. */
    public static double variance(Probe probe, double p, double q, double r) {
        return switch (probe) {
            case RADEMACHER -> 4 * q * q;
            case GAUSSIAN -> 2 * (p * p + r * r + 2 * q * q);
        };
    }

    /**
     * m estimates v^T A v with probes drawn from {@code rng} (v_1 then v_2, probe by probe).
     *
     * @throws IllegalArgumentException unless 1 &lt;= m &lt;= 100000
     */
    public static Estimate estimate(Probe probe, double p, double q, double r, int m, UniformRandomProvider rng) {
        Checks.requireRange("probes", m, 1, MAX_PROBES);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double sum = 0;
        double sumSq = 0;
        double shift = p + r;
        for (int i = 0; i < m; i++) {
            double v1 = probe == Probe.RADEMACHER ? (rng.nextBoolean() ? 1 : -1) : gauss.sample();
            double v2 = probe == Probe.RADEMACHER ? (rng.nextBoolean() ? 1 : -1) : gauss.sample();
            // Centred on tr A, so the running sums do not cancel.
            double e = p * v1 * v1 + r * v2 * v2 + 2 * q * v1 * v2 - shift;
            sum += e;
            sumSq += e * e;
        }
        double mean = sum / m;
        double sd = m > 1 ? Math.sqrt(Math.max(0.0, (sumSq - m * mean * mean) / (m - 1))) : 0.0;
        return new Estimate(shift + mean, sd, variance(probe, p, q, r), m);
    }
}
