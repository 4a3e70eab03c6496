package org.diffusioncourse.simulation.learn;

import java.util.List;
import org.diffusioncourse.simulation.check.UnknownId;

/**
 * How the squared error of each noise level counts in the training loss. Every weighting but
 * {@link #UNIFORM} is stated, as in {@code hang-2023-min-snr}, as a weight omega(t) on the
 * denoiser's error |x0_hat - x_0|^2, with SNR(t) = a^2 / s^2; on the target's own error it
 * becomes omega(t) / k^2 ({@link Target#gainOverData}), so the same weighting means the same
 * loss whatever the network outputs:
 *
 * <pre>
 *   uniform       the target's own mean squared error, weight 1 on |y_hat - y|^2
 *   ddpm-simple   omega = SNR            = the noise error |eps_hat - eps|^2 (L_simple, ho-2020-ddpm)
 *   snr-plus-one  omega = SNR + 1        = the error of v = a eps - s x_0 (salimans-2022-progressive)
 *   min-snr       omega = min(SNR, 5)    (Min-SNR-gamma, gamma = 5, hang-2023-min-snr)
 * </pre>
 *
 * For the eps target, uniform and ddpm-simple are the same loss.
 */
public enum LossWeighting {

    /** Weight 1 on the target's own squared error. */
    UNIFORM("uniform"),
    /** DDPM's L_simple: the noise error. */
    SIMPLE("ddpm-simple"),
    /** SNR + 1 on the denoiser error. */
    SNR_PLUS_ONE("snr-plus-one"),
    /** min(SNR, gamma) on the denoiser error. */
    MIN_SNR("min-snr");

    /** gamma of Min-SNR-gamma, the paper's default. */
    public static final double MIN_SNR_GAMMA = 5;

    private final String id;

    LossWeighting(String id) {
        this.id = id;
    }

    /** The id in links and files, e.g. {@code "min-snr"}. */
    public String id() {
        return id;
    }

    /** @throws UnknownId on parameter {@code weighting} */
    public static LossWeighting byId(String id) {
        return UnknownId.find("weighting", List.of(values()), LossWeighting::id, id);
    }

    // region learn-weighting
    /** omega(t), the weight on the denoiser error |x0_hat - x_0|^2, at (a, s) for {@code target}. */
    public double onData(Target target, double a, double s) {
        double snr = a * a / (s * s);
        return switch (this) {
            case UNIFORM -> target.gainOverData(a, s);
            case SIMPLE -> snr;
            case SNR_PLUS_ONE -> snr + 1;
            case MIN_SNR -> Math.min(snr, MIN_SNR_GAMMA);
        };
    }

    /** The weight on the target's own error |y_hat - y|^2: omega(t) / k^2, 1 for uniform. */
    public double onTarget(Target target, double a, double s) {
        return this == UNIFORM ? 1.0 : onData(target, a, s) / target.gainOverData(a, s);
    }
    // endregion learn-weighting
}
