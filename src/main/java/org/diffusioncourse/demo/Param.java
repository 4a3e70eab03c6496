package org.diffusioncourse.demo;

import org.diffusioncourse.base.Reading;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.diffusioncourse.base.TextParams;

/**
 * One typed setting of a demo: its key in links, lesson files and practice answers, how its
 * text is read (with a message naming the key, the allowed values and the bad value) and
 * written, and how it is read from and set on the settings record {@code S}. Settings stay
 * typed (ints, doubles, enums) everywhere else; text appears only here, at the boundary.
 *
 * @param <S> the demo's settings record
 * @param <V> the value's type
 */
public sealed interface Param<S, V> permits Param.Choice, Param.Whole, Param.Seed, Param.Number {

    /** The key in links and lesson files, e.g. {@code "t"}. */
    String key();

    /** Reads the value from a settings record. */
    Function<S, V> getter();

    /** Sets the value on a settings record. */
    BiFunction<S, V, S> wither();

    /** The value in {@code settings}. */
    default V get(S settings) {
        return getter().apply(settings);
    }

    /** {@code settings} with this parameter set to {@code value}. */
    default S with(S settings, V value) {
        return wither().apply(settings, value);
    }

    /**
     * The value {@code text} stands for; when it is not allowed, adds a message to
     * {@code problems} and returns the value in {@code context}. Ranges may depend on
     * {@code context} (the settings read so far), e.g. a class label on the chosen data set.
     */
    V read(String text, S context, List<String> problems);

    /** {@code value} as it is written in a link: by default its decimal digits, as for whole numbers and seeds. */
    default String format(V value) {
        return String.valueOf(value);
    }

    /** This parameter of {@code settings} as it is written in a link. */
    default String text(S settings) {
        return format(get(settings));
    }

    /** {@code settings} with this parameter read from {@code text}, or the problem with it. */
    default Reading<S> apply(S settings, String text) {
        List<String> problems = new java.util.ArrayList<>();
        V value = read(text, settings, problems);
        return new Reading<>(problems.isEmpty() ? with(settings, value) : settings, List.copyOf(problems));
    }

    /** One of a fixed list of values, each written as its id (a data set, a schedule, a weight from a list). */
    static <S, V> Choice<S, V> choice(String key, List<V> values, Function<V, String> id, Function<S, V> getter,
            BiFunction<S, V, S> wither) {
        List<V> copy = List.copyOf(values);
        return new Choice<>(key, copy, id, (text, fallback, problems) -> {
            List<String> ids = copy.stream().map(id).toList();
            String chosen = new TextParams(Map.of(key, text), problems).oneOf(key, ids, id.apply(fallback));
            return copy.get(ids.indexOf(chosen));
        }, getter, wither);
    }

    /**
     * One of a fixed list of values, written as their ids, whose text is read by {@code reader}:
     * for values that are numbers on a grid ("0.5" and "0.50" are the same time) or a message
     * that names the rule rather than listing every value.
     */
    static <S, V> Choice<S, V> choice(String key, List<V> values, Function<V, String> id, TextReader<V> reader,
            Function<S, V> getter, BiFunction<S, V, S> wither) {
        return new Choice<>(key, List.copyOf(values), id, reader, getter, wither);
    }

    /**
     * Reads a number that must be a multiple of {@code step} in {@code [min, max]} and gives the
     * value that stands for it ({@code value} of the multiple's index, counted from 0), or adds
     * "KEY must be between MIN and MAX, was V" or "KEY must be a multiple of STEP between MIN and
     * MAX, was V".
     */
    static <V> TextReader<V> multipleOf(String key, double step, double min, double max, IntFunction<V> value) {
        return (text, fallback, problems) -> {
            int before = problems.size();
            double number = new TextParams(Map.of(key, text), problems).number(key, Double.NaN, min, max);
            if (problems.size() > before) {
                return fallback;
            }
            long index = Math.round(number / step);
            if (Math.abs(number / step - index) > GRID_TOLERANCE) {
                problems.add(key + " must be a multiple of " + TextParams.format(step) + " between " + TextParams.format(min)
                        + " and " + TextParams.format(max) + ", was " + TextParams.format(number));
                return fallback;
            }
            return value.apply((int) (index - Math.round(min / step)));
        };
    }

    /** How far from a multiple of its step a number may be and still count as one: 0.07 / 0.01 is 7.000000000000001. */
    double GRID_TOLERANCE = 1e-9;

    /** A whole number in {@code [min, max]}. */
    static <S> Whole<S> whole(String key, int min, int max, ToIntFunction<S> getter, IntWither<S> wither) {
        return whole(key, s -> min, s -> max, getter, wither);
    }

    /** A whole number whose range depends on the other settings, e.g. a class of the chosen data set. */
    static <S> Whole<S> whole(String key, ToIntFunction<S> min, ToIntFunction<S> max, ToIntFunction<S> getter,
            IntWither<S> wither) {
        return new Whole<>(key, min, max, getter::applyAsInt, wither::with);
    }

    /** A seed: a whole number from 0 to {@code max}. */
    static <S> Seed<S> seed(String key, long max, ToLongFunction<S> getter, LongWither<S> wither) {
        return new Seed<>(key, max, getter::applyAsLong, wither::with);
    }

    /** A real number in {@code [min, max]}. */
    static <S> Number<S> number(String key, double min, double max, ToDoubleFunction<S> getter, DoubleWither<S> wither) {
        return new Number<>(key, min, max, getter::applyAsDouble, wither::with);
    }

    /** Reads the text of a value; a value it cannot use adds a message to {@code problems} and gives {@code fallback}. */
    @FunctionalInterface
    interface TextReader<V> {
        V read(String text, V fallback, List<String> problems);
    }

    /** Sets an int on a settings record. */
    @FunctionalInterface
    interface IntWither<S> {
        S with(S settings, int value);
    }

    /** Sets a long on a settings record. */
    @FunctionalInterface
    interface LongWither<S> {
        S with(S settings, long value);
    }

    /** Sets a double on a settings record. */
    @FunctionalInterface
    interface DoubleWither<S> {
        S with(S settings, double value);
    }

    /** One of a list of values, written as their ids and read by {@code reader}; see {@link #choice}. */
    record Choice<S, V>(String key, List<V> values, Function<V, String> id, TextReader<V> reader,
            Function<S, V> getter, BiFunction<S, V, S> wither) implements Param<S, V> {

        @Override
        public V read(String text, S context, List<String> problems) {
            return reader.read(text, get(context), problems);
        }

        @Override
        public String format(V value) {
            return id.apply(value);
        }

        /** The ids of the values, in order. */
        public List<String> ids() {
            return values.stream().map(id).toList();
        }

        /** The position of the value in {@code settings}, e.g. for a slider over the list. */
        public int indexIn(S settings) {
            return values.indexOf(get(settings));
        }
    }

    /** A whole number in a range that may depend on the other settings; see {@link #whole}. */
    record Whole<S>(String key, ToIntFunction<S> min, ToIntFunction<S> max, Function<S, Integer> getter,
            BiFunction<S, Integer, S> wither) implements Param<S, Integer> {

        @Override
        public Integer read(String text, S context, List<String> problems) {
            int low = min.applyAsInt(context);
            int high = max.applyAsInt(context);
            int fallback = Math.max(low, Math.min(high, get(context)));
            return (int) new TextParams(Map.of(key, text), problems).whole(key, fallback, low, high);
        }

        /** The smallest value allowed with {@code settings}. */
        public int min(S settings) {
            return min.applyAsInt(settings);
        }

        /** The largest value allowed with {@code settings}. */
        public int max(S settings) {
            return max.applyAsInt(settings);
        }
    }

    /** A seed from 0 to {@code max}; see {@link #seed}. */
    record Seed<S>(String key, long max, Function<S, Long> getter, BiFunction<S, Long, S> wither)
            implements Param<S, Long> {

        @Override
        public Long read(String text, S context, List<String> problems) {
            return new TextParams(Map.of(key, text), problems).whole(key, get(context), 0, max);
        }
    }

    /** A real number in {@code [min, max]}; see {@link #number}. */
    record Number<S>(String key, double min, double max, Function<S, Double> getter, BiFunction<S, Double, S> wither)
            implements Param<S, Double> {

        @Override
        public Double read(String text, S context, List<String> problems) {
            return new TextParams(Map.of(key, text), problems).number(key, get(context), min, max);
        }

        @Override
        public String format(Double value) {
            return TextParams.format(value);
        }
    }
}
