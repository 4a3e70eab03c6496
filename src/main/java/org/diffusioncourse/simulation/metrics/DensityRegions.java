package org.diffusioncourse.simulation.metrics;

import java.util.Arrays;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.check.Checks;

/**
 * The highest-density regions of a mixture target, estimated on a square grid: for each mass q
 * of {@link #MASSES}, the level c_q with
 *
 * <pre>  integral over {p &gt;= c_q} of p dx = q,</pre>
 *
 * found by adding the grid cells from the densest down, each weighing p times its area, until
 * they hold q of the grid's total. The target may be noised, x = a x_0 + s eps (the marginal p_t
 * of a Gaussian path at the time with signal scale a and noise std s, {@link NoisedMixture}).
 * Immutable.
 */
public final class DensityRegions {

    /** The masses whose regions are measured: 50%, 90% and 99% of the target. */
    public static final double[] MASSES = {0.5, 0.9, 0.99};

    private final NoisedMixture density;
    private final double a;
    private final double s;
    private final double limit;
    private final int grid;
    private final double[] logDensity;
    private final double[] logLevels;

    private DensityRegions(NoisedMixture density, double a, double s, double limit, int grid, double[] logDensity,
            double[] logLevels) {
        this.density = density;
        this.a = a;
        this.s = s;
        this.limit = limit;
        this.grid = grid;
        this.logDensity = logDensity;
        this.logLevels = logLevels;
    }

    /**
     * The regions of the noised target over [-limit, limit]^2, on a {@code grid} x {@code grid}
     * lattice of points (spacing h = 2 limit / (grid - 1)), each standing for a cell of area h^2.
     */
    public static DensityRegions of(GaussianMixture2D target, double a, double s, double limit, int grid) {
        Checks.requireRange("grid", grid, 2, 4001);
        Checks.requireBetween("limit", limit, 1e-6, 1e6);
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
        return new DensityRegions(density, a, s, limit, grid, log, massLevels(log, step * step));
    }

    /**
     * For each of {@link #MASSES}, the log-density level at which the cells with p &gt;= level
     * hold that share of the cells' total mass (each cell weighing p times {@code cellArea}).
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

    /** Half the side of the square. */
    public double limit() {
        return limit;
    }

    /** Grid points per side. */
    public int grid() {
        return grid;
    }

    /** log p at the grid points, row by row from y = -limit, each row from x = -limit: a copy. */
    public double[] logDensity() {
        return logDensity.clone();
    }

    /** log c_q for each of {@link #MASSES}. */
    public double[] logLevels() {
        return logLevels.clone();
    }

    /** The share of {@code samples} with p(x) &gt;= c_q, to compare with {@code MASSES[q]}. */
    public double fractionInside(PointCloud samples, int q) {
        int n = samples.size();
        if (n == 0) {
            return 0;
        }
        double[] log = new double[n];
        density.logDensity(a, s, samples.xs(), samples.ys(), n, log);
        int inside = 0;
        for (double l : log) {
            if (l >= logLevels[q]) {
                inside++;
            }
        }
        return inside / (double) n;
    }
}
