package org.diffusioncourse.simulation.process;

import java.util.List;

/**
 * A discrete DDPM noise schedule: the per-step variances beta_1 .. beta_T and their cumulative
 * signal fraction alpha_bar_t.
 *
 * <p>Both schedules share one definition of alpha_bar (DDPM indexing, {@code ho-2020-ddpm}):
 *
 * <pre>
 *   alpha_bar_0 = 1                                  (no noise yet)
 *   alpha_bar_t = prod_{s=1..t} (1 - beta_s)         for t = 1 .. T
 * </pre>
 *
 * so that {@code x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps}. Instances are
 * immutable and safe to share between threads.
 */
public final class NoiseSchedule {

    /** Largest number of steps accepted by the factories. */
    public static final int MAX_STEPS = 100_000;

    /** The cosine schedule caps each beta_t here so the last steps stay finite (nichol-2021-improved). */
    public static final double COSINE_MAX_BETA = 0.999;

    private static final List<String> NAMES = List.of("linear", "cosine");

    private final String name;
    /** betas[t] for t = 1..T; betas[0] is unused and 0. */
    private final double[] betas;
    private final double[] alphaBars;
    private final double[] signalScales;
    private final double[] noiseStds;

    // region schedule-cumulative
    private NoiseSchedule(String name, double[] betas) {
        this.name = name;
        // Both arrays are indexed by the step itself: betas[t] is beta_t for t = 1..T (betas[0]
        // is unused) and alphaBars[t] is alpha_bar_t for t = 0..T, so no off-by-one can creep in.
        this.betas = betas;
        int steps = betas.length - 1;
        alphaBars = new double[steps + 1];
        signalScales = new double[steps + 1];
        noiseStds = new double[steps + 1];
        alphaBars[0] = 1.0;                   // t = 0 is the clean data: no noise yet
        for (int t = 1; t <= steps; t++) {
            // alpha_bar_t = (1 - beta_1) ... (1 - beta_t): the signal variance that survives t steps
            alphaBars[t] = alphaBars[t - 1] * (1.0 - betas[t]);
        }
        for (int t = 0; t <= steps; t++) {
            signalScales[t] = Math.sqrt(alphaBars[t]);
            noiseStds[t] = Math.sqrt(1.0 - alphaBars[t]);
        }
    }
    // endregion schedule-cumulative

    /**
     * The linear schedule of DDPM ({@code ho-2020-ddpm}): beta_t rises evenly from
     * {@code betaStart} at t = 1 to {@code betaEnd} at t = T,
     *
     * <pre>  beta_t = betaStart + (betaEnd - betaStart) (t - 1) / (T - 1)</pre>
     *
     * (NumPy's {@code linspace(betaStart, betaEnd, T)}); DDPM uses 1e-4 .. 0.02 with T = 1000.
     *
     * @throws IllegalArgumentException unless 1 &lt;= steps &lt;= 100000 and 0 &lt; betaStart &lt;= betaEnd &lt; 1
     */
    public static NoiseSchedule linear(int steps, double betaStart, double betaEnd) {
        requireSteps(steps);
        if (!(betaStart > 0 && betaStart < 1)) {
            throw new IllegalArgumentException("betaStart must be in (0, 1), was " + betaStart);
        }
        if (!(betaEnd >= betaStart && betaEnd < 1)) {
            throw new IllegalArgumentException(
                    "betaEnd must be in [betaStart, 1) = [" + betaStart + ", 1), was " + betaEnd);
        }
        double[] betas = new double[steps + 1];
        for (int t = 1; t <= steps; t++) {
            double fraction = steps == 1 ? 0.0 : (t - 1) / (double) (steps - 1);
            betas[t] = betaStart + (betaEnd - betaStart) * fraction;
        }
        // Pin the end point so rounding in the interpolation can never overshoot betaEnd.
        if (steps > 1) {
            betas[steps] = betaEnd;
        }
        return new NoiseSchedule("linear", betas);
    }

    /**
     * The cosine schedule of Nichol &amp; Dhariwal ({@code nichol-2021-improved}). With
     *
     * <pre>  f(t) = cos^2( ((t / T) + s) / (1 + s) * pi / 2 )</pre>
     *
     * the target is alpha_bar_t = f(t) / f(0). We store it through its betas,
     * {@code beta_t = min(1 - f(t) / f(t - 1), 0.999)}, and recover alpha_bar_t as the cumulative
     * product of (1 - beta_t) like every other schedule; the clip only changes the last few
     * steps, where f(t) reaches 0 and the ratio would give beta_T = 1.
     *
     * @param offset s, the small shift that keeps beta_1 from being vanishingly small; 0.008 in the paper
     * @throws IllegalArgumentException unless 1 &lt;= steps &lt;= 100000 and 0 &lt;= offset &lt;= 1
     */
    public static NoiseSchedule cosine(int steps, double offset) {
        requireSteps(steps);
        if (!(offset >= 0 && offset <= 1)) {
            throw new IllegalArgumentException("offset must be between 0 and 1, was " + offset);
        }
        double[] betas = new double[steps + 1];
        double previous = cosineF(0, steps, offset);
        for (int t = 1; t <= steps; t++) {
            double current = cosineF(t, steps, offset);
            betas[t] = Math.min(1.0 - current / previous, COSINE_MAX_BETA);
            previous = current;
        }
        return new NoiseSchedule("cosine", betas);
    }

    private static double cosineF(int t, int steps, double offset) {
        double c = Math.cos(((t / (double) steps) + offset) / (1.0 + offset) * Math.PI / 2.0);
        return c * c;
    }

    /**
     * The schedules the lessons use by name: {@code "linear"} (beta 1e-4 .. 0.02,
     * {@code ho-2020-ddpm}) and {@code "cosine"} (s = 0.008, {@code nichol-2021-improved}).
     *
     * @throws IllegalArgumentException for any other name, listing the allowed ones
     */
    public static NoiseSchedule named(String name, int steps) {
        return switch (name) {
            case "linear" -> linear(steps, 1e-4, 0.02);
            case "cosine" -> cosine(steps, 0.008);
            default -> throw new IllegalArgumentException(
                    "schedule must be one of " + String.join(", ", NAMES) + "; was \"" + name + "\"");
        };
    }

    /** The schedules the lessons use, as values: {@link #named} by a type instead of a string. */
    public enum Kind {
        /** beta from 1e-4 to 0.02 ({@code ho-2020-ddpm}). */
        LINEAR("linear"),
        /** s = 0.008 ({@code nichol-2021-improved}). */
        COSINE("cosine");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name in links and lesson files, e.g. {@code "cosine"}. */
        public String id() {
            return id;
        }

        /** The schedule with T = {@code steps}. */
        public NoiseSchedule schedule(int steps) {
            return named(id, steps);
        }
    }

    /** The names accepted by {@link #named(String, int)}, in display order. */
    public static List<String> names() {
        return NAMES;
    }

    /** {@code "linear"} or {@code "cosine"}. */
    public String name() {
        return name;
    }

    /** T, the number of noising steps. */
    public int steps() {
        return betas.length - 1;
    }

    /**
     * alpha_bar_t = prod_{s &lt;= t} (1 - beta_s), the fraction of signal variance left at step t
     * ({@code ho-2020-ddpm}); exactly 1 at t = 0.
     *
     * @param t step, 0 .. T
     */
    public double alphaBar(int t) {
        return alphaBars[checkStep(t)];
    }

    /**
     * beta_t, the variance of the noise added by the single step t - 1 -&gt; t ({@code ho-2020-ddpm}).
     *
     * @param t step, 1 .. T
     */
    public double beta(int t) {
        if (t < 1 || t > steps()) {
            throw new IllegalArgumentException("t must be between 1 and " + steps() + ", was " + t);
        }
        return betas[t];
    }

    /** sqrt(alpha_bar_t), the factor multiplying x_0 in x_t ({@code ho-2020-ddpm}). */
    public double signalScale(int t) {
        return signalScales[checkStep(t)];
    }

    /** sqrt(1 - alpha_bar_t), the standard deviation of the noise in x_t ({@code ho-2020-ddpm}). */
    public double noiseStd(int t) {
        return noiseStds[checkStep(t)];
    }

    /** A copy of alpha_bar_0 .. alpha_bar_T (length T + 1). */
    public double[] alphaBars() {
        return alphaBars.clone();
    }

    private int checkStep(int t) {
        if (t < 0 || t > steps()) {
            throw new IllegalArgumentException("t must be between 0 and " + steps() + ", was " + t);
        }
        return t;
    }

    private static void requireSteps(int steps) {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be between 1 and " + MAX_STEPS + ", was " + steps);
        }
    }

    @Override
    public String toString() {
        return "NoiseSchedule[" + name + ", T=" + steps() + "]";
    }
}
