package org.diffusioncourse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.ddpm.DdpmDemo;
import org.diffusioncourse.demo.flow.FlowDemo;
import org.diffusioncourse.demo.forward.ForwardDemo;
import org.diffusioncourse.demo.langevin.LangevinDemo;
import org.diffusioncourse.demo.score.ScoreDemo;
import org.junit.jupiter.api.Test;

/**
 * Each data table lists what its figure draws: as many cloud rows as the SVG of the same state
 * has dots, the curves up to where the figure draws them, and CSV that RFC 4180 readers accept.
 */
class FigureCsvTablesTest {

    @Test
    void theForwardTableHasOneRowPerDrawnDotAndTheProxyOnlyUpToTWhileHidden() {
        ForwardDemo demo = new ForwardDemo();
        var s = demo.settingsOf(Map.of("t", "400", "n", "600"));
        DataTable table = demo.table("figure", s, false);
        assertThat(table.count("points")).isEqualTo(dots(demo.render("figure", s, false), "forward-figure-points"));
        assertThat(table.rows()).filteredOn(r -> r.getFirst().equals("proxy"))
                .allSatisfy(r -> assertThat(((Number) r.get(1)).intValue()).isLessThanOrEqualTo(400));
        assertThat(demo.table("figure", s, true).count("proxy")).isGreaterThan(table.count("proxy"));
    }

    @Test
    void theDdpmTableHasTheDotsOfBothPanelsAndAnArrowPairPerMarkedPoint() {
        DdpmDemo demo = new DdpmDemo();
        var s = demo.settingsOf(Map.of("t", "30"));
        String svg = demo.render("figure", s, false);
        DataTable table = demo.table("figure", s, false);
        assertThat(table.count("forward")).isEqualTo(dots(svg, "ddpm-figure-forward-points"));
        assertThat(table.count("reverse")).isEqualTo(dots(svg, "ddpm-figure-reverse-points"));
        assertThat(table.count("noise")).isEqualTo(table.count("prediction")).isPositive();
        assertThat(table.count("loss")).isEqualTo(30);
        assertThat(table.columns()).containsExactly("series", "x", "y", "dx", "dy");
    }

    @Test
    void theLangevinTableHasTheParticlesTheFigureDraws() {
        LangevinDemo demo = new LangevinDemo();
        var s = demo.params().defaults();
        DataTable table = demo.table("figure", s, false);
        assertThat(table.count("particles")).isEqualTo(dots(demo.render("figure", s, false), "langevin-figure-particles"));
        assertThat(table.rows()).filteredOn(r -> r.getFirst().toString().startsWith("occupancy-")).hasSize(6);
    }

    @Test
    void theScoreTableHasTheWholeDensityGridAndAnArrowPerNonZeroScore() {
        ScoreDemo demo = new ScoreDemo();
        var s = demo.params().defaults();
        DataTable table = demo.table("figure", s, false);
        assertThat(table.count("log-density")).isEqualTo(64 * 64);
        assertThat(table.count("score")).isBetween(1L, 17L * 17);
        assertThat(table.count("probe-curve")).as("hidden until revealed").isZero();
        assertThat(demo.table("figure", s, true).count("probe-curve")).isPositive();
    }

    @Test
    void theFlowTableHasEachPanelsParticlesAsDrawn() {
        FlowDemo demo = new FlowDemo();
        var s = demo.params().defaults();
        String svg = demo.render("figure", s, false);
        DataTable table = demo.table("figure", s, false);
        long drawn = table.rows().stream().filter(r -> r.get(1).equals("particles")).count();
        long dotsInSvg = 0;
        for (int p = 0; p < 4; p++) {
            Matcher panel = Pattern.compile("<g id='flow-plot-panel-" + p + "'").matcher(svg);
            if (panel.find()) {
                dotsInSvg += dotsAfter(svg, panel.end());
            }
        }
        assertThat(drawn).isEqualTo(dotsInSvg).isPositive();
    }

    @Test
    void csvQuotesOnlyWhatItMustAndWritesPlainDecimals() {
        DataTable table = DataTable.of("series", "x").row("a, \"b\"", 1.0e-7).row("c", 12345678.9).row("d", 3);
        assertThat(table.csv()).isEqualTo("series,x\r\n\"a, \"\"b\"\"\",0.0000001\r\nc,12345678.9\r\nd,3\r\n");
        assertThat(Arrays.stream(table.csv().split("\r\n")).skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1))
                .mapToDouble(Double::parseDouble).toArray()).containsExactly(1.0e-7, 12345678.9, 3);
    }

    /** The dots of the first dot path after {@code from} (a path of sub-paths {@code M..Z}). */
    private static long dotsAfter(String svg, int from) {
        Matcher path = Pattern.compile("<path d='([^']*Z[^']*)'").matcher(svg);
        assertThat(path.find(from)).isTrue();
        return path.group(1).chars().filter(ch -> ch == 'Z' || ch == 'z').count();
    }

    /** The dots in the group {@code id}: one path whose sub-paths are each a dot. */
    static long dots(String svg, String id) {
        Matcher path = Pattern.compile("<g id='" + id + "'[^>]*><path d='([^']*)'").matcher(svg);
        assertThat(path.find()).as(id).isTrue();
        return path.group(1).chars().filter(ch -> ch == 'Z' || ch == 'z').count();
    }
}
