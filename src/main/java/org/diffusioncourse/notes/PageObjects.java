package org.diffusioncourse.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.PageObject.Kind;

/**
 * Every object of a lesson page a note can attach to, in page order, each with a stable key.
 * Keys come from what the object is, not where it is: a claim's id, a source's id, a hash of
 * an equation's TeX, a demo's id with its parameters. Reordering a page keeps every note
 * attached; rewriting an equation starts a new object (the old note keeps its label).
 */
public final class PageObjects {

    private static final Pattern DISPLAY_MATH = Pattern.compile("<course-math display tex=\"([^\"]*)\"");

    private PageObjects() {
    }

    /** The page's fixed objects; a demo state is separate ({@link #demoState}) because it moves. */
    public static List<PageObject> of(Lesson lesson) {
        String page = Anchors.page(lesson.id());
        List<PageObject> objects = new ArrayList<>();
        objects.add(PageObject.of(Kind.CONCEPT, lesson.id(), "The lesson as a whole: " + lesson.title(), page,
                lesson.summary()));
        int n = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (String tex : equations(lesson)) {
            String key = equationKey(tex);
            if (seen.add(key)) {
                n++;
                objects.add(new PageObject(key, Kind.EQUATION.id(), "Equation " + n + ": " + shorten(tex, 90), page + "#math", tex));
            }
        }
        lesson.sources().forEach(s -> objects.add(PageObject.of(Kind.SOURCE, s.id(), "Source " + s.id(),
                Anchors.link(lesson.id(), Anchors.source(s.id())), "What it supports on this page: " + s.supports())));
        lesson.directives().stream().filter(d -> d.kind() == Directive.Kind.CODE).map(d -> d.subject().orElse(""))
                .distinct().forEach(w -> objects.add(PageObject.of(Kind.CODE, w, "Code witness " + w, page + "#code",
                "The Java region '" + w + "' shown in the Code section")));
        lesson.claims().forEach(c -> objects.add(PageObject.of(Kind.CLAIM, c.id(),
                "Claim " + c.id() + ": " + shorten(c.text(), 90), Anchors.link(lesson.id(), Anchors.claim(c.id())),
                c.text() + "\nCited sources: " + String.join(", ", c.sources()) + "\nScope: " + c.scope())));
        lesson.misconceptions().forEach(m -> objects.add(PageObject.of(Kind.MISCONCEPTION, m.id(),
                "Misconception " + m.id(), Anchors.link(lesson.id(), Anchors.misconception(m.id())), m.text())));
        lesson.practice().forEach(p -> objects.add(PageObject.of(Kind.PRACTICE, p.id(),
                "Practice " + p.id() + ": " + shorten(p.prompt(), 90), page + "#practice-" + p.id(), p.prompt())));
        return objects;
    }

    /**
     * The demo at these parameters, e.g. {@code demo:forward-noising?dataset=two-moons&t=250}.
     * Parameters are sorted by name, so the same state always has the same key.
     */
    public static PageObject demoState(Lesson lesson, String demoId, Map<String, String> unordered) {
        Map<String, String> params = new java.util.TreeMap<>(unordered);
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        String shown = params.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return PageObject.of(Kind.DEMO, demoId + (query.isEmpty() ? "" : "?" + query),
                "Demo " + demoId + (shown.isEmpty() ? "" : " at " + shown),
                "lessons/" + lesson.id() + (query.isEmpty() ? "" : "?" + query) + "#demo",
                "The demo '" + demoId + "' with " + (shown.isEmpty() ? "its default settings" : shown));
    }

    /** The display equations of the lesson, as TeX, in page order. */
    static List<String> equations(Lesson lesson) {
        List<String> found = new ArrayList<>();
        for (Lesson.Section section : lesson.sections()) {
            for (Lesson.Block block : section.blocks()) {
                if (block instanceof Lesson.Block.Html html) {
                    Matcher m = DISPLAY_MATH.matcher(html.html());
                    while (m.find()) {
                        found.add(unescape(m.group(1)));
                    }
                }
            }
        }
        return found;
    }

    static String equationKey(String tex) {
        String normal = tex.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return Kind.EQUATION.key(HexFormat.of().formatHex(hash, 0, 5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String unescape(String attribute) {
        return attribute.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
