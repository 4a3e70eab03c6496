package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.diffusioncourse.lesson.MathExtension.DisplayMath;
import org.diffusioncourse.lesson.MathExtension.UnclosedMath;

/**
 * Turns an author's Markdown into safe HTML with math. Raw HTML in the source is escaped and
 * link targets are sanitised by commonmark; math is parsed into nodes of the syntax tree
 * ({@link MathExtension}) and written as a {@code <course-math>} element whose only payload is
 * an escaped attribute, typeset later by KaTeX in the browser. The HTML comes from the renderer
 * alone: nothing rewrites it afterwards.
 */
final class LessonMarkdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    LessonMarkdown() {
        var extensions = List.of(TablesExtension.create(), MathExtension.create());
        parser = Parser.builder().extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        renderer = HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
    }

    /**
     * @param markdown  the text of part of a section
     * @param firstLine the file line on which {@code markdown} starts, for problems
     * @return the HTML, or nothing (with a problem) when this part cannot be read
     */
    String render(String markdown, int firstLine, Problems problems) {
        return LoadFailure.guard(problems, firstLine, () -> {
            Node document = parser.parse(markdown);
            report(document, markdown, firstLine, problems);
            return renderer.render(document);
        }, "");
    }

    /**
     * Each problem of the math at its line (a bare pipe in a table row, unclosed math, text after
     * a closing {@code $$}), then the first unclosed code block at the start of the part.
     */
    private static void report(Node document, String markdown, int firstLine, Problems problems) {
        String[] lines = markdown.split("\n", -1);
        List<Integer> pipesInMath = new ArrayList<>();
        List<Integer> unclosedMath = new ArrayList<>();
        List<Integer> trailingText = new ArrayList<>();
        List<String> unclosedFences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    block.getSourceSpans().stream().map(SourceSpan::getLineIndex).distinct()
                            .filter(index -> index < lines.length && splitsMath(lines[index]))
                            .forEach(index -> pipesInMath.add(firstLine + index));
                }
                if (block instanceof DisplayMath math) {
                    if (!math.closed) {
                        unclosedMath.add(line(math));
                    } else if (!math.trailing.isEmpty()) {
                        trailingText.add(firstLine + math.getSourceSpans().getLast().getLineIndex());
                    }
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof UnclosedMath) {
                    unclosedMath.add(line(node));
                }
                visitChildren(node);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getClosingFenceLength() == null) {
                    unclosedFences.add(block.getFenceCharacter().repeat(3));
                }
            }

            private int line(Node node) {
                return firstLine + (node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex());
            }
        });
        pipesInMath.forEach(line -> problems.at(line, "a | inside math in a table row starts a new cell;"
                + " write it as \\| there"));
        unclosedMath.forEach(line -> problems.at(line, "display math opened with $$ is never closed"));
        trailingText.forEach(line -> problems.at(line, "text after the closing $$ of display math is not shown;"
                + " start it on a line of its own"));
        unclosedFences.stream().findFirst().ifPresent(fence ->
                problems.at(firstLine, "a code block opened with " + fence + " is never closed"));
    }

    /**
     * Whether a table row holds inline math with a bare {@code |}. Tables split their rows into
     * cells before math is read, as GitHub's tables do with code, so the formula would be cut.
     */
    private static boolean splitsMath(String row) {
        int i = 0;
        while (i < row.length()) {
            char c = row.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (row.startsWith("$$", i)) {
                i += 2;
                continue;
            }
            if (c != '$' || i + 1 >= row.length() || Character.isWhitespace(row.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean pipe = false;
            int close = i + 1;
            for (; close < row.length() && row.charAt(close) != '$'; close++) {
                if (row.charAt(close) == '\\') {
                    close++;
                } else if (row.charAt(close) == '|') {
                    pipe = true;
                }
            }
            if (close >= row.length()) {
                return false;
            }
            if (pipe && !Character.isWhitespace(row.charAt(close - 1))) {
                return true;
            }
            i = close + 1;
        }
        return false;
    }
}
