package org.diffusioncourse.lesson;

import java.util.Map;

/**
 * A line such as {@code ::demo{id=forward-noising dataset=two-moons t=250}} in a lesson:
 * it places a live component in the page.
 *
 * @param name   the word after {@code ::}
 * @param params the key=value pairs inside the braces, in the order written
 * @param line   the 1-based line in the lesson file
 */
public record Directive(String name, Map<String, String> params, int line) {

    public Directive {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }
}
