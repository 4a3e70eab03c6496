package org.diffusioncourse.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the text parameters of a link or a lesson directive, one key at a time, with a
 * fallback for each and a message naming the key, the allowed values or range and the bad
 * value for every one that cannot be used. Values are shortened in messages so a hostile
 * link cannot flood the page.
 */
public final class TextParams {

    private final Map<String, String> raw;
    private final List<String> problems;

    public TextParams(Map<String, String> raw, List<String> problems) {
        this.raw = raw;
        this.problems = problems;
    }

    public String oneOf(String key, List<String> allowed, String fallback) {
        if (!raw.containsKey(key)) {
            return fallback;
        }
        String value = raw.get(key).strip();
        if (allowed.contains(value)) {
            return value;
        }
        // A hand-typed link with "dpm-solver++2m" arrives with the pluses read as spaces.
        if (allowed.contains(value.replace(' ', '+'))) {
            return value.replace(' ', '+');
        }
        problems.add(key + " must be one of " + String.join(", ", allowed) + "; was \"" + shorten(value) + "\"");
        return fallback;
    }

    public long whole(String key, long fallback, long min, long max) {
        return parsed(key, fallback, "a whole number", min + " and " + max, Long::parseLong,
                value -> value >= min && value <= max, (value, text) -> Long.toString(value));
    }

    public double number(String key, double fallback, double min, double max) {
        return parsed(key, fallback, "a number", format(min) + " and " + format(max), Double::parseDouble,
                value -> value >= min && value <= max, (value, text) -> shorten(text));
    }

    /**
     * The value of {@code key} parsed by {@code parse}, or {@code fallback} when it is missing,
     * not {@code kind} ("KEY must be KIND between RANGE, was \"TEXT\"") or out of range ("KEY must
     * be between RANGE, was SHOWN").
     */
    private <T> T parsed(String key, T fallback, String kind, String range, Function<String, T> parse,
            Predicate<T> inRange, BiFunction<T, String, String> shown) {
        if (!raw.containsKey(key)) {
            return fallback;
        }
        String text = raw.get(key).strip();
        try {
            T value = parse.apply(text);
            if (inRange.test(value)) {
                return value;
            }
            problems.add(key + " must be between " + range + ", was " + shown.apply(value, text));
        } catch (NumberFormatException e) {
            problems.add(key + " must be " + kind + " between " + range + ", was \"" + shorten(text) + "\"");
        }
        return fallback;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** Shortest text that reads back to the same double. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v).toLowerCase(Locale.ROOT);
    }
}
