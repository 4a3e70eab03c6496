package org.diffusioncourse.render;

import java.util.Locale;

/**
 * Fixed, locale-free number formatting for SVG geometry and figure text.
 */
public final class Numbers {

    private static final long[] POWERS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000};

    private Numbers() {
    }

    /**
     * {@code v} rounded to {@code dp} decimals (0..6), without trailing zeros and without a
     * negative zero: 12.0 -&gt; "12", -0.04 at 1 dp -&gt; "0", 3.25 at 1 dp -&gt; "3.3".
     * Much faster than {@link String#format}, which matters for thousands of coordinates.
     */
    public static String compact(double v, int dp) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long scale = POWERS[dp];
        long r = Math.round(v * scale);
        if (r == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(12);
        if (r < 0) {
            sb.append('-');
            r = -r;
        }
        sb.append(r / scale);
        long frac = r % scale;
        if (frac != 0) {
            int digits = dp;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            sb.append('.');
            String f = Long.toString(frac);
            for (int i = f.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb.toString();
    }

    /** {@code v} with exactly {@code dp} decimals, Locale.ROOT, never "-0.00". */
    public static String fixed(double v, int dp) {
        String s = String.format(Locale.ROOT, "%." + dp + "f", v);
        if (s.startsWith("-") && s.chars().skip(1).allMatch(c -> c == '0' || c == '.')) {
            return s.substring(1);
        }
        return s;
    }

    /** A share as a percentage with one decimal, e.g. 0.8647 -&gt; "86.5%". */
    public static String percent(double share) {
        return fixed(100.0 * share, 1) + "%";
    }
}
