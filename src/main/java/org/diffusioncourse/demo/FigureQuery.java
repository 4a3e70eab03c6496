package org.diffusioncourse.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diffusioncourse.base.Reading;

/**
 * The query of a figure's URL, written and read back: a demo's settings in link order and, once
 * the learner has revealed the answer, {@code revealed=true}. Reading refuses the first key or
 * value it cannot use with a {@link FigureRequestRefused} that names it.
 *
 * @param <S> the demo's settings record
 */
record FigureQuery<S>(S settings, boolean revealed) {

    /** The query key of the revealed state. */
    static final String REVEALED = "revealed";

    /** The query key of the lesson a data download names in its file name (not a setting). */
    static final String LESSON = "lesson";

    /** {@code settings} (and {@code revealed=true} once revealed) as a URL query, encoded as {@code URLSearchParams} does. */
    static <S> String write(ParamSet<S> params, S settings, boolean revealed) {
        Map<String, String> query = new LinkedHashMap<>(params.write(settings));
        if (revealed) {
            query.put(REVEALED, "true");
        }
        return query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** As {@code URLSearchParams} writes it, so the page's own edits of a URL give the same text. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * {@code query} read over the defaults of {@code params}.
     *
     * @param demoId the demo whose figures are asked for, named in the refusal of an unknown key
     * @throws FigureRequestRefused naming the first key or value that cannot be used
     */
    static <S> FigureQuery<S> read(String demoId, ParamSet<S> params, Map<String, String> query) {
        S settings = params.defaults();
        boolean revealed = false;
        for (Map.Entry<String, String> entry : query.entrySet()) {
            String key = entry.getKey();
            if (key.equals(REVEALED)) {
                if (!List.of("true", "false").contains(entry.getValue())) {
                    throw new FigureRequestRefused(REVEALED, REVEALED + " must be true or false; was \""
                            + shorten(entry.getValue()) + "\"", List.of("true", "false"));
                }
                revealed = entry.getValue().equals("true");
                continue;
            }
            Param<S, ?> param = params.param(key).orElseThrow(() -> new FigureRequestRefused(key,
                    ParamSet.unknownKeys(Set.of(key), withRevealed(params.keys()), "the figures of " + demoId).getFirst(),
                    List.copyOf(withRevealed(params.keys()))));
            Reading<S> reading = param.apply(settings, entry.getValue());
            if (!reading.ok()) {
                throw new FigureRequestRefused(key, reading.problems().getFirst(), List.of());
            }
            settings = reading.settings();
        }
        return new FigureQuery<>(settings, revealed);
    }

    private static Set<String> withRevealed(Set<String> keys) {
        Set<String> all = new LinkedHashSet<>(keys);
        all.add(REVEALED);
        return all;
    }

    /** {@code value} cut to 40 characters, so a hostile URL cannot flood a message. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
