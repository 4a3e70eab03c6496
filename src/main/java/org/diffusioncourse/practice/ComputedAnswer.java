package org.diffusioncourse.practice;

import java.util.Locale;

/**
 * A practice answer computed by a simulation, never typed by an author.
 *
 * @param value       the answer as shown, e.g. {@code "middle"}, {@code "560"} or {@code "0.0780"}
 * @param explanation how the simulation arrived at it, in a sentence
 * @param tolerance   for numeric answers, the relative tolerance a guess may be off by (at
 *                    least 0.005 absolute near zero); ignored for named answers
 */
public record ComputedAnswer(String value, String explanation, double tolerance) {

    public static final double DEFAULT_TOLERANCE = 0.02;

    public ComputedAnswer(String value, String explanation) {
        this(value, explanation, DEFAULT_TOLERANCE);
    }

    /** A numeric answer printed with {@code digits} decimals. */
    public static ComputedAnswer number(double value, int digits, String explanation) {
        return new ComputedAnswer(String.format(Locale.ROOT, "%." + digits + "f", value), explanation);
    }

    /** Whether a learner's guess matches: the same word, or a number within the tolerance. */
    public boolean matches(String guess) {
        String g = guess == null ? "" : guess.strip();
        if (value.equalsIgnoreCase(g)) {
            return true;
        }
        try {
            double truth = Double.parseDouble(value);
            double given = Double.parseDouble(g.replace('−', '-'));
            return Math.abs(truth - given) <= Math.max(0.005, tolerance * Math.abs(truth));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
