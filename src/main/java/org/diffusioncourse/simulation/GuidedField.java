package org.diffusioncourse.simulation;

/**
 * Classifier-free guidance ({@code ho-2022-cfg}) of exact fields:
 *
 * <pre>  grad log p_w(x) = (1 - w) grad log p(x) + w grad log p(x | y) = s_u + w (s_c - s_u),</pre>
 *
 * w = 0 unconditional, w = 1 conditional, w &gt; 1 guided. The denoiser is combined with the same
 * weights, which keeps Tweedie's a D = x + s^2 grad log p. For w &gt; 1 the result is not the
 * score of any noised distribution; samplers just follow it. Immutable.
 */
public final class GuidedField implements ScoreField {

    /** Largest guidance weight accepted. */
    public static final double MAX_WEIGHT = 20;

    private final ScoreField unconditional;
    private final ScoreField conditional;
    private final double weight;

    private GuidedField(ScoreField unconditional, ScoreField conditional, double weight) {
        this.unconditional = unconditional;
        this.conditional = conditional;
        this.weight = weight;
    }

    /** @throws IllegalArgumentException unless 0 &lt;= weight &lt;= 20 */
    public static GuidedField of(ScoreField unconditional, ScoreField conditional, double weight) {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("weight must be between 0 and " + MAX_WEIGHT + ", was " + weight);
        }
        return new GuidedField(unconditional, conditional, weight);
    }

    /** Guidance towards class y of a labelled mixture. */
    public static GuidedField of(LabelledMixture mixture, int y, double weight) {
        return of(NoisedMixture.of(mixture.mixture()), NoisedMixture.conditional(mixture, y), weight);
    }

    /** w. */
    public double weight() {
        return weight;
    }

    // region cfg-combine
    @Override
    public void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out) {
        FieldBuffer cond = out.auxiliary();
        unconditional.evaluate(a, s, xs, ys, n, out);
        conditional.evaluate(a, s, xs, ys, n, cond);
        double u = 1 - weight;
        for (int i = 0; i < n; i++) {
            out.scoreX[i] = u * out.scoreX[i] + weight * cond.scoreX[i];
            out.scoreY[i] = u * out.scoreY[i] + weight * cond.scoreY[i];
            out.denoisedX[i] = u * out.denoisedX[i] + weight * cond.denoisedX[i];
            out.denoisedY[i] = u * out.denoisedY[i] + weight * cond.denoisedY[i];
        }
    }
    // endregion cfg-combine

    @Override
    public int componentCost() {
        return unconditional.componentCost() + conditional.componentCost();
    }
}
