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
        // A body commonmark cannot outline leaves the lesson without sections, its front matter still shown.
        Optional<BodyOutline> read = LoadFailure.guard(problems, bodyStart + 1, () -> Optional.of(
                BodyOutline.of(String.join("\n", Arrays.copyOfRange(lines, bodyStart, lines.length)))), Optional.empty());
        if (read.isEmpty()) {
            return List.of();
        }
        BodyOutline outline = read.get();
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
                blocks.add(directive(trimmed, i + 1, kind, problems));
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
            // Markdown the renderer fails on costs its own block, not the lesson.
            String markdownText = text.toString();
            int before = problems.count();
            String html = LoadFailure.guard(problems, start + 1, () -> markdown.render(markdownText, start + 1, problems), null);
            blocks.add(html != null ? new Lesson.Block.Html(html) : new Lesson.Block.Broken(problems.since(before)));
        }
        text.setLength(0);
    }

    /** The directive on {@code line}, or, when it cannot be placed, its problems to show in its place. */
    private Lesson.Block directive(String line, int fileLine, SectionKind kind, Problems problems) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.matches()) {
            return broken(problems, fileLine, List.of("malformed directive '" + line
                    + "'; write it as ::name{key=value key=value}"));
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
            return broken(problems, fileLine, List.of("cannot read the parameters of ::" + m.group(1) + " from '"
                    + m.group(2).substring(end).strip() + "'; write key=value pairs separated by spaces"));
        }
        Optional<Directive.Kind> known = Directive.Kind.of(m.group(1));
        if (known.isEmpty()) {
            return broken(problems, fileLine, List.of("unknown directive ::" + m.group(1) + "; the directives are "
                    + Directive.Kind.listed()));
        }
        Directive directive = new Directive(known.get(), params, fileLine);
        List<String> messages = catalog.check(directive, kind);
        return messages.isEmpty() ? new Lesson.Block.DirectiveBlock(directive) : broken(problems, fileLine, messages);
    }

    private static Lesson.Block broken(Problems problems, int line, List<String> messages) {
        return new Lesson.Block.Broken(messages.stream().map(message -> problems.problem(line, message)).toList());
    }
}
