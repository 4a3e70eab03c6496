package org.diffusioncourse.simulation.process;

/**
 * A {@link GaussianPath} with differentiable a(t) and s(t), t in [0, 1].
 *
 * <p>The linear SDE dx = f(t) x dt + g(t) dW has exactly these marginals when
 *
 * <pre>  f = a'/a,   g^2 = d(s^2)/dt - 2 f s^2 = 2 s s' - 2 (a'/a) s^2</pre>
 *
 * ({@code song-2021-score-sde}, and the conditional-path form of {@code lipman-2022-flow-matching}).
 * The probability-flow velocity that moves p_t along the path is then
 *
 * <pre>  u_t(x) = E[a' x_0 + s' eps | x_t = x] = a' D(x) - s' s grad log p_t(x),</pre>
 *
 * with the denoiser D(x) = E[x_0 | x_t = x] and E[eps | x_t = x] = -s grad log p_t(x) (Tweedie).
 */
public interface ContinuousPath extends GaussianPath {

    /** a'(t). */
    double signalScaleRate(double t);

    /** s'(t). */
    double noiseStdRate(double t);

    /** f(t) = a'/a, the drift coefficient of the forward SDE. */
    default double drift(double t) {
        return signalScaleRate(t) / signalScale(t);
    }

    /** g(t)^2 = 2 s s' - 2 (a'/a) s^2, the squared diffusion coefficient of the forward SDE. */
    default double diffusionSquared(double t) {
        double s = noiseStd(t);
        return 2 * s * noiseStdRate(t) - 2 * drift(t) * s * s;
    }
}
