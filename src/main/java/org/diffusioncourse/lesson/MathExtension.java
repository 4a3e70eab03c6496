package org.diffusioncourse.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * TeX math as commonmark nodes: {@code $...$} and {@code $$...$$} inside a paragraph
 * ({@link MathSyntax.Inline}), and a display block that starts with {@code $$} on a line of its
 * own and may span lines ({@link MathSyntax.Block}). The TeX is only ever written by
 * {@link HtmlWriter#tag} as the value of a {@code tex} attribute, which the writer escapes:
 * there is no placeholder text and no rewriting of rendered HTML, so nothing an author types can
 * reach the page as markup. A formula in an image's description becomes its TeX as plain text.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customInlineContentParserFactory(new MathSyntax.Inline());
        parser.customBlockParserFactory(new MathSyntax.Block());
        parser.postProcessor(MathExtension::displayParagraphs);
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(context -> new MathRenderer(context.getWriter()));
    }

    /** A formula in running text. */
    static final class InlineMath extends CustomNode {
        final String tex;
        final boolean display;

        InlineMath(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
            // Read only by text-only renderings, such as an image's alt text; the HTML renderer
            // writes the formula as an element and never renders this child.
            appendChild(new Text(tex));
        }
    }

    /** A displayed formula on lines of its own; {@code closed} is false when its {@code $$} never closes. */
    static final class DisplayMath extends CustomBlock {
        String tex = "";
        boolean closed;
        /** Text written after the closing {@code $$} on its line, which is not part of the page. */
        String trailing = "";
    }

    /** A {@code $$} in running text that is never closed; shown as the two dollars it is. */
    static final class UnclosedMath extends CustomNode {
        UnclosedMath() {
            appendChild(new Text("$$"));
        }
    }

    /** A paragraph that holds nothing but one {@code $$...$$} is a display, as it was written to be. */
    private static Node displayParagraphs(Node document) {
        List<Paragraph> alone = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getFirstChild() instanceof InlineMath math && math.display
                        && paragraph.getLastChild() == math) {
                    alone.add(paragraph);
                }
            }
        });
        for (Paragraph paragraph : alone) {
            DisplayMath display = new DisplayMath();
            display.tex = ((InlineMath) paragraph.getFirstChild()).tex;
            display.closed = true;
            display.setSourceSpans(paragraph.getSourceSpans());
            paragraph.insertAfter(display);
            paragraph.unlink();
        }
        return document;
    }

    /** Writes {@code <course-math tex="...">}, typeset by KaTeX in the browser. */
    private static final class MathRenderer implements NodeRenderer {

        private final HtmlWriter html;

        MathRenderer(HtmlWriter html) {
            this.html = html;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(InlineMath.class, DisplayMath.class, UnclosedMath.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case InlineMath math -> formula(math.tex, math.display);
                case DisplayMath math -> {
                    html.line();
                    html.tag("div", Map.of("class", "math-display"));
                    formula(math.tex, true);
                    html.tag("/div");
                    html.line();
                }
                case UnclosedMath ignored -> html.text("$$");
                default -> throw new IllegalArgumentException("not a math node: " + node);
            }
        }

        private void formula(String tex, boolean display) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (display) {
                attributes.put("display", null);
            }
            attributes.put("tex", tex);
            html.tag("course-math", attributes);
            html.tag("/course-math");
        }
    }
}
