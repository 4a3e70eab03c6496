package org.diffusioncourse.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the path data JFreeSVG writes ({@code M617,283L623,281L629,281Z}, absolute whole
 * numbers) with relative commands ({@code M617,283l6-2h6Z}): the same shape, point for point,
 * in fewer bytes, because a step between neighbouring vertices is a one- or two-digit number
 * where a position takes three or four, and a step along an axis needs one number.
 *
 * <p>The grammar is the SVG path syntax (SVG 2, section 9.3): after {@code m}, {@code l},
 * {@code h} or {@code v} further numbers repeat the command (numbers after an {@code m} are
 * {@code l}), a minus sign starts a new number, and after {@code Z} the current point is the
 * start of the subpath just closed, so the next {@code m} is counted from there. Only paths made
 * of {@code M}, {@code L} and {@code Z} with whole-number coordinates, which is every path the
 * course's figures draw in half-pixels ({@link Canvas#drawFine}, {@link Canvas#dots}), are
 * rewritten; any other path is left exactly as it was.
 */
final class RelativePaths {

    private static final Pattern PATH_DATA = Pattern.compile(" d='([^']*)'");

    private RelativePaths() {
    }

    /** {@code svg} with every whole-number {@code M}/{@code L}/{@code Z} path written relatively. */
    static String of(String svg) {
        Matcher m = PATH_DATA.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String data = m.group(1);
            String written = wholeNumbersOnly(data) ? relative(data) : data;
            m.appendReplacement(out, "");
            out.append(" d='").append(written).append('\'');
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether {@code data} is {@code M} then any of {@code Lx,y}, {@code Mx,y} and {@code Z},
     * each x and y a whole number of at most nine digits. Checked by hand: a regular expression
     * over a path of ten thousand dots runs out of stack.
     */
    static boolean wholeNumbersOnly(String data) {
        int i = 0;
        int n = data.length();
        if (n == 0 || data.charAt(0) != 'M') {
            return false;
        }
        while (i < n) {
            char command = data.charAt(i++);
            if (command == 'Z') {
                continue;
            }
            if (command != 'M' && command != 'L') {
                return false;
            }
            i = wholeNumber(data, i);
            if (i < 0 || i >= n || data.charAt(i) != ',') {
                return false;
            }
            i = wholeNumber(data, i + 1);
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** The index after a whole number of 1 to 9 digits (an optional minus sign first) at {@code from}, or -1. */
    private static int wholeNumber(String data, int from) {
        int i = from < data.length() && data.charAt(from) == '-' ? from + 1 : from;
        int digits = i;
        while (i < data.length() && Character.isDigit(data.charAt(i)) && i - digits < 9) {
            i++;
        }
        boolean ok = i > digits && (i >= data.length() || !Character.isDigit(data.charAt(i)));
        return ok ? i : -1;
    }

    /** One path's data, already checked to be whole-number {@code M}, {@code L} and {@code Z} starting with an {@code M}. */
    static String relative(String data) {
        StringBuilder out = new StringBuilder(data.length());
        long x = 0;
        long y = 0;
        long startX = 0;
        long startY = 0;
        char last = 0; // the command the next bare numbers would repeat, 0 for none
        int i = 0;
        while (i < data.length()) {
            char command = data.charAt(i++);
            if (command == 'Z') {
                out.append('Z');
                x = startX;
                y = startY;
                last = 0;
                continue;
            }
            int comma = data.indexOf(',', i);
            int end = comma + 1;
            while (end < data.length() && (Character.isDigit(data.charAt(end)) || data.charAt(end) == '-' && end == comma + 1)) {
                end++;
            }
            long toX = Long.parseLong(data, i, comma, 10);
            long toY = Long.parseLong(data, comma + 1, end, 10);
            i = end;
            long dx = toX - x;
            long dy = toY - y;
            if (command == 'M') {
                if (out.isEmpty()) {
                    out.append('M').append(toX).append(',').append(toY);
                    last = 'M'; // numbers after an absolute M would be absolute: never repeat it
                } else {
                    out.append('m'); // always written: bare numbers after an m would be l's
                    last = 'm';
                    pair(out, dx, dy);
                }
                startX = toX;
                startY = toY;
            } else if (dy == 0) {
                last = command(out, last, 'h', 'h');
                number(out, dx);
            } else if (dx == 0) {
                last = command(out, last, 'v', 'v');
                number(out, dy);
            } else {
                last = command(out, last, 'l', 'm');
                pair(out, dx, dy);
            }
            x = toX;
            y = toY;
        }
        return out.toString();
    }

    /**
     * Writes {@code command} unless the numbers that follow would repeat it anyway (after itself,
     * or after {@code alsoAfter}: bare pairs after an {@code m} are {@code l}s), and returns the
     * command now in force.
     */
    private static char command(StringBuilder out, char last, char command, char alsoAfter) {
        if (last == command || last == alsoAfter) {
            return command;
        }
        out.append(command);
        return command;
    }

    private static void pair(StringBuilder out, long dx, long dy) {
        number(out, dx);
        if (dy >= 0) {
            out.append(',');
        }
        out.append(dy);
    }

    /** A number, with a space before it only where the one before would otherwise run into it. */
    private static void number(StringBuilder out, long value) {
        if (value >= 0 && !out.isEmpty() && Character.isDigit(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
        out.append(value);
    }
}
