package org.diffusioncourse.simulation.process;

/**
 * The variance-preserving SDE of {@code song-2021-score-sde}, the continuous limit of DDPM:
 *
 * <pre>
 *   dx = -1/2 beta(t) x dt + sqrt(beta(t)) dW,      beta(t) = beta_min + t (beta_max - beta_min),
 *   a(t) = exp(-1/2 int_0^t beta) = exp(-1/2 (beta_min t + (beta_max - beta_min) t^2 / 2)),
 *   s(t) = sqrt(1 - a(t)^2).
 * </pre>
 *
 * Time runs from t = 0 (data, a = 1, s = 0) to t = 1 (almost pure noise: a(1) = 0.0066 with
 * the defaults beta_min = 0.1, beta_max = 20).
 */
public final class VpSde implements ContinuousPath {

    private final double betaMin;
    private final double betaMax;

    private VpSde(double betaMin, double betaMax) {
        this.betaMin = betaMin;
        this.betaMax = betaMax;
    }

    /** beta_min = 0.1, beta_max = 20, as in {@code song-2021-score-sde}. */
    public static VpSde standard() {
        return of(0.1, 20);
    }

    /** @throws IllegalArgumentException unless 0 &lt; betaMin &lt;= betaMax &lt;= 1000 */
    public static VpSde of(double betaMin, double betaMax) {
        if (!(betaMin > 0 && betaMin <= 1000)) {
            throw new IllegalArgumentException("betaMin must be in (0, 1000], was " + betaMin);
        }
        if (!(betaMax >= betaMin && betaMax <= 1000)) {
            throw new IllegalArgumentException("betaMax must be in [betaMin, 1000] = [" + betaMin + ", 1000], was " + betaMax);
        }
        return new VpSde(betaMin, betaMax);
    }

    @Override
    public String id() {
        return "vp-sde";
    }

    @Override
    public String timeConvention() {
        return "t in [0, 1]; t = 0 is data, t = 1 is (almost) pure noise N(0, I)";
    }

    /** beta(t) = beta_min + t (beta_max - beta_min). */
    public double beta(double t) {
        return betaMin + t * (betaMax - betaMin);
    }

    private double integral(double t) {
        return betaMin * t + 0.5 * (betaMax - betaMin) * t * t;
    }

    @Override
    public double signalScale(double t) {
        return Math.exp(-0.5 * integral(t));
    }

    @Override
    public double noiseStd(double t) {
        // 1 - a^2 = -expm1(-B): exact near t = 0, where 1 - a^2 would cancel.
        return Math.sqrt(-Math.expm1(-integral(t)));
    }

    @Override
    public double signalScaleRate(double t) {
        return -0.5 * beta(t) * signalScale(t);
    }

    @Override
    public double noiseStdRate(double t) {
        double a = signalScale(t);
        return 0.5 * beta(t) * a * a / noiseStd(t);
    }

    @Override
    public double drift(double t) {
        return -0.5 * beta(t);
    }

    @Override
    public double diffusionSquared(double t) {
        return beta(t);
    }
}
