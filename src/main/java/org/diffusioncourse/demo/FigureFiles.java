package org.diffusioncourse.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file names of a figure's downloads: lesson, demo, figure and state joined by {@code _},
 * each setting as {@code key-value}, e.g.
 * {@code forward-process_forward-noising_figure_t-250_seed-1.svg}. Only letters, digits, dots and
 * hyphens survive (a run of anything else becomes one hyphen), so the name is safe on every file system and in a header.
 */
public final class FigureFiles {

    /** Longest name kept before the extension; a longer state is cut (the data itself is complete). */
    static final int MAX_STEM = 180;

    private static final Pattern FIGURE_URL = Pattern.compile("api/v1/figures/([^/?]+)/([^/?]+)\\.(svg|csv)(?:\\?(.*))?");

    private FigureFiles() {
    }

    /** The file name for figure {@code figure} of {@code demoId} in {@code lessonId} (may be empty) with {@code state}. */
    public static String name(String lessonId, String demoId, String figure, Map<String, String> state, String extension) {
        List<String> parts = new ArrayList<>();
        if (!lessonId.isEmpty()) {
            parts.add(safe(lessonId));
        }
        parts.add(safe(demoId));
        parts.add(safe(figure));
        state.forEach((key, value) -> {
            if (!key.equals(FigureQuery.LESSON)) {
                parts.add(safe(key) + "-" + safe(value));
            }
        });
        String stem = String.join("_", parts);
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        return stem + "." + extension;
    }

    /**
     * The file name of the figure at {@code url} (as {@link Demo#figureUrl} writes it) saved as
     * {@code extension}, in {@code lessonId}.
     *
     * @throws IllegalArgumentException when {@code url} is not a figure's URL
     */
    public static String ofUrl(String lessonId, String url, String extension) {
        Matcher m = FIGURE_URL.matcher(url);
        if (!m.find()) {
            throw new IllegalArgumentException("url must be a figure's, api/v1/figures/DEMO/NAME.svg?...; was " + url);
        }
        return name(lessonId, m.group(1), m.group(2), query(m.group(4)), extension);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> state = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return state;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            state.put(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
        }
        return state;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9.-]+", "-");
    }
}
