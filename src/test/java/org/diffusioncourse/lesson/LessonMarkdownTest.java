package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.Seeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What an author's Markdown becomes. The HTML is read back with a browser-grade parser (jsoup),
 * so a test sees the elements and attributes a visitor's browser would build, not a string.
 */
class LessonMarkdownTest {

    /** The part of a lesson file under test starts on this line. */
    private static final int FIRST_LINE = 40;
    private static final String FILE = "content/lessons/first-steps/index.md";
    /** The placeholder the old renderer used for formula 0; authors can type it. */
    private static final String OLD_MARKER = "\u20630\u2063";
    private static final String HOSTILE_TEX = "x onmouseover=alert(1) y";

    private final LessonMarkdown markdown = new LessonMarkdown();
    private final List<ContentProblem> problems = new ArrayList<>();

    @Test
    void aCodeFenceInfoStringCannotBreakOutOfItsAttribute() {
        Document page = render("$" + HOSTILE_TEX + "$\n\n```js" + OLD_MARKER + "\nlet a = 1;\n```\n");
        assertNoScript(page);
        assertThat(page.select("code").attr("class")).isEqualTo("language-js" + OLD_MARKER);
        assertThat(page.select("course-math")).singleElement().extracting(e -> e.attr("tex")).isEqualTo(HOSTILE_TEX);
    }

    @Test
    void displayMathWhoseTexLooksLikeAPlaceholderStaysOneFormula() {
        Document page = render("$" + HOSTILE_TEX + "$\n\n$$\n" + OLD_MARKER + "\n$$\n");
        assertNoScript(page);
        assertThat(page.select("course-math")).extracting(e -> e.attr("tex")).containsExactly(HOSTILE_TEX, OLD_MARKER);
        assertThat(page.select("div.math-display > course-math[display]")).singleElement()
                .extracting(e -> e.attr("tex")).isEqualTo(OLD_MARKER);
    }

    @Test
    void mathInAnImageDescriptionIsPlainTextInItsAltAttribute() {
        Document page = render("![$x onerror=alert(1) y$](a.png)\n");
        assertNoScript(page);
        assertThat(page.select("img")).singleElement().satisfies(image -> {
            assertThat(image.attr("alt")).isEqualTo("x onerror=alert(1) y");
            assertThat(image.attributes().asList()).extracting(Attribute::getKey).containsExactlyInAnyOrder("src", "alt");
        });
        assertThat(page.select("course-math")).isEmpty();
    }

    @Test
    void anInvisibleSeparatorInCodeIsJustACharacterAndNeverAFormula() {
        Document page = render("```\n\u206399\u2063 and \u20639999999999999\u2063\n```\n\n`\u20637\u2063`\n");
        assertThat(page.select("pre code").text()).isEqualTo("\u206399\u2063 and \u20639999999999999\u2063");
        assertThat(page.select("p code").text()).isEqualTo("\u20637\u2063");
        assertThat(page.select("course-math")).isEmpty();
        assertThat(problems).isEmpty();
    }

    /**
     * Random Markdown made of the pieces that broke the old renderer (dollars, fences, images,
     * links, quotes, the old placeholder, event-handler text), with a fixed seed: whatever the
     * mix, the page holds only elements and attributes that Markdown and math make.
     */
    @Test
    void noMarkdownMakesAnEventHandlerOrAnElementThatMarkdownDoesNotMake() {
        List<String> pieces = List.of("$", "$$", "$x$", "$" + HOSTILE_TEX + "$", "$$" + HOSTILE_TEX + "$$", "`", "```",
                "```js", "~~~", OLD_MARKER, "\u2063", "0", "![", "[", "](", ")", "a.png", "javascript:alert(1)", "x",
                " ", "\n", "\n\n", "\"", "'", "<", ">", "=", " onerror=alert(1) ", "<img src=x onerror=alert(1)>",
                "\\", "*", "_", "|", "> ", "- ", "1. ", "&quot;", "#", "    ", "| a | b |\n|---|---|\n");
        Set<String> tags = Set.of("body", "p", "code", "pre", "em", "strong", "a", "img", "course-math",
                "div", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead",
                "tbody", "tr", "th", "td");
        Set<String> attributes = Set.of("href", "rel", "src", "alt", "title", "class", "tex", "display", "start", "align");
        UniformRandomProvider random = Seeds.generator(2063);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 3 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String source = text.toString();
            Document page = render(source);
            for (Element element : page.body().getAllElements()) {
                assertThat(element.tagName()).as("an element made from %s", quoted(source)).isIn(tags);
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as("an attribute of <%s> made from %s", element.tagName(), quoted(source))
                            .isIn(attributes);
                }
            }
        }
    }

    @Test
    void inlineMathNeedsANonSpaceInsideBothDollarsAndStaysOnOneLine() {
        assertThat(formulas("costs $5 and $6, $ x$, $x $ and $a\nb$")).isEmpty();
        assertThat(formulas("$a_1 *b* c_2$ and $\\{x\\}$")).containsExactly("a_1 *b* c_2", "\\{x\\}");
        assertThat(render("$a_1 *b* c_2$").select("em")).isEmpty();
    }

    @Test
    void anEscapedDollarIsADollarAndCodeHoldsNoMath() {
        Document page = render("\\$x$ and `$y$`\n\n```\n$z$\n```\n\n    $w$\n");
        assertThat(page.select("course-math")).isEmpty();
        assertThat(page.select("p").first().text()).isEqualTo("$x$ and $y$");
        assertThat(page.select("pre code").eachText()).containsExactly("$z$", "$w$");
    }

    @Test
    void displayMathIsABlockOnItsOwnLinesAndInlineWithinAParagraph() {
        Document page = render("$$\n\\sum_i x_i\n\n= 1\n$$\n\n$$ a^2 $$\n\nSo $$b$$ holds.\n");
        assertThat(page.select("div.math-display > course-math[display]")).extracting(e -> e.attr("tex"))
                .containsExactly("\\sum_i x_i\n\n= 1", "a^2");
        assertThat(page.select("p > course-math[display]")).extracting(e -> e.attr("tex")).containsExactly("b");
        assertThat(problems).isEmpty();
    }

    @Test
    void unclosedDisplayMathIsAProblemAtTheLineOfItsOpening() {
        render("Text.\n\n$$\n\\alpha\n");
        render("A paragraph with $$ \\beta that never closes.\n");
        assertThat(problems).containsExactly(
                new ContentProblem(FILE, FIRST_LINE + 2, "display math opened with $$ is never closed"),
                new ContentProblem(FILE, FIRST_LINE, "display math opened with $$ is never closed"));
    }

    @Test
    void textAfterTheClosingDollarsOfADisplayIsAProblemAtItsLine() {
        Document page = render("$$\n\\gamma\n$$ and more\n");
        assertThat(page.select("course-math")).extracting(e -> e.attr("tex")).containsExactly("\\gamma");
        assertThat(problems).containsExactly(new ContentProblem(FILE, FIRST_LINE + 2,
                "text after the closing $$ of display math is not shown; start it on a line of its own"));
    }

    @Test
    void aBarePipeInsideMathInATableIsAProblemAtItsRowAndAnEscapedOneIsMath() {
        Document page = render("| a | b |\n|---|---|\n| $x$ | $|y|$ |\n| $\\|z\\|$ | `|` |\n");
        assertThat(page.select("course-math")).extracting(e -> e.attr("tex")).containsExactly("x", "|z|");
        assertThat(problems).containsExactly(new ContentProblem(FILE, FIRST_LINE + 2,
                "a | inside math in a table row starts a new cell; write it as \\| there"));
    }

    @Test
    void anUnclosedCodeBlockIsAProblemAtTheStartOfThePart() {
        render("Text.\n\n~~~\n$x$\n");
        assertThat(problems).containsExactly(new ContentProblem(FILE, FIRST_LINE, "a code block opened with ~~~ is never closed"));
    }

    @Test
    void aPartNestedTooDeeplyToReadIsAProblemAtItsLineNotACrash() {
        String html = markdown.render(">".repeat(100_000) + " deep\n", FIRST_LINE, new Problems(FILE, 0, problems));
        assertThat(html).isEmpty();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(FIRST_LINE);
            assertThat(problem.message()).contains("nests too deeply");
        });
    }

    private Document render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text, FIRST_LINE, new Problems(FILE, 0, problems)));
    }

    private List<String> formulas(String text) {
        return render(text).select("course-math").eachAttr("tex");
    }

    /** No attribute a browser would run as script, on any element. */
    private static void assertNoScript(Document page) {
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("attribute of <%s>", element.tagName())
                        .doesNotStartWith("on");
            }
        }
        assertThat(page.select("script")).isEmpty();
    }

    private static String quoted(String source) {
        return "\"" + source.replace("\n", "\\n").replace("\u2063", "\\u2063") + "\"";
    }
}
