package org.diffusioncourse.demo.sde;

import java.util.Locale;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;

/**
 * The two SDEs of {@code song-2021-score-sde} the demo can run, by the id its links use. Both are
 * {@link ContinuousPath}s, so the engine's reverse-SDE and probability-flow samplers run either
 * one unchanged, and the exact score of p_t is the noised mixture at the path's (a(t), s(t)).
 */
public enum SdeProcess {

    /**
     * The variance-preserving SDE dx = -1/2 beta(t) x dt + sqrt(beta(t)) dW with beta from 0.1 to
     * 20 ({@link VpSde#standard()}). p_1 is N(0, I) up to a(1) = 0.0066 of the data, and the
     * samplers start there.
     */
    VP("vp", "VP SDE (β from 0.1 to 20; starts from N(0, I))", VpSde.standard()),

    /**
     * The variance-exploding SDE dx = sqrt(d[sigma(t)^2]/dt) dW, f = 0, with the geometric
     * sigma(t) = 0.01 x 1000^t, so g(t)^2 = 2 sigma(t)^2 ln 1000 ({@code song-2021-score-sde}, the
     * continuous NCSN of {@code song-2019-ncsn}).
     *
     * <p>Why sigma_max = 10 and not the engine's default 50: the usual rule of thumb for VE (Song and
     * Ermon's 2020 follow-up to NCSN, not in the course's bibliography) is a sigma_max at least as
     * large as the largest distance between two data points, so that at t = 1 every mode is blurred
     * into every other. The demo's targets are standardised
     * (variance 1 per axis); their mode centres are at most 2.5 to 2.8 apart and, with two mode
     * stds on each side, their points at most about 3 to 4.5, so sigma_max = 10 is more than twice
     * that. 50 would only add steps in which the cloud just shrinks, and with the figure's fixed
     * square of side 7 more than half the scrub would show an almost empty plot.
     * sigma_min = 0.01 blurs the data by far less than its narrowest mode (std 0.1, eight Gaussians).
     *
     * <p>Exact marginals: the engine takes x_t = x_0 + sigma(t) eps, i.e. a(t) = 1 and
     * s(t) = sigma(t). The SDE started from data at t = 0 would add only sigma(t)^2 - sigma_min^2;
     * the engine's p_t is therefore that of data already blurred by sigma_min = 0.01, which moves
     * each mode's variance by 1e-4 (1% of the variance of the narrowest mode, std 0.1) and is far
     * inside the demo's Monte Carlo error.
     *
     * <p>Prior: p_1 is the target convolved with N(0, 100 I). Its mean is the data mean, 0 for
     * these centred targets (and negligible next to sigma_max = 10 for any data of unit scale), and
     * its covariance is Cov(data) + 100 I, with 101 on the diagonal because every target has
     * variance 1 per axis. The samplers start from N(0, (1 + sigma_max^2) I), std 10.05, which
     * matches the mean and the variances; what is left, two blobs' covariance 0.80 between the axes
     * and p_1's departure from a Gaussian, is of relative size (data spread / sigma_max)^2, under 1%.
     */
    VE("ve", "VE SDE (σ from 0.01 to 10; starts from N(0, 10.05² I))", VeSde.of(0.01, 10));

    private final String id;
    private final String label;
    private final ContinuousPath path;

    SdeProcess(String id, String label, ContinuousPath path) {
        this.id = id;
        this.label = label;
        this.path = path;
    }

    /** The id in links and lesson files: {@code vp} or {@code ve}. */
    public String id() {
        return id;
    }

    /** The drop-down's label, which also names the process in the figure's text alternative. */
    public String label() {
        return label;
    }

    /** The process as the engine's samplers and exact fields take it. */
    public ContinuousPath path() {
        return path;
    }

    /** The short name, "VP SDE" or "VE SDE". */
    public String shortName() {
        return id.toUpperCase(Locale.ROOT) + " SDE";
    }

    /** The process's own numbers at time t, for the readout: a, s and beta for VP, sigma and g^2 for VE. */
    String numbersAt(double t) {
        return switch (this) {
            case VP -> String.format(Locale.ROOT, "a(t) = %.4f · s(t) = %.4f · β(t) = %.2f", path.signalScale(t),
                    path.noiseStd(t), ((VpSde) path).beta(t));
            case VE -> String.format(Locale.ROOT, "a(t) = 1 · σ(t) = %.4f · g(t)² = %.3f", path.noiseStd(t),
                    path.diffusionSquared(t));
        };
    }
}
