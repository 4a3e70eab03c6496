package org.diffusioncourse.demo.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.render.Numbers;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.support.SvgPaths;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ForwardFigureTest {

    private static final int MAX_FIGURE_BYTES = 80 * 1024;
    private static final int[] STORYBOARD_STEPS = {0, 250, 500, 750, 1000};

    private static ForwardScene scene(String dataset, String schedule, long seed, int n) {
        return ForwardScene.of(ToyDataset.byId(dataset), NoiseSchedule.named(schedule, ForwardSettings.STEPS), seed, n);
    }

    @Test
    void identicalInputsGiveIdenticalBytes() {
        String a = ForwardFigure.render(scene("two-moons", "linear", 42, 2000), 250, false);
        String b = ForwardFigure.render(scene("two-moons", "linear", 42, 2000), 250, false);
        assertThat(a).isEqualTo(b);
        String sa = ForwardFigure.storyboard(scene("spiral", "cosine", 3, 500), STORYBOARD_STEPS);
        String sb = ForwardFigure.storyboard(scene("spiral", "cosine", 3, 500), STORYBOARD_STEPS);
        assertThat(sa).isEqualTo(sb);
    }

    @Test
    void aDifferentSeedGivesADifferentFigure() {
        assertThat(ForwardFigure.render(scene("two-moons", "linear", 1, 300), 100, false))
                .isNotEqualTo(ForwardFigure.render(scene("two-moons", "linear", 2, 300), 100, false));
    }

    @Test
    void aFigureOfTwoThousandPointsStaysUnderEightyKilobytes() {
        ForwardScene scene = scene("two-blobs", "linear", 7, 2000);
        for (boolean revealed : new boolean[] {false, true}) {
            for (int t : new int[] {0, 500, 1000}) {
                byte[] svg = ForwardFigure.render(scene, t, revealed).getBytes(StandardCharsets.UTF_8);
                assertThat(svg.length).as("t=%d revealed=%s", t, revealed).isLessThanOrEqualTo(MAX_FIGURE_BYTES);
            }
        }
    }

    @Test
    void figuresAreWellFormedAccessibleSvg() throws Exception {
        ForwardScene scene = scene("spiral", "linear", 1, 400);
        for (String svg : new String[] {ForwardFigure.render(scene, 300, true),
                ForwardFigure.storyboard(scene, STORYBOARD_STEPS)}) {
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
            assertThat(doc.getElementsByTagName("title").getLength()).isEqualTo(1);
            assertThat(doc.getElementsByTagName("desc").getLength()).isEqualTo(1);
        }
    }

    @Test
    void theHeadingShowsTAlphaBarAndNoiseStdWithFixedDecimals() {
        ForwardScene scene = scene("two-moons", "linear", 1, 100);
        String svg = ForwardFigure.render(scene, 250, false);
        assertThat(svg).contains("t = 250\u00a0\u00a0 ᾱ = 0.5241\u00a0\u00a0 noise std = 0.6899");
    }

    @Test
    void beforeTheRevealTheProxyCurveStopsAtTheCurrentStepAndTheCrossingIsHidden() {
        ForwardScene scene = scene("two-moons", "linear", 1, 1000);
        String hidden = ForwardFigure.render(scene, 200, false);
        String shown = ForwardFigure.render(scene, 200, true);
        assertThat(hidden).doesNotContain("forward-figure-crossing").contains("forward-figure-threshold");
        assertThat(shown).contains("forward-figure-crossing")
                .contains("t* = " + scene.crossingStep() + " (" + scene.crossingBand().id() + ")");
        // Grid steps 0, 10, ..., 200 are 21 vertices; the revealed curve has all 101.
        assertThat(vertices(hidden, "forward-figure-proxy-curve")).isEqualTo(21);
        assertThat(vertices(shown, "forward-figure-proxy-curve")).isEqualTo(101);
    }

    @Test
    void theDescriptionIsComputedFromTheData() {
        ForwardScene scene = scene("two-moons", "linear", 1, 2000);
        ForwardScene.Snapshot s = scene.at(250);
        String text = ForwardFigure.describe(scene, 250);
        assertThat(text).startsWith("2000 points of two moons at t = 250 (linear schedule): ᾱ = 0.5241, noise std 0.6899; mean (")
                .contains(Numbers.percent(s.withinRadius2()) + " within radius 2 of the origin (86.5% for N(0, I))")
                .contains("threshold 0.040")
                .doesNotContain("t* ");
        assertThat(ForwardFigure.describe(scene, 250, true))
                .endsWith("from t = " + scene.crossingStep() + " on (" + scene.crossingBand().id() + ").");
        assertThat(ForwardFigure.describeStoryboard(scene, STORYBOARD_STEPS))
                .startsWith("5 snapshots of two moons (linear schedule), 400 of 2000 points each: t = 0 (ᾱ = 1.0000, ");
    }

    @Test
    void theStoryboardHasOnePointPathPerPanel() {
        String svg = ForwardFigure.storyboard(scene("two-blobs", "cosine", 1, 2000), STORYBOARD_STEPS);
        for (int p = 0; p < STORYBOARD_STEPS.length; p++) {
            assertThat(svg).contains("forward-storyboard-points-" + p);
        }
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_FIGURE_BYTES);
    }

    @Test
    void numbersAreFormattedWithoutLocaleOrNegativeZero() {
        assertThat(Numbers.compact(12.0, 1)).isEqualTo("12");
        assertThat(Numbers.compact(-0.04, 1)).isEqualTo("0");
        assertThat(Numbers.compact(3.25, 1)).isEqualTo("3.3");
        assertThat(Numbers.compact(-1.05, 3)).isEqualTo("-1.05");
        assertThat(Numbers.compact(0.007, 3)).isEqualTo("0.007");
        assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(Numbers.fixed(1234.5678, 2)).isEqualTo("1234.57");
        assertThat(ForwardFigure.niceCeiling(0.143)).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    }

    private static int vertices(String svg, String id) {
        Matcher m = Pattern.compile("<g id='" + id + "'[^>]*><path d='([^']*)'").matcher(svg);
        assertThat(m.find()).as(id).isTrue();
        String d = m.group(1);
        return SvgPaths.vertices(d).size();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
