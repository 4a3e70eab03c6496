package org.diffusioncourse.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.demo.DataTable;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.support.SvgPaths;
import org.junit.jupiter.api.Test;

/** The loss figure's data table lists the vertices its two curves are drawn through, and the floors. */
class TrainingLossCsvTest {

    @Test
    void theLossTableHasAVertexPerDrawnPointOfEachCurve() {
        TrainingDemo demo = new TrainingDemo();
        TrainingSettings settings = TrainingSettings.of(ShippedModel.TWO_MOONS_128.config(), 40, SamplerKind.DDIM, 0, 3);
        String svg = demo.render("loss", settings, false);
        DataTable table = demo.table("loss", settings, false);
        assertThat(table.count("loss")).isEqualTo(vertices(svg, "training-loss-loss-curve")).isPositive();
        assertThat(table.count("level-loss")).isEqualTo(vertices(svg, "training-loss-level-loss")).isPositive();
        assertThat(table.count("level-floor")).isEqualTo(table.count("level-loss"));
        assertThat(table.count("floor")).isEqualTo(2);
        assertThat(table.columns()).containsExactly("series", "x", "y", "low", "high");
    }

    private static int vertices(String svg, String id) {
        // drawFine draws under a scale of 1/2, so the id is on the group around the path.
        Matcher path = Pattern.compile("<g id='" + id + "'[^>]*><path d='([^']*)'").matcher(svg);
        assertThat(path.find()).as(id).isTrue();
        return SvgPaths.vertices(path.group(1)).size();
    }
}
