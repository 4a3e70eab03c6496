package org.diffusioncourse.simulation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.junit.jupiter.api.Test;

class DensityRegionsTest {

    private static final GaussianMixture2D STANDARD = GaussianMixture2D.of(new double[] {1}, new double[][] {{0, 0}},
            new double[] {1});

    /** Far enough out that the mass beyond the square, about 4e-9, moves no level measurably. */
    private static final double LIMIT = 6;
    private static final int GRID = 601;
    private static final double H = 2 * LIMIT / (GRID - 1);

    @Test
    void theLevelsAreThoseOfTheDensestCellsHoldingEachMass() {
        // Cells of unit area with masses 0.45, 0.3, 0.16, 0.05, 0.04 (total 1), given out of order:
        // the densest cells reach 0.5 at 0.3, 0.9 at 0.16 and 0.99 only with the last, 0.04.
        double[] log = {Math.log(0.05), Math.log(0.3), Math.log(0.04), Math.log(0.45), Math.log(0.16)};
        double[] levels = DensityRegions.massLevels(log, 1);
        assertThat(levels).containsExactly(Math.log(0.3), Math.log(0.16), Math.log(0.04));
    }

    /**
     * For N(0, v I) the region {p &gt;= c} is the disc of radius r with mass M(c) = 1 - 2 pi v c, so
     * the level of mass q is c_q = (1 - q) / (2 pi v), at r_q^2 = -2 v ln(1 - q).
     *
     * <p>Tolerance: the cells whose centres lie inside the disc differ from the disc only within
     * h/sqrt(2) of its edge, an annulus of area 2 pi r sqrt(2) h where p is at most
     * c e^(r h / (sqrt(2) v)); with the last cell added (mass at most c h^2), the mass found is off
     * by at most that much, and since dM/dc = -2 pi v, log c by that over 2 pi v c.
     */
    private static double tolerance(double q, double v) {
        double r = Math.sqrt(-2 * v * Math.log(1 - q));
        return r * Math.sqrt(2) * H * Math.exp(r * H / (Math.sqrt(2) * v)) / v + H * H / (2 * Math.PI * v);
    }

    @Test
    void theLevelsOfAGaussianAreItsClosedFormWithinTheGridsResolution() {
        assertGaussianLevels(DensityRegions.of(STANDARD, 1, 0, LIMIT, GRID), 1);
        // Noised by x = 0.5 x_0 + 0.8 eps: N(0, (0.25 + 0.64) I).
        assertGaussianLevels(DensityRegions.of(STANDARD, 0.5, 0.8, LIMIT, GRID), 0.89);
    }

    private static void assertGaussianLevels(DensityRegions regions, double v) {
        double[] levels = regions.logLevels();
        for (int q = 0; q < DensityRegions.MASSES.length; q++) {
            double mass = DensityRegions.MASSES[q];
            double exact = Math.log((1 - mass) / (2 * Math.PI * v));
            assertThat(levels[q]).as("mass %s, v %s", mass, v).isCloseTo(exact, within(tolerance(mass, v)));
        }
    }

    @Test
    void theShareInsideCountsThePointsAboveEachLevel() {
        // Radii 0.5, 1, 2 and 3.5 against r_q = 1.18, 2.15 and 3.03, each at least 0.12 from a
        // point, where the levels' tolerance moves r_q by at most v tol / r < 0.05.
        PointCloud points = PointCloud.of(new double[] {0.5, 0, -2, 0}, new double[] {0, 1, 0, -3.5});
        DensityRegions regions = DensityRegions.of(STANDARD, 1, 0, LIMIT, GRID);
        assertThat(regions.fractionInside(points, 0)).isEqualTo(0.5);
        assertThat(regions.fractionInside(points, 1)).isEqualTo(0.75);
        assertThat(regions.fractionInside(points, 2)).isEqualTo(0.75);
        assertThat(regions.fractionInside(PointCloud.of(new double[0], new double[0]), 0)).isZero();
    }
}
