package org.diffusioncourse.lesson;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The block structure of Markdown text as commonmark reads it: which lines start a heading of
 * the page (with its level and text) and which lines lie inside a fenced code block, where
 * there is no heading, no directive and no math. Reading it from commonmark's syntax tree
 * rather than from line patterns makes the validator agree with the renderer on what is a
 * heading and what is code (a fence of four backticks is closed only by four of the same kind).
 */
final class BodyOutline {

    /** Thread-safe and immutable, so one parser serves every load. */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A heading as written: its level (number of {@code #}) and its text without the markers. */
    record Title(int level, String text) {
    }

    private final Map<Integer, Title> headings = new HashMap<>();
    private final Set<Integer> headingRest = new HashSet<>();
    private final Set<Integer> fenced = new HashSet<>();
    private @Nullable String unclosedFence;

    private BodyOutline() {
    }

    /** @param body Markdown text; line 0 is its first line */
    static BodyOutline of(String body) {
        BodyOutline outline = new BodyOutline();
        Node document = PARSER.parse(body);
        // Only the page's own headings: one inside a list or a quote is not a section.
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                List<SourceSpan> spans = heading.getSourceSpans();
                outline.headings.put(spans.getFirst().getLineIndex(), new Title(heading.getLevel(), text(heading, body)));
                spans.stream().skip(1).forEach(span -> outline.headingRest.add(span.getLineIndex()));
            }
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                block.getSourceSpans().forEach(span -> outline.fenced.add(span.getLineIndex()));
                if (block.getClosingFenceLength() == null && outline.unclosedFence == null) {
                    outline.unclosedFence = block.getFenceCharacter().repeat(3);
                }
            }
        });
        return outline;
    }

    /** The heading starting on {@code line}, if one does. */
    Optional<Title> headingAt(int line) {
        return Optional.ofNullable(headings.get(line));
    }

    /** Whether {@code line} is the underline of a heading written as text over {@code ===} or {@code ---}. */
    boolean continuesHeading(int line) {
        return headingRest.contains(line);
    }

    /** Whether {@code line} is inside a fenced code block, the fences included. */
    boolean inFence(int line) {
        return fenced.contains(line);
    }

    /** The fence ({@code ```} or {@code ~~~}) of the first code block that is never closed. */
    Optional<String> unclosedFence() {
        return Optional.ofNullable(unclosedFence);
    }

    /** The heading's text exactly as the author typed it, between the markers. */
    private static String text(Heading heading, String body) {
        Node first = heading.getFirstChild();
        Node last = heading.getLastChild();
        if (first == null || last == null) {
            return "";
        }
        SourceSpan from = first.getSourceSpans().getFirst();
        SourceSpan to = last.getSourceSpans().getLast();
        return body.substring(from.getInputIndex(), to.getInputIndex() + to.getLength());
    }
}
