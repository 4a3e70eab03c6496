package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Marching squares on densities whose iso-lines are known: for N(0, s^2 I) the set
 * log p = -log(2 pi s^2) - r^2 / (2 s^2) is the circle of radius r.
 */
class ContourLinesTest {

    private static final int GRID = 121;
    private static final double LIMIT = 3;
    private static final double H = 2 * LIMIT / (GRID - 1);
    /** Interpolating a quadratic linearly along an edge of length h misplaces a crossing by O(h^2). */
    private static final double POINT_TOLERANCE = H * H;

    private static double[] logDensityGrid(GaussianMixture2D mixture) {
        double[] xs = new double[GRID * GRID];
        double[] ys = new double[GRID * GRID];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                xs[j * GRID + i] = -LIMIT + i * H;
                ys[j * GRID + i] = -LIMIT + j * H;
            }
        }
        double[] out = new double[xs.length];
        NoisedMixture.of(mixture).logDensity(1, 0, xs, ys, xs.length, out);
        return out;
    }

    private static GaussianMixture2D gaussian(double x, double y, double s) {
        return GaussianMixture2D.of(new double[] {1}, new double[][] {{x, y}}, new double[] {s});
    }

    private static double levelAtRadius(double s, double r) {
        return -Math.log(2 * Math.PI * s * s) - r * r / (2 * s * s);
    }

    @Test
    void theIsoLineOfAGaussianIsOneClosedCircleOfTheKnownRadius() {
        double s = 0.7;
        for (double r : new double[] {0.5, 1.0, 2.0}) {
            List<double[]> lines = ContourLines.trace(logDensityGrid(gaussian(0, 0, s)), GRID, GRID,
                    -LIMIT, LIMIT, -LIMIT, LIMIT, levelAtRadius(s, r));
            assertThat(lines).as("r = %s", r).hasSize(1);
            double[] line = lines.getFirst();
            assertThat(line[0]).isEqualTo(line[line.length - 2]);
            assertThat(line[1]).isEqualTo(line[line.length - 1]);
            double area = 0;
            for (int k = 0; k + 3 < line.length; k += 2) {
                assertThat(Math.hypot(line[k], line[k + 1])).as("r = %s", r).isCloseTo(r,
                        within(POINT_TOLERANCE));
                area += line[k] * line[k + 3] - line[k + 2] * line[k + 1];
            }
            // The shoelace area of the traced polygon: the circle's, less the chords' O(h^2) cut.
            assertThat(Math.abs(area) / 2).isCloseTo(Math.PI * r * r, within(0.01 * r * r));
        }
    }

    @Test
    void twoSeparateBlobsGiveTwoLoopsAndACurveCutByTheBorderStaysOpen() {
        GaussianMixture2D two = GaussianMixture2D.of(new double[] {0.5, 0.5}, new double[][] {{-1.5, 0}, {1.5, 0}},
                new double[] {0.3, 0.3});
        double level = Math.log(0.5) + levelAtRadius(0.3, 0.5);
        assertThat(ContourLines.trace(logDensityGrid(two), GRID, GRID, -LIMIT, LIMIT, -LIMIT, LIMIT, level)).hasSize(2);

        List<double[]> cut = ContourLines.trace(logDensityGrid(gaussian(LIMIT, 0, 0.7)), GRID, GRID,
                -LIMIT, LIMIT, -LIMIT, LIMIT, levelAtRadius(0.7, 1.0));
        assertThat(cut).hasSize(1);
        double[] arc = cut.getFirst();
        assertThat(arc[0]).isCloseTo(LIMIT, within(1e-9));
        assertThat(arc[arc.length - 2]).isCloseTo(LIMIT, within(1e-9));
        assertThat(Math.abs(arc[1])).isCloseTo(1.0, within(POINT_TOLERANCE));
    }

    @Test
    void aLevelAboveTheMaximumGivesNoLines() {
        assertThat(ContourLines.trace(logDensityGrid(gaussian(0, 0, 1)), GRID, GRID, -LIMIT, LIMIT, -LIMIT, LIMIT, 10))
                .isEmpty();
    }

    @Test
    void theHighestDensityContoursOfAGaussianEncloseTheirMass() {
        double s = 0.6;
        DensityContours contours = DensityContours.of(gaussian(0, 0, s), LIMIT);
        var sample = gaussian(0, 0, s).sample(20_000, Seeds.generator(5));
        for (int q = 0; q < DensityContours.MASSES.length; q++) {
            double mass = DensityContours.MASSES[q];
            // P(|x| <= r) = 1 - exp(-r^2 / (2 s^2)) for N(0, s^2 I).
            double radius = s * Math.sqrt(-2 * Math.log(1 - mass));
            for (double[] line : contours.lines(q)) {
                for (int k = 0; k < line.length; k += 2) {
                    assertThat(Math.hypot(line[k], line[k + 1])).as("mass %s", mass)
                            .isCloseTo(radius, within(0.02));
                }
            }
            double monteCarlo = 4 * Math.sqrt(mass * (1 - mass) / sample.size());
            assertThat(contours.fractionInside(sample, q)).isCloseTo(mass, within(monteCarlo + 0.005));
        }
    }

    @Test
    void badGridsAreRefusedWithTheirSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContourLines.trace(new double[3], 1, 3, 0, 1, 0, 1, 0))
                .withMessage("nx and ny must be >= 2, were 1 and 3");
        assertThatIllegalArgumentException().isThrownBy(() -> ContourLines.trace(new double[3], 2, 2, 0, 1, 0, 1, 0))
                .withMessage("values must have nx * ny = 4 entries, had 3");
    }
}
