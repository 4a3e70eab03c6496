package org.diffusioncourse.render;

import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.metrics.DensityRegions;

/**
 * The highest-density contours of a mixture target, for drawing: the levels c_q holding 50, 90
 * and 99% of the mass come from {@link DensityRegions}, and each is traced by
 * {@link ContourLines} on log p, which is locally quadratic for Gaussians, so linear
 * interpolation along cell edges is accurate. Immutable.
 */
public final class DensityContours {

    /** The masses whose regions are outlined: 50%, 90% and 99% of the target ({@link DensityRegions#MASSES}). */
    public static final double[] MASSES = DensityRegions.MASSES;

    /** Grid points per side. */
    public static final int GRID = 121;

    private final DensityRegions regions;
    private final List<List<double[]>> lines;

    private DensityContours(DensityRegions regions, List<List<double[]>> lines) {
        this.regions = regions;
        this.lines = lines;
    }

    /** The contours of {@code target} over [-limit, limit]^2 at {@link #MASSES}. */
    public static DensityContours of(GaussianMixture2D target, double limit) {
        return of(target, 1, 0, limit, GRID);
    }

    /**
     * The contours of the noised target p(x) of x = a x_0 + s eps (the marginal p_t of a Gaussian
     * path at the time with signal scale a and noise std s) over [-limit, limit]^2, on a
     * {@code grid} x {@code grid} lattice.
     */
    public static DensityContours of(GaussianMixture2D target, double a, double s, double limit, int grid) {
        DensityRegions regions = DensityRegions.of(target, a, s, limit, grid);
        double[] log = regions.logDensity();
        List<List<double[]>> lines = new ArrayList<>();
        for (double level : regions.logLevels()) {
            lines.add(ContourLines.trace(log, grid, grid, -limit, limit, -limit, limit, level));
        }
        return new DensityContours(regions, lines);
    }

    /** Half the side of the square drawn. */
    public double limit() {
        return regions.limit();
    }

    /** log c_q for each of {@link #MASSES}. */
    public double[] logLevels() {
        return regions.logLevels();
    }

    /** The polylines of contour q, as flat {x0, y0, x1, y1, ...} arrays in data coordinates. */
    public List<double[]> lines(int q) {
        return lines.get(q);
    }

    /** The share of {@code samples} with p(x) &gt;= c_q, to compare with {@code MASSES[q]}. */
    public double fractionInside(PointCloud samples, int q) {
        return regions.fractionInside(samples, q);
    }
}
