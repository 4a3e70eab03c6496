package org.diffusioncourse.simulation.process;

/**
 * The variance-exploding SDE of {@code song-2021-score-sde} (the continuous NCSN,
 * {@code song-2019-ncsn}):
 *
 * <pre>
 *   x_t = x_0 + sigma(t) eps,   sigma(t) = sigma_min (sigma_max / sigma_min)^t,
 *   dx = sqrt(d sigma^2 / dt) dW,   d sigma^2/dt = 2 sigma^2 ln(sigma_max / sigma_min).
 * </pre>
 *
 * So a(t) = 1 and s(t) = sigma(t). Time runs from t = 0 (data blurred by sigma_min) to t = 1
 * (noise of std sigma_max). Defaults sigma_min = 0.01, sigma_max = 50 (sized for data of unit
 * scale); EDM's 0.002 / 80 ({@code karras-2022-edm}) is allowed too.
 */
public final class VeSde implements ContinuousPath {

    private final double sigmaMin;
    private final double sigmaMax;
    private final double logRatio;

    private VeSde(double sigmaMin, double sigmaMax) {
        this.sigmaMin = sigmaMin;
        this.sigmaMax = sigmaMax;
        this.logRatio = Math.log(sigmaMax / sigmaMin);
    }

    /** sigma_min = 0.01, sigma_max = 50. */
    public static VeSde standard() {
        return of(0.01, 50);
    }

    /** @throws IllegalArgumentException unless 0 &lt; sigmaMin &lt; sigmaMax &lt;= 1000 */
    public static VeSde of(double sigmaMin, double sigmaMax) {
        if (!(sigmaMin > 0 && sigmaMin < 1000)) {
            throw new IllegalArgumentException("sigmaMin must be in (0, 1000), was " + sigmaMin);
        }
        if (!(sigmaMax > sigmaMin && sigmaMax <= 1000)) {
            throw new IllegalArgumentException("sigmaMax must be in (sigmaMin, 1000] = (" + sigmaMin + ", 1000], was " + sigmaMax);
        }
        return new VeSde(sigmaMin, sigmaMax);
    }

    @Override
    public String id() {
        return "ve-sde";
    }

    @Override
    public String timeConvention() {
        return "t in [0, 1]; t = 0 is data (blurred by sigma_min), t = 1 is noise of std sigma_max";
    }

    /** sigma_min. */
    public double sigmaMin() {
        return sigmaMin;
    }

    /** sigma_max. */
    public double sigmaMax() {
        return sigmaMax;
    }

    @Override
    public double signalScale(double t) {
        return 1.0;
    }

    @Override
    public double noiseStd(double t) {
        return sigmaMin * Math.exp(t * logRatio);
    }

    @Override
    public double signalScaleRate(double t) {
        return 0.0;
    }

    @Override
    public double noiseStdRate(double t) {
        return noiseStd(t) * logRatio;
    }
}
