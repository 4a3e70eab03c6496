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
    private final double limit;
    private final double[] logLevels;
    private final List<List<double[]>> lines;

    private DensityContours(NoisedMixture density, double limit, double[] logLevels, List<List<double[]>> lines) {
        this.density = density;
        this.limit = limit;
        this.logLevels = logLevels;
        this.lines = lines;
    }

    /** The contours of {@code target} over [-limit, limit]^2 at {@link #MASSES}. */
    public static DensityContours of(GaussianMixture2D target, double limit) {
        NoisedMixture density = NoisedMixture.of(target);
        int n = GRID * GRID;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double step = 2 * limit / (GRID - 1);
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                xs[j * GRID + i] = -limit + i * step;
                ys[j * GRID + i] = -limit + j * step;
            }
        }
        double[] log = new double[n];
        density.logDensity(1, 0, xs, ys, n, log);
        double[] levels = massLevels(log, step * step);
        List<List<double[]>> lines = new ArrayList<>();
        for (double level : levels) {
            lines.add(ContourLines.trace(log, GRID, GRID, -limit, limit, -limit, limit, level));
        }
        return new DensityContours(density, limit, levels, lines);
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
        density.logDensity(1, 0, samples.xs(), samples.ys(), n, log);
        int inside = 0;
        for (double l : log) {
            if (l >= logLevels[q]) {
                inside++;
            }
        }
        return n == 0 ? 0 : inside / (double) n;
    }
}
