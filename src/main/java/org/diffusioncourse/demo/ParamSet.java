package org.diffusioncourse.demo;

import org.diffusioncourse.base.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All the parameters of a demo's settings record, in the order links write them: the one place
 * where a demo's settings become text (a link, the lesson's directive, a practice answer) and
 * text becomes settings. Reading goes in declaration order, so a range may depend on a value
 * declared before it.
 *
 * @param <S> the demo's settings record
 */
public final class ParamSet<S> {

    private final S defaults;
    private final List<Param<S, ?>> params;

    private ParamSet(S defaults, List<Param<S, ?>> params) {
        this.defaults = defaults;
        this.params = List.copyOf(params);
        Set<String> keys = new LinkedHashSet<>();
        for (Param<S, ?> param : params) {
            if (!keys.add(param.key())) {
                throw new IllegalArgumentException("two parameters share the key " + param.key());
            }
        }
    }

    /** The parameters of {@code defaults}' record, in link order. */
    @SafeVarargs
    public static <S> ParamSet<S> of(S defaults, Param<S, ?>... params) {
        return new ParamSet<>(defaults, Arrays.asList(params));
    }

    public S defaults() {
        return defaults;
    }

    public List<Param<S, ?>> params() {
        return params;
    }

    /** The keys, in link order. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        params.forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** The parameter with this key. */
    public Optional<Param<S, ?>> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /**
     * {@code raw} read over {@code base}: keys not given keep their value in {@code base}, and a
     * wrong value keeps it too, with a message. Keys this set does not know are ignored here;
     * {@link #unknownKeys} names them.
     */
    public Reading<S> read(Map<String, String> raw, S base) {
        List<String> problems = new ArrayList<>();
        S settings = base;
        for (Param<S, ?> param : params) {
            if (raw.containsKey(param.key())) {
                settings = readOne(param, raw.get(param.key()), settings, problems);
            }
        }
        return new Reading<>(settings, problems);
    }

    /** {@code raw} read over the defaults. */
    public Reading<S> read(Map<String, String> raw) {
        return read(raw, defaults);
    }

    private static <S, V> S readOne(Param<S, V> param, String text, S settings, List<String> problems) {
        int before = problems.size();
        V value = param.read(text, settings, problems);
        return problems.size() == before ? param.with(settings, value) : settings;
    }

    /** {@code settings} as link parameters, in a fixed order, so one state has one link. */
    public Map<String, String> write(S settings) {
        Map<String, String> query = new LinkedHashMap<>();
        params.forEach(p -> query.put(p.key(), p.text(settings)));
        return query;
    }

    /** A message for each key of {@code given} not in {@code allowed}, naming the allowed keys. */
    public static List<String> unknownKeys(Set<String> given, Set<String> allowed, String where) {
        return given.stream().filter(k -> !allowed.contains(k)).sorted().map(k ->
                "unknown parameter '" + k + "' for " + where + "; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList()))).toList();
    }

    /** Whether {@code a} and {@code b} agree on every parameter but {@code except}. */
    public boolean sameExcept(S a, S b, Param<S, ?> except) {
        for (Param<S, ?> param : params) {
            if (param != except && !java.util.Objects.equals(param.get(a), param.get(b))) {
                return false;
            }
        }
        return true;
    }
}
