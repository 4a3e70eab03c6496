package org.diffusioncourse.progress;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The lesson a learner last touched and its demo's state.
 *
 * @param lessonId  the lesson's id
 * @param demoQuery the demo's state as the lesson page's query string (keys sorted), empty when
 *                  the page had none
 * @param at        when it was touched
 */
public record LastTouched(String lessonId, String demoQuery, Instant at) {

    /** The longest query kept; a longer one (only a hand-made URL) is dropped and the lesson kept. */
    static final int MAX_QUERY = 1000;

    /** {@code state} as a query string with sorted keys, encoded as the page's own links are. */
    static String query(Map<String, String> state) {
        String query = new TreeMap<>(state).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.length() <= MAX_QUERY ? query : "";
    }

    /** The lesson page's link with the demo's state, relative to the site's root. */
    public String link() {
        return "lessons/" + lessonId + (demoQuery.isEmpty() ? "" : "?" + demoQuery);
    }

    /** The demo's state, in the stored order. */
    public Map<String, String> demoState() {
        Map<String, String> state = new LinkedHashMap<>();
        if (demoQuery.isEmpty()) {
            return state;
        }
        for (String pair : demoQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            state.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return state;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
