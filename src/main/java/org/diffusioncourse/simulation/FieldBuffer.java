package org.diffusioncourse.simulation;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reusable output arrays for {@link ScoreField#evaluate}: the score and the denoiser of n points.
 * Mutable and not thread-safe; one per sampler run.
 */
public final class FieldBuffer {

    public final double[] scoreX;
    public final double[] scoreY;
    public final double[] denoisedX;
    public final double[] denoisedY;
    private FieldBuffer auxiliary;
    private double[] work = new double[0];
    private @Nullable Object state;

    private FieldBuffer(int capacity) {
        scoreX = new double[capacity];
        scoreY = new double[capacity];
        denoisedX = new double[capacity];
        denoisedY = new double[capacity];
    }

    /** Room for {@code capacity} points. */
    public static FieldBuffer of(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        return new FieldBuffer(capacity);
    }

    /** A second buffer of the same size for composite fields, created once per buffer. */
    public FieldBuffer auxiliary() {
        if (auxiliary == null) {
            auxiliary = new FieldBuffer(capacity());
        }
        return auxiliary;
    }

    /** Scratch space of at least {@code length} doubles, kept between calls. */
    public double[] work(int length) {
        if (work.length < length) {
            work = new double[length];
        }
        return work;
    }

    /**
     * Scratch state a field keeps on this buffer between its calls (a network's activation rows),
     * made by {@code create} when there is none, or when the one there is of another type or
     * {@code fits} refuses it.
     */
    public <T> T state(Class<T> type, Predicate<T> fits, Supplier<T> create) {
        if (type.isInstance(state)) {
            T kept = type.cast(state);
            if (fits.test(kept)) {
                return kept;
            }
        }
        T made = create.get();
        state = made;
        return made;
    }

    /** Number of points the buffer holds. */
    public int capacity() {
        return scoreX.length;
    }

    /** x component of the score at point i. */
    public double scoreX(int i) {
        return scoreX[i];
    }

    /** y component of the score at point i. */
    public double scoreY(int i) {
        return scoreY[i];
    }

    /** x component of the denoiser E[x_0 | x] at point i. */
    public double denoisedX(int i) {
        return denoisedX[i];
    }

    /** y component of the denoiser E[x_0 | x] at point i. */
    public double denoisedY(int i) {
        return denoisedY[i];
    }
}
