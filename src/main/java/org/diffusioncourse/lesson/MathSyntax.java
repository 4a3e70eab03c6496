package org.diffusioncourse.lesson;

import java.util.Set;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.diffusioncourse.lesson.MathExtension.DisplayMath;
import org.diffusioncourse.lesson.MathExtension.InlineMath;
import org.diffusioncourse.lesson.MathExtension.UnclosedMath;

/**
 * Where math starts and ends. Commonmark calls these parsers only where a dollar sign is
 * Markdown text: never inside code spans, fenced or indented code, link targets or raw HTML,
 * and never on a dollar escaped as {@code \$}. The TeX is taken from the source as typed, so
 * Markdown never sees its underscores and asterisks.
 */
final class MathSyntax {

    private static final String DOUBLE = "$$";

    private MathSyntax() {
    }

    /**
     * {@code $...$} within one line, with a non-space right after the opening and right before
     * the closing dollar (so "costs $5 and $6" stays text), and {@code $$...$$} anywhere in a
     * paragraph, across its lines.
     */
    static final class Inline implements InlineContentParserFactory, InlineContentParser {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return this;
        }

        @Override
        public ParsedInline tryParse(InlineParserState state) {
            Scanner scanner = state.scanner();
            scanner.next();
            return scanner.next('$') ? display(scanner) : inline(scanner);
        }

        private static ParsedInline display(Scanner scanner) {
            Position start = scanner.position();
            while (scanner.peek() != Scanner.END) {
                Position end = scanner.position();
                if (!scanner.next('$')) {
                    scanner.next();
                } else if (scanner.next('$')) {
                    String tex = scanner.getSource(start, end).getContent().strip();
                    return ParsedInline.of(new InlineMath(tex, true), scanner.position());
                }
            }
            return ParsedInline.of(new UnclosedMath(), start);
        }

        private static ParsedInline inline(Scanner scanner) {
            Position start = scanner.position();
            char previous = scanner.peek();
            if (previous == Scanner.END || Character.isWhitespace(previous)) {
                return ParsedInline.none();
            }
            while (scanner.peek() != Scanner.END && scanner.peek() != '\n') {
                char c = scanner.peek();
                if (c == '$') {
                    if (Character.isWhitespace(previous)) {
                        return ParsedInline.none();
                    }
                    String tex = scanner.getSource(start, scanner.position()).getContent();
                    scanner.next();
                    return ParsedInline.of(new InlineMath(tex, false), scanner.position());
                }
                scanner.next();
                previous = c;
                if (c == '\\' && scanner.peek() != Scanner.END && scanner.peek() != '\n') {
                    // An escaped character, such as \$ or \{, belongs to the TeX.
                    previous = scanner.peek();
                    scanner.next();
                }
            }
            return ParsedInline.none();
        }
    }

    /**
     * A display block: a line that starts with {@code $$} and does not close it, up to the first
     * line holding the closing {@code $$}, blank lines included. Inside a paragraph such a line
     * is the paragraph's text, read by {@link Inline}, as it always was.
     */
    static final class Block extends AbstractBlockParserFactory {

        /** Four spaces of indent make an indented code block, not math. */
        private static final int CODE_INDENT = 4;

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= CODE_INDENT || !matched.getParagraphLines().isEmpty()) {
                return BlockStart.none();
            }
            String line = state.getLine().getContent().toString();
            int at = state.getNextNonSpaceIndex();
            if (!line.startsWith(DOUBLE, at) || line.indexOf(DOUBLE, at + DOUBLE.length()) >= 0) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayParser()).atIndex(at + DOUBLE.length());
        }
    }

    private static final class DisplayParser extends AbstractBlockParser {

        private final DisplayMath block = new DisplayMath();
        private final StringBuilder tex = new StringBuilder();

        @Override
        public DisplayMath getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            String line = state.getLine().getContent().toString();
            int close = line.indexOf(DOUBLE, state.getIndex());
            if (close < 0) {
                return BlockContinue.atIndex(state.getIndex());
            }
            tex.append(line, state.getIndex(), close);
            block.closed = true;
            block.trailing = line.substring(close + DOUBLE.length()).strip();
            return BlockContinue.finished();
        }

        @Override
        public void addLine(SourceLine line) {
            tex.append(line.getContent()).append('\n');
        }

        @Override
        public void closeBlock() {
            block.tex = tex.toString().strip();
        }
    }
}
