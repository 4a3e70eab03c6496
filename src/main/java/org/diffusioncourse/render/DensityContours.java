package org.diffusioncourse.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;

/**
 * The exact density of a mixture target on a square grid, and its highest-density contours:
 * for each mass q, the level c_q with  integral over {p &gt;= c_q} of p dx = q  (estimated from
 * the grid cells), traced by {@link ContourLines} on log p, which is locally quadratic for
 * Gaussians, so linear interpolation along cell edges is accurate. Immutable.
 */
public final class DensityContours {

    /** The masses whose regions are outlined: 50%, 90% and 99% of the target. */
    public static final double[] MASSES = {0.5, 0.9, 0.99};

    /** Grid points per side. */
    public static final int GRID = 121;

    private final NoisedMixture density;
    private final double a;
    private final double s;
    private final double limit;
    private final double[] logLevels;
    private final List<List<double[]>> lines;

    private DensityContours(NoisedMixture density, double a, double s, double limit, double[] logLevels,
            List<List<double[]>> lines) {
        this.density = density;
        this.a = a;
        this.s = s;
        this.limit = limit;
        this.logLevels = logLevels;
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
        NoisedMixture density = NoisedMixture.of(target);
        int n = grid * grid;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double step = 2 * limit / (grid - 1);
        for (int j = 0; j < grid; j++) {
            for (int i = 0; i < grid; i++) {
                xs[j * grid + i] = -limit + i * step;
                ys[j * grid + i] = -limit + j * step;
            }
        }
        double[] log = new double[n];
        density.logDensity(a, s, xs, ys, n, log);
        double[] levels = massLevels(log, step * step);
        List<List<double[]>> lines = new ArrayList<>();
        for (double level : levels) {
            lines.add(ContourLines.trace(log, grid, grid, -limit, limit, -limit, limit, level));
        }
        return new DensityContours(density, a, s, limit, levels, lines);
    }

    /**
     * For each of {@link #MASSES}, the log-density level at which the grid cells with
     * p &gt;= level hold that share of the mass (cells weighted by p times their area).
     */
    static double[] massLevels(double[] logDensity, double cellArea) {
        double[] sorted = logDensity.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (double l : sorted) {
            total += Math.exp(l) * cellArea;
        }
        double[] levels = new double[MASSES.length];
        for (int q = 0; q < MASSES.length; q++) {
            double target = MASSES[q] * total;
            double acc = 0;
            int k = sorted.length - 1;
            for (; k > 0; k--) {
                acc += Math.exp(sorted[k]) * cellArea;
                if (acc >= target) {
                    break;
                }
            }
            levels[q] = sorted[k];
        }
        return levels;
    }

    /** Half the side of the square drawn. */
    public double limit() {
        return limit;
    }

    /** log c_q for each of {@link #MASSES}. */
    public double[] logLevels() {
        return logLevels.clone();
    }

    /** The polylines of contour q, as flat {x0, y0, x1, y1, ...} arrays in data coordinates. */
    public List<double[]> lines(int q) {
        return lines.get(q);
    }

    /** The share of {@code samples} with p(x) &gt;= c_q, to compare with {@code MASSES[q]}. */
    public double fractionInside(PointCloud samples, int q) {
        int n = samples.size();
        double[] log = new double[n];
        density.logDensity(a, s, samples.xs(), samples.ys(), n, log);
        int inside = 0;
        for (double l : log) {
            if (l >= logLevels[q]) {
                inside++;
            }
        }
        return n == 0 ? 0 : inside / (double) n;
    }
}
