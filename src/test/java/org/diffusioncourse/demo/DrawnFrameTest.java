package org.diffusioncourse.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.util.DigestUtils;
import org.w3c.dom.Element;

class DrawnFrameTest {

    private static final String SVG = "<svg id='f' xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
            + "<title id='f-title'>A figure</title><rect x='0' y='0' width='1' height='1'/></svg>";

    @Test
    void theWordsTravelAsAttributesOfTheRootAndComeOffAgain() throws Exception {
        FigureCaption caption = new FigureCaption("Figure at t = 5", "Five points.", "t = 5 · ᾱ_t = 0.9990");
        DrawnFrame frame = DrawnFrame.of(SVG, caption, "t = 5");
        Element root = parse(frame.svg());
        assertThat(root.getAttribute("data-label")).isEqualTo("Figure at t = 5");
        assertThat(root.getAttribute("data-text")).isEqualTo("Five points.");
        assertThat(root.getAttribute("data-readout")).isEqualTo("t = 5 · ᾱ_t = 0.9990");
        assertThat(root.getAttribute("data-step-text")).isEqualTo("t = 5");
        assertThat(root.getAttribute("id")).isEqualTo("f");
        assertThat(DrawnFrame.figureOf(frame.svg())).isEqualTo(SVG);
        assertThat(frame.caption()).isEqualTo(caption);
        assertThat(frame.stepText()).isEqualTo("t = 5");
    }

    @Test
    void hostileWordsStayTextAndTheSvgStaysWellFormed() throws Exception {
        String hostile = "\"><script>alert(1)</script><x a='&";
        DrawnFrame frame = DrawnFrame.of(SVG, new FigureCaption(hostile, hostile + "\u0001", hostile), hostile);
        assertThat(frame.svg()).doesNotContain("<script>").doesNotContain("\u0001");
        Element root = parse(frame.svg());
        assertThat(root.getAttribute("data-label")).isEqualTo(hostile);
        assertThat(root.getAttribute("data-text")).isEqualTo(hostile + " ");
        assertThat(root.getElementsByTagName("script").getLength()).isZero();
        assertThat(DrawnFrame.figureOf(frame.svg())).isEqualTo(SVG);
    }

    @Test
    void aSelfClosingRootKeepsItsShape() throws Exception {
        String empty = "<svg xmlns='http://www.w3.org/2000/svg'/>";
        DrawnFrame frame = DrawnFrame.of(empty, new FigureCaption("l", "t", "r"), "");
        assertThat(parse(frame.svg()).getAttribute("data-readout")).isEqualTo("r");
        assertThat(frame.svg()).endsWith("/>");
        assertThat(DrawnFrame.figureOf(frame.svg())).isEqualTo(empty);
    }

    @Test
    void bytesAndETagAreComputedOnceInSpringsShallowFormat() {
        DrawnFrame frame = DrawnFrame.of(SVG, new FigureCaption("l", "t", "r"), "s");
        assertThat(frame.bytes()).isEqualTo(frame.svg().getBytes(StandardCharsets.UTF_8));
        assertThat(frame.etag()).isEqualTo("\"0" + DigestUtils.md5DigestAsHex(frame.bytes()) + "\"");
        assertThat(frame.kilobytes()).isEqualTo(frame.bytes().length / 1024);
    }

    @Test
    void somethingThatIsNotAnSvgIsRefusedWithWhatItBeganWith() {
        assertThatIllegalArgumentException().isThrownBy(() -> DrawnFrame.of("<div>x</div>", new FigureCaption("l", "t", "r"), ""))
                .withMessage("a figure must start with its <svg> element; began with \"<div>x</div>\"");
    }

    @Test
    void everyDemoFigureCarriesTheWordsItsWidgetShows() throws Exception {
        DemoCatalog catalog = new DemoCatalog();
        for (String id : catalog.demoIds()) {
            LessonDemo demo = catalog.demo(id).orElseThrow();
            for (String figure : demo.figureNames()) {
                DrawnFrame frame = demo.figureFrame(figure, Map.of());
                Element root = parse(frame.svg());
                assertThat(root.getAttribute("data-label")).as(id + " " + figure).isNotBlank()
                        .isEqualTo(frame.caption().label());
                assertThat(root.getAttribute("data-text")).as(id + " " + figure).isNotBlank();
                assertThat(root.getAttribute("data-readout")).as(id + " " + figure).isEqualTo(frame.caption().readout());
            }
        }
    }

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
