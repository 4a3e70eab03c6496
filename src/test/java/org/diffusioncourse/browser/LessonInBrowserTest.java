package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The forward-process lesson in a real Chromium: math typeset, keyboard control, deep links. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-browser;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class LessonInBrowserTest extends PageInBrowserTest {

    @Autowired
    DemoCatalog catalog;

    @Test
    void theLessonTypesetsItsMathWithKatex() {
        page.navigate(url("lessons/forward-process"));
        page.locator("#math course-math .katex").first().waitFor();
        int typeset = page.locator("course-math .katex").count();
        int formulas = page.locator("course-math").count();
        assertThat(typeset).isGreaterThan(20).isEqualTo(formulas);
        assertThat(page.locator("course-math[data-error]").count()).as("formulas KaTeX rejected").isZero();
        assertThat(page.locator("course-math .katex-mathml").count()).as("MathML for screen readers").isEqualTo(formulas);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theKeyboardMovesTheSliderAndTheFigureFollows() {
        page.navigate(url("lessons/forward-process"));
        Locator figure = page.locator("#forward-figure svg");
        figure.waitFor();
        String before = figure.innerHTML();
        Locator slider = page.locator("#forward-t");
        slider.focus();
        for (int i = 0; i < 5; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.waitForCondition(() -> page.locator("#forward-t-value").textContent().equals("t = 255"));
        page.waitForCondition(() -> !figure.innerHTML().equals(before));
        assertThat(page.locator("#forward-readout").textContent()).startsWith("t = 255 ·");
        page.waitForCondition(() -> page.url().contains("t=255"));
        assertThat(page.url()).contains("dataset=two-moons").contains("schedule=linear").contains("seed=3");
        page.keyboard().press("End");
        page.waitForCondition(() -> page.locator("#forward-t-value").textContent().equals("t = 1000"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aDeepLinkShowsTheSameFigureTheServerRendersForItsParameters() throws Exception {
        page.navigate(url("lessons/forward-process?dataset=spiral&schedule=cosine&t=600&seed=11&n=800"));
        Locator svg = page.locator("#forward-figure svg");
        svg.waitFor();
        @SuppressWarnings("unchecked")
        List<String> inBrowser = (List<String>) page.evaluate("""
                svg => {
                  const out = [];
                  const walk = el => {
                    const attrs = Array.from(el.attributes).map(a => a.name + '=' + a.value).sort().join(' ');
                    const text = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.data).join('');
                    out.push(el.tagName.toLowerCase() + ' [' + attrs + '] ' + text);
                    Array.from(el.children).forEach(walk);
                  };
                  walk(svg);
                  return out;
                }""", svg.elementHandle());
        String server = catalog.demo("forward-noising").orElseThrow().figure("figure",
                Map.of("dataset", "spiral", "schedule", "cosine", "t", "600", "seed", "11", "n", "800"));
        assertThat(inBrowser).isEqualTo(walk(server));
        assertThat(page.locator("#forward-readout").textContent()).startsWith("t = 600 ·");
    }

    @Test
    void aBadLinkShowsItsProblemsOnThePageNotAnErrorPage() {
        page.navigate(url("lessons/forward-process?t=5000&dataset=moons&seed=x"));
        page.locator(".problem-box").waitFor();
        assertThat(page.locator(".problem-box").textContent())
                .contains("t must be between 0 and 1000, was 5000")
                .contains("dataset must be one of two-moons, spiral, two-blobs; was \"moons\"");
        assertThat(page.locator("#forward-figure svg").count()).isEqualTo(1);
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        page.navigate(url("lessons/forward-process"));
        page.locator("#forward-figure svg").waitFor();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
    }

    @Test
    void theHomePageListsTheLessonsAndLinksToTheForwardProcess() {
        page.navigate(url(""));
        page.locator("a.lesson-link[href='lessons/forward-process']").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.locator("a.lesson-link[href='lessons/forward-process']").click();
        page.locator("#forward-figure svg").waitFor();
        assertThat(page.url()).endsWith("/lessons/forward-process");
        assertThat(consoleErrors).isEmpty();
    }

    /** The same walk as the browser's, over the server's SVG parsed as XML. */
    private static List<String> walk(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Element element, List<String> out) {
        NamedNodeMap attributes = element.getAttributes();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            pairs.add(attributes.item(i).getNodeName() + "=" + attributes.item(i).getNodeValue());
        }
        pairs.sort(null);
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element e) {
                children.add(e);
            }
        }
        out.add(element.getTagName().toLowerCase() + " [" + String.join(" ", pairs) + "] " + text);
        children.forEach(child -> walk(child, out));
    }

}
