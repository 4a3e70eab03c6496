package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every row of every lesson's notation panel, gathered course-wide and grouped by the symbol it
 * writes: the letter with its accents, without indices or arguments, so {@code \sigma_t},
 * {@code \sigma(t)} and {@code \sigma, \sigma_i} all fall under {@code \sigma}, while
 * {@code \bar\alpha_t} stays apart from {@code \alpha_t}. A row that names several symbols
 * ({@code a(t), s(t)}) counts under each. Groups come in the order the course introduces them.
 * It never reads the meanings: a group used by several lessons is shown with all of them side by
 * side, which is where a reader sees that σ is a noise std in one lesson and a diffusion
 * coefficient in another.
 */
public record CourseNotation(List<Group> groups) {

    /** Accents that make a different symbol: x̄ is not x. */
    private static final Set<String> ACCENTS = Set.of("\\bar", "\\tilde", "\\hat", "\\vec", "\\dot", "\\mathbf",
            "\\boldsymbol", "\\overline");
    /** Commands whose braced argument is the name itself: {@code \mathrm{SNR}}. */
    private static final Set<String> NAMED = Set.of("\\mathrm", "\\text", "\\operatorname", "\\mathcal");

    public CourseNotation {
        groups = List.copyOf(groups);
    }

    /** One row of a lesson's panel as it stands there. */
    public record Use(String lessonId, String lessonTitle, String symbol, String meaning) {

        /** The lesson page's notation panel, relative to the site root. */
        public String link() {
            return Anchors.link(lessonId, Anchors.NOTATION);
        }
    }

    /**
     * The rows that write one symbol.
     *
     * @param key    the symbol as TeX, without indices or arguments
     * @param anchor the fragment id of the group on the notation page
     */
    public record Group(String key, String anchor, List<Use> uses) {

        public Group {
            uses = List.copyOf(uses);
        }

        /**
         * The symbol as plain Unicode text, for a link whose visible text must also be its accessible
         * name: {@code \bar\alpha} is α with a combining macron, {@code \mathrm{SNR}} is "SNR". A
         * command it has no character for is given by its name.
         */
        public String text() {
            return UnicodeSymbols.of(key);
        }

        /** How many lessons write this symbol. */
        public long lessons() {
            return uses.stream().map(Use::lessonId).distinct().count();
        }
    }

    public static CourseNotation of(Course course) {
        Map<String, List<Use>> byKey = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            for (Lesson.Notation row : lesson.notation()) {
                for (String key : heads(row.symbol())) {
                    List<Use> uses = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    Use use = new Use(lesson.id(), lesson.title(), row.symbol(), row.meaning());
                    if (!uses.contains(use)) {
                        uses.add(use);
                    }
                }
            }
        }
        Set<String> anchors = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, uses) -> {
            String anchor = anchor(key);
            for (int n = 2; !anchors.add(anchor); n++) {
                anchor = anchor(key) + "-" + n;
            }
            groups.add(new Group(key, anchor, uses));
        });
        return new CourseNotation(groups);
    }

    /** The groups that more than one lesson writes. */
    public List<Group> shared() {
        return groups.stream().filter(g -> g.lessons() > 1).toList();
    }

    /** The fragment id of a symbol: {@code \bar\alpha} is {@code symbol-bar-alpha}. */
    static String anchor(String key) {
        String words = key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "symbol-" + (words.isEmpty() ? "other" : words);
    }

    /**
     * The symbols a notation row writes: one per part between top-level commas, each reduced to its
     * accents and its letter or name. {@code "a(t), s(t)"} gives {@code a} and {@code s};
     * {@code "\tilde\sigma_t^2"} gives {@code \tilde\sigma}; {@code "\mathrm{SNR}(t)"} gives
     * {@code \mathrm{SNR}}; {@code "\mathcal E(p, q)"} gives {@code \mathcal{E}}.
     */
    static List<String> heads(String symbol) {
        List<String> heads = new ArrayList<>();
        for (String part : topLevelParts(symbol.replaceAll("\\\\[;,:! ]|\\\\q?quad", " "))) {
            String head = head(part.strip());
            if (!head.isEmpty() && !heads.contains(head)) {
                heads.add(head);
            }
        }
        return heads;
    }

    private static List<String> topLevelParts(String tex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(tex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(tex.substring(start));
        return parts;
    }

    /** The accents and the letter or name a part starts with, as TeX; empty when it starts with neither. */
    private static String head(String part) {
        StringBuilder head = new StringBuilder();
        int i = 0;
        while (i < part.length()) {
            i = skipSpaces(part, i);
            if (i >= part.length()) {
                break;
            }
            if (part.charAt(i) == '{') {
                i++;
                continue;
            }
            if (part.charAt(i) == '\\') {
                int end = i + 1;
                while (end < part.length() && Character.isLetter(part.charAt(end))) {
                    end++;
                }
                String command = part.substring(i, end);
                if (ACCENTS.contains(command)) {
                    head.append(command);
                    i = end;
                    continue;
                }
                if (NAMED.contains(command) && end < part.length() && part.charAt(end) == '{') {
                    int close = part.indexOf('}', end);
                    return close < 0 ? "" : head.append(part, i, close + 1).toString();
                }
                if (NAMED.contains(command)) {
                    // "\mathcal E": the command takes the next letter as its argument.
                    int next = skipSpaces(part, end);
                    return next < part.length() && Character.isLetter(part.charAt(next))
                            ? head.append(command).append('{').append(part.charAt(next)).append('}').toString() : "";
                }
                return command.length() > 1 ? head.append(command).toString() : "";
            }
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                if (!head.isEmpty()) {
                    head.append(' ');
                }
                return head.append(c).toString();
            }
            return "";
        }
        return "";
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
