package org.diffusioncourse.demo.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.render.SamplerFigure;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.support.SvgPaths;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ConsistencyFigureTest {

    private static final int MAX_FIGURE_BYTES = 150 * 1024;
    private static final int[] MOMENTS = {100, 20, 10, 5, 0};

    private final ConsistencyScene scene = ConsistencyScene.of(ToyDataset.EIGHT_GAUSSIANS, 4, 120);
    private final DensityContours contours = DensityContours.of(ToyDataset.EIGHT_GAUSSIANS.mixture(), SamplerFigure.AXIS_LIMIT);

    @Test
    void identicalInputsGiveIdenticalBytesAndAnotherTimeAnotherFigure() {
        String a = ConsistencyFigure.render("consistency-svg", scene, contours, 60, 4);
        assertThat(ConsistencyFigure.render("consistency-svg", ConsistencyScene.of(ToyDataset.EIGHT_GAUSSIANS, 4, 120),
                contours, 60, 4)).isEqualTo(a);
        assertThat(ConsistencyFigure.render("consistency-svg", scene, contours, 61, 4)).isNotEqualTo(a);
        assertThat(ConsistencyFigure.render("consistency-svg", scene, contours, 60, 8)).isNotEqualTo(a);
    }

    @Test
    void theFigureIsWellFormedAccessibleSvgWhoseIdsAllCarryItsPrefix() throws Exception {
        String svg = ConsistencyFigure.render("consistency-svg", scene, contours, 0, 2);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Consistency map from t = δ = 0.001 · 2 Euler steps on eight gaussians");
        Matcher ids = Pattern.compile("id='([^']*)'").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("consistency-svg");
            count++;
        }
        assertThat(count).isGreaterThan(5);
    }

    @Test
    void fiveHundredPointsOnTheLargestTargetStayUnder150Kilobytes() {
        ConsistencyScene big = ConsistencyScene.of(ToyDataset.SPIRAL, 1, ConsistencyScene.MAX_POINTS);
        DensityContours spiral = DensityContours.of(ToyDataset.SPIRAL.mixture(), SamplerFigure.AXIS_LIMIT);
        assertThat(ConsistencyFigure.render("c", big, spiral, 50, 4).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(MAX_FIGURE_BYTES);
        assertThat(ConsistencyFigure.storyboard("s", big, spiral, MOMENTS).getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(MAX_FIGURE_BYTES);
    }

    @Test
    void theTextAlternativeQuotesTheDistancesTheFigureShows() {
        String text = ConsistencyFigure.describe(scene, contours, 30, 4);
        assertThat(text).startsWith("120 noise points carried by the probability-flow ODE of eight gaussians, shown at t = 0.30")
                .contains(String.format(Locale.ROOT, "land on average %.3f from the exact endpoints", scene.eulerError(30, 4)))
                .contains(String.format(Locale.ROOT, "and %.3f from where the same Euler map", scene.eulerGap(30, 4)))
                .contains(String.format(Locale.ROOT, "on average %.3f from their exact endpoints",
                        ConsistencyScene.meanDistance(scene.at(30), scene.exactEndpoints())));
    }

    @Test
    void theStoryboardSaysThePointsReachTheirFixedEndpoints() {
        String text = ConsistencyFigure.describeStoryboard(scene, contours, MOMENTS);
        assertThat(text).contains("At t = 1.00: on average").contains("At t = δ = 0.001: on average 0.000 from their endpoints");
    }

    @Test
    void everyDotVertexGapAndRingIsCountedAsAPlottedPoint() {
        String svg = ConsistencyFigure.render("consistency-svg", scene, contours, 15, 4);
        // A dot is one moveto, the contour and the trajectories one vertex per point; gaps are lines, rings ellipses.
        int vertices = SvgPaths.vertexCount(svg);
        String gaps = svg.substring(svg.indexOf("<g id='consistency-svg-gaps'"));
        int marks = vertices + count(gaps, "<line ") + count(gaps, "<ellipse ");
        Matcher points = Pattern.compile("data-points='(\\d+)'").matcher(svg);
        assertThat(points.find()).isTrue();
        assertThat(Integer.parseInt(points.group(1))).isEqualTo(marks).isGreaterThan(3 * 120);
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }
}
