package org.diffusioncourse.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.diffusioncourse.base.TextParams;

/**
 * One quantity a practice answer may ask a demo for, and what its {@code params} must hold: the
 * keys it takes (the demo's settings keys unless it says otherwise), the keys it needs, whether
 * they are read as the demo's settings, and how further values are checked. A demo declares its
 * quantities once ({@link Demo#answers}); {@link Demo#checkAnswer} then refuses a practice
 * answer's params with the same words for every demo: unknown keys first, then missing keys, then
 * wrong settings, then wrong further values.
 *
 * <p>Immutable: every method returns a new quantity.
 */
public final class Quantity {

    private final String name;
    private final UnaryOperator<Set<String>> keys;
    private final List<Need> needs;
    private final boolean settings;
    private final List<BiConsumer<Map<String, String>, List<String>>> checks;

    /** What a missing key is reported as: the messages for {@code params} (none when nothing is missing). */
    @FunctionalInterface
    private interface Need {
        List<String> missing(String quantity, Map<String, String> params);
    }

    private Quantity(String name, UnaryOperator<Set<String>> keys, List<Need> needs, boolean settings,
            List<BiConsumer<Map<String, String>, List<String>>> checks) {
        this.name = name;
        this.keys = keys;
        this.needs = List.copyOf(needs);
        this.settings = settings;
        this.checks = List.copyOf(checks);
    }

    /** The quantity {@code name}, taking the demo's settings keys and reading them as its settings. */
    public static Quantity of(String name) {
        return new Quantity(name, UnaryOperator.identity(), List.of(), true, List.of());
    }

    public String name() {
        return name;
    }

    /** Also takes {@code extra} keys besides the settings keys (values the settings do not hold). */
    public Quantity alsoTakes(String... extra) {
        return withKeys(settingsKeys -> {
            Set<String> all = new LinkedHashSet<>(keys.apply(settingsKeys));
            all.addAll(List.of(extra));
            return all;
        });
    }

    /** Takes exactly {@code only}, whatever the settings keys are. */
    public Quantity takesOnly(String... only) {
        Set<String> fixed = Set.of(only);
        return withKeys(settingsKeys -> fixed);
    }

    /** Its params are not the demo's settings, so they are not read as settings (checked by {@link #reads}). */
    public Quantity withoutSettings() {
        return new Quantity(name, keys, needs, false, checks);
    }

    /** Needs every one of {@code keys}; when any is missing: "quantity 'NAME' needs {@code what}". */
    public Quantity needs(String what, String... keys) {
        List<String> required = List.of(keys);
        return withNeed((quantity, params) -> params.keySet().containsAll(required) ? List.of()
                : List.of(needsMessage(quantity, what)));
    }

    /** Needs every one of {@code keys}: "quantity 'NAME' needs KEY in params" for each one missing. */
    public Quantity needsEach(String... keys) {
        List<String> required = List.of(keys);
        return withNeed((quantity, params) -> required.stream().filter(key -> !params.containsKey(key))
                .map(key -> needsMessage(quantity, key + " in params")).toList());
    }

    /** Needs every one of {@code keys}: one "quantity 'NAME' needs K1 and K2 in params" naming those missing. */
    public Quantity needsAll(String... keys) {
        List<String> required = List.of(keys);
        return withNeed((quantity, params) -> {
            List<String> missing = required.stream().filter(key -> !params.containsKey(key)).toList();
            return missing.isEmpty() ? List.of() : List.of(needsMessage(quantity, String.join(" and ", missing) + " in params"));
        });
    }

    /** Checks further values with {@code reads}, which reads them as the answer does (its problems are kept). */
    public Quantity reads(Consumer<TextParams> reads) {
        return checks((params, problems) -> reads.accept(new TextParams(params, problems)));
    }

    /** Checks {@code params} with {@code check}, which adds a message to the problems for each thing wrong. */
    public Quantity checks(BiConsumer<Map<String, String>, List<String>> check) {
        List<BiConsumer<Map<String, String>, List<String>>> all = new ArrayList<>(checks);
        all.add(check);
        return new Quantity(name, keys, needs, settings, all);
    }

    /**
     * What is wrong with {@code params} for this quantity.
     *
     * @param settingsKeys     the demo's settings keys
     * @param settingsProblems what is wrong with params read as the demo's settings
     */
    List<String> problems(Map<String, String> params, Set<String> settingsKeys,
            Function<Map<String, String>, List<String>> settingsProblems) {
        List<String> problems = new ArrayList<>(ParamSet.unknownKeys(params.keySet(), keys.apply(settingsKeys),
                "the answer's params"));
        needs.forEach(need -> problems.addAll(need.missing(name, params)));
        if (settings) {
            problems.addAll(settingsProblems.apply(params));
        }
        checks.forEach(check -> check.accept(params, problems));
        return problems;
    }

    private Quantity withKeys(UnaryOperator<Set<String>> next) {
        return new Quantity(name, next, needs, settings, checks);
    }

    private Quantity withNeed(Need need) {
        List<Need> all = new ArrayList<>(needs);
        all.add(need);
        return new Quantity(name, keys, all, settings, checks);
    }

    private static String needsMessage(String quantity, String what) {
        return "quantity '" + quantity + "' needs " + what;
    }
}
