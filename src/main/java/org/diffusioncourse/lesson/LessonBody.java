package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a lesson file, the lines after its front matter: the fixed sections as level-2
 * headings, each read into Markdown and directive blocks. Headings and fenced code are found by
 * commonmark ({@link BodyOutline}); a directive is a line of its own outside fenced code, checked
 * by the {@link DirectiveCatalog} in the section it stands in.
 */
final class LessonBody {

    private static final Pattern DIRECTIVE = Pattern.compile("^::([a-z][a-z0-9-]*)\\{(.*)}\\s*$");
    private static final Pattern PARAM = Pattern.compile("\\s*([a-zA-Z][\\w-]*)=(\"([^\"]*)\"|[^\\s\"]+)");

    private final LessonMarkdown markdown;
    private final DirectiveCatalog catalog;

    LessonBody(LessonMarkdown markdown, DirectiveCatalog catalog) {
        this.markdown = markdown;
        this.catalog = catalog;
    }

    /** Splits the body into the fixed sections and reads each into Markdown and directive blocks. */
    List<Lesson.Section> sections(String[] lines, int bodyStart, Problems problems) {
        BodyOutline outline = BodyOutline.of(String.join("\n", Arrays.copyOfRange(lines, bodyStart, lines.length)));
        Map<SectionKind, Integer> starts = new EnumMap<>(SectionKind.class);
        List<SectionKind> order = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        boolean started = false;
        for (int i = bodyStart; i < lines.length; i++) {
            Optional<BodyOutline.Title> heading = outline.headingAt(i - bodyStart);
            if (heading.isEmpty()) {
                if (!started && !lines[i].isBlank() && !outline.continuesHeading(i - bodyStart)) {
                    problems.at(i + 1, "text before the first section; start the body with '## Intuition'");
                    started = true;
                }
                continue;
            }
            int level = heading.get().level();
            String text = heading.get().text();
            if (level == 1) {
                problems.at(i + 1, "a level-1 heading is not allowed; the page title comes from 'title'"
                        + " and sections are level-2 headings");
            } else if (level == 2) {
                Optional<SectionKind> kind = SectionKind.byHeading(text);
                if (kind.isEmpty()) {
                    problems.at(i + 1, "unknown section '" + text + "'; the sections are, in order: "
                            + String.join(", ", SectionKind.headings()) + " (use ### for sub-headings)");
                } else if (starts.containsKey(kind.get())) {
                    problems.at(i + 1, "section '" + kind.get().heading() + "' appears twice");
                } else {
                    if (!order.isEmpty() && order.getLast().ordinal() > kind.get().ordinal()) {
                        problems.at(i + 1, "section '" + kind.get().heading() + "' is out of order; the sections are, in order: "
                                + String.join(", ", SectionKind.headings()));
                    }
                    starts.put(kind.get(), i);
                    order.add(kind.get());
                    if (!ranges.isEmpty()) {
                        ranges.getLast()[1] = i;
                    }
                    ranges.add(new int[] {i + 1, lines.length});
                    started = true;
                }
            }
        }
        for (SectionKind kind : SectionKind.values()) {
            if (!starts.containsKey(kind)) {
                problems.at(0, "missing required section '## " + kind.heading() + "'");
            }
        }
        List<Lesson.Section> sections = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            sections.add(new Lesson.Section(order.get(s),
                    blocks(lines, ranges.get(s), line -> outline.inFence(line - bodyStart), order.get(s), problems)));
        }
        if (starts.containsKey(SectionKind.DEMO)) {
            boolean hasDemo = sections.stream().filter(s -> s.kind() == SectionKind.DEMO)
                    .flatMap(s -> s.blocks().stream())
                    .anyMatch(b -> b instanceof Lesson.Block.DirectiveBlock d && d.directive().kind() == Directive.Kind.DEMO);
            if (!hasDemo) {
                problems.at(starts.get(SectionKind.DEMO) + 1, "the Demo section must place a demo with a line like"
                        + " ::demo{id=forward-noising t=250}");
            }
        }
        return sections;
    }

    /** A section's lines as Markdown and directives; a line inside a fenced code block is never a directive. */
    private List<Lesson.Block> blocks(String[] lines, int[] range, IntPredicate inFence, SectionKind kind, Problems problems) {
        List<Lesson.Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int textStart = range[0];
        for (int i = range[0]; i < range[1]; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (!inFence.test(i) && trimmed.startsWith("::")) {
                flush(text, textStart, blocks, problems);
                directive(trimmed, i + 1, kind, problems).ifPresent(d -> blocks.add(new Lesson.Block.DirectiveBlock(d)));
                textStart = i + 1;
                continue;
            }
            if (text.isEmpty()) {
                textStart = i;
            }
            text.append(line).append('\n');
        }
        flush(text, textStart, blocks, problems);
        return blocks;
    }

    private void flush(StringBuilder text, int start, List<Lesson.Block> blocks, Problems problems) {
        if (!text.toString().isBlank()) {
            blocks.add(new Lesson.Block.Html(markdown.render(text.toString(), start + 1, problems)));
        }
        text.setLength(0);
    }

    private Optional<Directive> directive(String line, int fileLine, SectionKind kind, Problems problems) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.matches()) {
            problems.at(fileLine, "malformed directive '" + line + "'; write it as ::name{key=value key=value}");
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(m.group(2));
        int end = 0;
        while (p.find() && p.start() == end) {
            String value = p.group(3) != null ? p.group(3) : p.group(2);
            if (params.put(p.group(1), value) != null) {
                problems.at(fileLine, "parameter '" + p.group(1) + "' is given twice in ::" + m.group(1));
            }
            end = p.end();
        }
        if (!m.group(2).substring(end).isBlank()) {
            problems.at(fileLine, "cannot read the parameters of ::" + m.group(1) + " from '"
                    + m.group(2).substring(end).strip() + "'; write key=value pairs separated by spaces");
            return Optional.empty();
        }
        Optional<Directive.Kind> known = Directive.Kind.of(m.group(1));
        if (known.isEmpty()) {
            problems.at(fileLine, "unknown directive ::" + m.group(1) + "; the directives are " + Directive.Kind.listed());
            return Optional.empty();
        }
        Directive directive = new Directive(known.get(), params, fileLine);
        List<String> messages = catalog.check(directive, kind);
        messages.forEach(message -> problems.at(fileLine, message));
        return messages.isEmpty() ? Optional.of(directive) : Optional.empty();
    }
}
