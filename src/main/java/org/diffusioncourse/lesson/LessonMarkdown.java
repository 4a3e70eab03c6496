package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an author's Markdown into safe HTML with math. Raw HTML in the source is escaped
 * and link targets are sanitised by commonmark; TeX between {@code $...$} or
 * {@code $$...$$} is lifted out before parsing (so Markdown never sees its underscores and
 * asterisks) and put back as a {@code <course-math>} element whose only payload is an
 * escaped attribute, typeset later by KaTeX in the browser.
 */
final class LessonMarkdown {

    /** A marker commonmark passes through untouched and authors never type. */
    private static final char MARK = '\u2063';
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "(\\d+)" + MARK);
    private static final Pattern DISPLAY_PARAGRAPH = Pattern.compile("<p>" + MARK + "(\\d+)" + MARK + "</p>");

    private final Parser parser;
    private final HtmlRenderer renderer;

    LessonMarkdown() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
    }

    /**
     * @param markdown  the text of part of a section
     * @param firstLine the file line on which {@code markdown} starts, for problems
     */
    String render(String markdown, int firstLine, Problems problems) {
        List<Math> formulas = new ArrayList<>();
        String lifted = liftMath(markdown, firstLine, problems, formulas);
        String html = renderer.render(parser.parse(lifted));
        html = replace(DISPLAY_PARAGRAPH, html, formulas, true);
        return replace(PLACEHOLDER, html, formulas, false);
    }

    private static String replace(Pattern pattern, String html, List<Math> formulas, boolean paragraph) {
        Matcher m = pattern.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Math math = formulas.get(Integer.parseInt(m.group(1)));
            String element = "<course-math" + (math.display() ? " display" : "") + " tex=\""
                    + escapeAttribute(math.tex()) + "\"></course-math>";
            if (paragraph && math.display()) {
                element = "<div class=\"math-display\">" + element + "</div>";
            } else if (paragraph) {
                element = "<p>" + element + "</p>";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(element));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escapeAttribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private record Math(String tex, boolean display) {
    }

    /**
     * Replaces math with numbered markers, skipping fenced code blocks (as commonmark finds
     * them) and inline code spans, where a dollar sign is just a character.
     */
    private static String liftMath(String text, int firstLine, Problems problems, List<Math> formulas) {
        StringBuilder out = new StringBuilder(text.length());
        BodyOutline outline = BodyOutline.of(text);
        String[] lines = text.split("\n", -1);
        StringBuilder pendingDisplay = null;
        int displayStart = 0;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            int fileLine = firstLine + index;
            if (pendingDisplay == null && outline.inFence(index)) {
                out.append(line).append('\n');
                continue;
            }
            if (pendingDisplay != null) {
                int close = line.indexOf("$$");
                if (close < 0) {
                    pendingDisplay.append(line).append('\n');
                    continue;
                }
                pendingDisplay.append(line, 0, close);
                out.append(marker(formulas, pendingDisplay.toString().strip(), true));
                pendingDisplay = null;
                line = line.substring(close + 2);
            }
            int open = line.indexOf("$$");
            if (open >= 0 && !insideCode(line, open)) {
                int close = line.indexOf("$$", open + 2);
                if (close < 0) {
                    out.append(liftInline(line.substring(0, open), fileLine, problems, formulas));
                    pendingDisplay = new StringBuilder(line.substring(open + 2)).append('\n');
                    displayStart = fileLine;
                    continue;
                }
                out.append(liftInline(line.substring(0, open), fileLine, problems, formulas));
                out.append(marker(formulas, line.substring(open + 2, close).strip(), true));
                lines[index] = line.substring(close + 2);
                index--;
                continue;
            }
            out.append(liftInline(line, fileLine, problems, formulas)).append('\n');
        }
        if (pendingDisplay != null) {
            problems.at(displayStart, "display math opened with $$ is never closed");
        }
        outline.unclosedFence().ifPresent(fence ->
                problems.at(firstLine, "a code block opened with " + fence + " is never closed"));
        return out.toString();
    }

    private static String liftInline(String line, int fileLine, Problems problems, List<Math> formulas) {
        if (line.indexOf(MARK) >= 0) {
            problems.at(fileLine, "the text contains an invisible separator character (U+2063); remove it");
            line = line.replace(String.valueOf(MARK), "");
        }
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
            } else if (c == '`') {
                int run = 0;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                String ticks = "`".repeat(run);
                int close = line.indexOf(ticks, i + run);
                int end = close < 0 ? i + run : close + run;
                out.append(line, i, end);
                i = end;
            } else if (c == '$') {
                int close = closingDollar(line, i + 1);
                if (close < 0) {
                    out.append(c);
                    i++;
                } else {
                    out.append(marker(formulas, line.substring(i + 1, close), false));
                    i = close + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Inline math needs a non-space right after the opening and before the closing dollar. */
    private static int closingDollar(String line, int from) {
        if (from >= line.length() || Character.isWhitespace(line.charAt(from))) {
            return -1;
        }
        for (int j = from; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                return Character.isWhitespace(line.charAt(j - 1)) ? -1 : j;
            }
        }
        return -1;
    }

    private static boolean insideCode(String line, int position) {
        int ticks = 0;
        for (int j = 0; j < position; j++) {
            if (line.charAt(j) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    private static String marker(List<Math> formulas, String tex, boolean display) {
        formulas.add(new Math(tex, display));
        return MARK + String.valueOf(formulas.size() - 1) + MARK;
    }
}
