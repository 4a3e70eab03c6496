package org.diffusioncourse.simulation.learn;

import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.ScoreField;

/**
 * A trained network seen as the field every sampler takes. A sampler asks at (a, s); the field
 * finds the network time tau of the process the network was trained on
 * ({@link TrainingProcess#tauOf}), runs the network, and turns its output into the score and the
 * denoiser with the conversions of its {@link Target}; both satisfy Tweedie's
 * a D = x + s^2 grad log p exactly, as the exact fields do ({@code song-2021-score-sde}).
 *
 * <p>Immutable (it holds its own copy of the weights) and safe to share: each call works in blocks
 * of 256 points in rows it keeps on the {@link FieldBuffer} ({@link FieldBuffer#state}), made on
 * the buffer's first call, so a sampler run allocates them once.
 */
public final class LearnedField implements ScoreField {

    private static final int BLOCK = 256;

    /** Rough cost of one point in units of one mixture component (about 40 parameters each). */
    private static final int PARAMETERS_PER_COMPONENT = 40;

    private final Mlp net;
    private final TrainingProcess process;
    private final Target target;
    private final int label;

    private LearnedField(Mlp net, TrainingProcess process, Target target, int label) {
        this.net = net;
        this.process = process;
        this.target = target;
        this.label = label;
    }

    /**
     * The field of {@code net} (copied), trained on {@code process} for {@code target}, shown
     * class {@code label} ({@link Mlp#nullClass()} for the unconditional field; ignored by an
     * unconditional network).
     */
    static LearnedField of(Mlp net, TrainingProcess process, Target target, int label) {
        if (net.classes() > 0 && (label < 0 || label > net.nullClass())) {
            throw new IllegalArgumentException("label must be between 0 and " + net.nullClass()
                    + " (the null class), was " + label);
        }
        return new LearnedField(net.copy(), process, target, net.classes() > 0 ? label : 0);
    }

    /** The process the network was trained on. */
    public TrainingProcess process() {
        return process;
    }

    /** What the network outputs. */
    public Target target() {
        return target;
    }

    // region learn-field
    @Override
    public void evaluate(double a, double s, double[] xs, double[] ys, int n, FieldBuffer out) {
        double tau = process.tauOf(a, s);
        Mlp.Scratch rows = out.state(Mlp.Scratch.class, r -> r.fits(net, BLOCK), () -> net.scratch(BLOCK));
        for (int lo = 0; lo < n; lo += BLOCK) {
            int m = Math.min(BLOCK, n - lo);
            // The time and class features are the same for every point: embed once, copy.
            net.embed(xs[lo], ys[lo], tau, label, rows.input[0]);
            for (int i = 1; i < m; i++) {
                double[] row = rows.input[i];
                System.arraycopy(rows.input[0], 2, row, 2, row.length - 2);
                row[0] = xs[lo + i];
                row[1] = ys[lo + i];
            }
            net.predict(rows, m);
            for (int i = 0; i < m; i++) {
                double x = xs[lo + i];
                double y = ys[lo + i];
                double ox = rows.output[i][0];
                double oy = rows.output[i][1];
                out.scoreX[lo + i] = target.score(x, ox, a, s);
                out.scoreY[lo + i] = target.score(y, oy, a, s);
                out.denoisedX[lo + i] = target.denoised(x, ox, a, s);
                out.denoisedY[lo + i] = target.denoised(y, oy, a, s);
            }
        }
    }
    // endregion learn-field

    @Override
    public int componentCost() {
        return Math.max(1, net.parameterCount() / PARAMETERS_PER_COMPONENT);
    }
}
