package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SamplerFigureTest {

    private static final int MAX_FIGURE_BYTES = 150 * 1024;

    private static String figure(ToyDataset target, Sampler sampler, int n, long seed) {
        SampleRun run = sampler.run(NoisedMixture.of(target.mixture()), n, Seeds.generator(seed),
                PathSelection.of(0, 1, 2, 3, 4, 5));
        DensityContours contours = DensityContours.of(target.mixture(), SamplerFigure.AXIS_LIMIT);
        return SamplerFigure.render("sampler-a", contours,
                new SamplerFigure.Panel("DDIM · 50 steps", target.label(), run.samples(), run.nfe(), run.paths()));
    }

    @Test
    void identicalInputsGiveIdenticalBytesAndAnotherSeedAnotherFigure() {
        Sampler ddim = Samplers.ddim(NoiseSchedule.named("linear", 1000), 50, 0.5);
        String a = figure(ToyDataset.TWO_MOONS, ddim, 500, 3);
        assertThat(figure(ToyDataset.TWO_MOONS, ddim, 500, 3)).isEqualTo(a);
        assertThat(figure(ToyDataset.TWO_MOONS, ddim, 500, 4)).isNotEqualTo(a);
    }

    @Test
    void everyTargetWithTwoThousandSamplesAndLongPathsStaysUnder150Kilobytes() {
        // DDPM records 1001 positions per path: the thinning keeps the file small.
        Sampler ddpm = Samplers.ddpm(NoiseSchedule.named("linear", 1000), true);
        for (ToyDataset target : ToyDataset.values()) {
            Sampler sampler = target == ToyDataset.SPIRAL ? ddpm : Samplers.dpmSolverPlusPlus2M(
                    org.diffusioncourse.simulation.process.VpSde.standard(), 20);
            int bytes = figure(target, sampler, 2000, 1).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(target.id()).isLessThanOrEqualTo(MAX_FIGURE_BYTES);
        }
    }

    @Test
    void theFigureIsWellFormedAccessibleSvgWithItsOwnIdPrefix() throws Exception {
        String svg = figure(ToyDataset.FIVE_MODES, Samplers.edmHeun(18), 300, 2);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("DDIM · 50 steps on Five modes");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).startsWith("300 samples from DDIM · 50 steps, 35 field evaluations");
        assertThat(svg).contains("id='sampler-a-points'").contains("sampler-a-contours").doesNotContain("forward-figure");
    }

    @Test
    void theTextAlternativeComparesTheSharesInsideTheContoursWithTheirMass() {
        // Exact draws from the target: about 50%, 90% and 99% fall inside the contours.
        var target = ToyDataset.EIGHT_GAUSSIANS.mixture();
        var draws = target.sample(4000, Seeds.generator(11));
        DensityContours contours = DensityContours.of(target, SamplerFigure.AXIS_LIMIT);
        String text = SamplerFigure.describe(contours,
                new SamplerFigure.Panel("exact draws", "eight gaussians", draws, 0, java.util.List.of()));
        assertThat(text).contains("holding 50.0% of the target: 4").contains("90.0% of the target: 8")
                .contains("99.0% of the target: 9");
        for (int q = 0; q < DensityContours.MASSES.length; q++) {
            double mass = DensityContours.MASSES[q];
            double tolerance = 4 * Math.sqrt(mass * (1 - mass) / draws.size()) + 0.01;
            assertThat(contours.fractionInside(draws, q)).isCloseTo(mass,
                    org.assertj.core.api.Assertions.within(tolerance));
        }
    }
}
