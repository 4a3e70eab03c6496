package org.diffusioncourse.demo.coupled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.render.DensityContours;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.diffusioncourse.support.SvgPaths;
import org.junit.jupiter.api.Test;

class CoupledFigureTest {

    private final GaussianMixture2D target = ToyDataset.EIGHT_GAUSSIANS.mixture();
    private final CoupledRuns runs = CoupledRuns.of(target, List.of(Samplers.flowSde(200, 0), Samplers.flowSde(200, 1.5)), 600, 5);

    private List<CoupledFigure.Panel> panels(int step) {
        double t = runs.run(0).times()[step];
        CondOtPath path = CondOtPath.of();
        DensityContours contours = DensityContours.of(target, path.signalScale(t), path.noiseStd(t), CoupledFigure.AXIS_LIMIT, 121);
        return List.of(new CoupledFigure.Panel(0, "ODE", "t = " + t, contours), new CoupledFigure.Panel(1, "SDE", "t = " + t, contours));
    }

    @Test
    void theSameRunsAndStepGiveTheSameBytesUnderTheSizeBudgetWithPrefixedIds() {
        String first = CoupledFigure.render("flow-plot", runs, panels(200), 200);
        String again = CoupledFigure.render("flow-plot", runs, panels(200), 200);
        assertThat(first).isEqualTo(again).startsWith("<svg").contains("id='flow-plot'").contains("flow-plot-title");
        assertThat(first.length()).as("SVG size").isLessThan(150_000);
        assertThat(CoupledFigure.render("flow-plot", runs, panels(199), 199)).isNotEqualTo(first);
    }

    @Test
    void theTextAlternativeReportsEachPanelsShareInsideTheExactContours() {
        String text = CoupledFigure.describe(runs, panels(200), 200);
        assertThat(text).startsWith("ODE at t = 1.0: 600 particles, mean (")
                .contains("share inside the contours of p_t holding 50.0%: ").contains("SDE at t = 1.0: 600 particles");
        // At t = 1 the ODE's end cloud is a sample of the target: about 90% of it lies inside the 90% contour.
        DensityContours end = panels(200).getFirst().background();
        assertThat(end.fractionInside(runs.run(0).end(), 1)).isBetween(0.85, 0.95);
    }

    @Test
    void everyDotContourVertexPathVertexAndRingIsCountedAsAPlottedPoint() {
        String svg = CoupledFigure.render("flow-plot", runs, panels(120), 120);
        // A dot is one moveto, a contour or path one vertex per point, and each ring starts with one moveto.
        int vertices = SvgPaths.vertexCount(svg);
        Matcher points = Pattern.compile("data-points='(\\d+)'").matcher(svg);
        assertThat(points.find()).isTrue();
        assertThat(Integer.parseInt(points.group(1))).isEqualTo(vertices).isGreaterThan(2 * 600 + 2 * CoupledFigure.TRACKED * 40);
    }
}
