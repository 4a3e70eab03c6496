package org.diffusioncourse.demo.forward;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.CrossingBand;
import org.diffusioncourse.simulation.ForwardProcess;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.StructureProxy;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * Everything the forward-noising demo needs for one (data set, schedule, seed, n): the clean
 * cloud x_0, one fixed noise cloud eps, and the structure proxy S along a grid of steps.
 *
 * <p>Reusing one eps for every t means x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps
 * ({@code ho-2020-ddpm}) moves each point along a smooth path as t changes, and the same seed
 * always gives the same figure. Immutable and thread-safe: build once, cache, share.
 */
public final class ForwardScene {

    /** Share of N(0, I) within radius 2 of the origin: P(chi^2_2 &lt;= 4) = 1 - e^-2, about 0.865. */
    public static final double GAUSSIAN_WITHIN_RADIUS_2 = 1.0 - Math.exp(-2.0);

    private final ToyDataset dataset;
    private final NoiseSchedule schedule;
    private final ForwardProcess process;
    private final long seed;
    private final PointCloud data;
    private final PointCloud noise;
    private final int[] grid;
    private final double[] proxy;
    /**
     * S(x_t) off the grid, as computed, for t = 0..T (raw bits; 0 = not yet). A slider move asks for
     * it twice (readout and text alternative), and every learner on the same scene asks again: the
     * two-sample KS statistic is most of a move's cost, and one value per step is 8 bytes.
     */
    private final AtomicLongArray offGrid;
    private final double threshold;
    private final int crossingStep;
    private final boolean crossingReached;
    private final CrossingBand crossingBand;

    private ForwardScene(ToyDataset dataset, NoiseSchedule schedule, long seed, int n) {
        this.dataset = dataset;
        this.schedule = schedule;
        this.process = ForwardProcess.of(schedule);
        this.seed = seed;
        UniformRandomProvider rng = Seeds.generator(seed);
        // Data first, then noise, from one stream: the data cloud depends only on (data set, seed, n).
        this.data = dataset.mixture().sample(n, rng);
        this.noise = PointCloud.standardNormal(n, rng);
        this.grid = grid(schedule.steps());
        this.proxy = StructureProxy.curve(data, noise, schedule, grid);
        this.offGrid = new AtomicLongArray(schedule.steps() + 1);
        this.threshold = StructureProxy.threshold(n);
        int found = StructureProxy.crossingStep(grid, proxy, threshold);
        this.crossingReached = found >= 0;
        this.crossingStep = crossingReached ? found : schedule.steps();
        this.crossingBand = CrossingBand.of(crossingStep, schedule.steps());
    }

    /**
     * Builds the scene: x_0 = n draws from the data set's mixture, then eps = n draws of
     * N(0, I), both from {@code Seeds.generator(seed)}, then S on {@link #grid(int)}.
     *
     * @throws IllegalArgumentException unless seed &gt;= 0 and n is within
     *     {@link ForwardSettings#MIN_POINTS} .. {@link ForwardSettings#MAX_POINTS}
     */
    public static ForwardScene of(ToyDataset dataset, NoiseSchedule schedule, long seed, int n) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, was " + seed);
        }
        if (n < ForwardSettings.MIN_POINTS || n > ForwardSettings.MAX_POINTS) {
            throw new IllegalArgumentException("n must be between " + ForwardSettings.MIN_POINTS + " and "
                    + ForwardSettings.MAX_POINTS + ", was " + n);
        }
        return new ForwardScene(dataset, schedule, seed, n);
    }

    /**
     * The evaluation grid for T steps: every max(1, T / 100) steps from 0, plus T itself
     * (0, 10, ..., 1000 for T = 1000: 101 steps).
     */
    public static int[] grid(int steps) {
        int spacing = Math.max(1, steps / 100);
        int count = steps / spacing + 1;
        boolean endIncluded = (count - 1) * spacing == steps;
        int[] g = new int[endIncluded ? count : count + 1];
        for (int i = 0; i < count; i++) {
            g[i] = i * spacing;
        }
        g[g.length - 1] = steps;
        return g;
    }

    /**
     * The cloud and its summary at step t: x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) eps
     * ({@code ho-2020-ddpm}) with this scene's x_0 and eps, and S(x_t) at exactly t.
     *
     * @throws IllegalArgumentException unless 0 &lt;= t &lt;= T
     */
    public Snapshot at(int t) {
        PointCloud points = process.noise(data, noise, t);
        double s = proxyAt(t);
        return new Snapshot(t, points, schedule.alphaBar(t), schedule.noiseStd(t), s, threshold,
                points.meanX(), points.meanY(), points.fractionWithin(2.0));
    }

    /** S(x_t) at exactly t: the cached grid value when t is on the grid, computed otherwise. */
    public double proxyAt(int t) {
        int g = Arrays.binarySearch(grid, t);
        if (g >= 0) {
            return proxy[g];
        }
        if (t < 0 || t > schedule.steps()) {
            throw new IllegalArgumentException("t must be between 0 and " + schedule.steps() + ", was " + t);
        }
        long known = offGrid.get(t);
        if (known != 0) {
            return Double.longBitsToDouble(known);
        }
        double s = StructureProxy.distance(data, noise, schedule.signalScale(t), schedule.noiseStd(t));
        // Two threads may both compute it; they store the same bits. A distance of exactly +0.0
        // has raw bits 0 and is simply computed again.
        offGrid.set(t, Double.doubleToRawLongBits(s));
        return s;
    }

    public ToyDataset dataset() {
        return dataset;
    }

    public NoiseSchedule schedule() {
        return schedule;
    }

    public long seed() {
        return seed;
    }

    /** n, the number of points. */
    public int size() {
        return data.size();
    }

    /** T. */
    public int steps() {
        return schedule.steps();
    }

    /** x_0, the clean data. */
    public PointCloud data() {
        return data;
    }

    /** eps, the one noise draw shared by every t. */
    public PointCloud noise() {
        return noise;
    }

    /** A copy of the grid of steps the proxy curve is evaluated on. */
    public int[] grid() {
        return grid.clone();
    }

    /** A copy of S at each grid step. */
    public double[] proxyCurve() {
        return proxy.clone();
    }

    /** tau(n), the proxy threshold. */
    public double threshold() {
        return threshold;
    }

    /**
     * t*, the first grid step from which S stays below tau. If S is still at or above tau at
     * t = T (this happens for about 1 seed in 20 even for pure noise, by the 5% level of the
     * test), this is T and {@link #crossingReached()} is false.
     */
    public int crossingStep() {
        return crossingStep;
    }

    /** Whether S ends below tau, so that {@link #crossingStep()} is a real crossing. */
    public boolean crossingReached() {
        return crossingReached;
    }

    /** The band of {@link #crossingStep()}: early, middle or late. */
    public CrossingBand crossingBand() {
        return crossingBand;
    }

    /**
     * The state at one step, with the numbers the figure's text alternative reports.
     *
     * @param t              the step
     * @param points         x_t
     * @param alphaBar       alpha_bar_t
     * @param noiseStd       sqrt(1 - alpha_bar_t)
     * @param proxy          S(x_t)
     * @param threshold      tau(n)
     * @param meanX          sample mean of the x coordinates of x_t
     * @param meanY          sample mean of the y coordinates of x_t
     * @param withinRadius2  share of points with |x_t| &lt;= 2; compare {@link #GAUSSIAN_WITHIN_RADIUS_2}
     */
    public record Snapshot(int t, PointCloud points, double alphaBar, double noiseStd, double proxy,
            double threshold, double meanX, double meanY, double withinRadius2) {

        /** n. */
        public int size() {
            return points.size();
        }

        /** Whether S(x_t) is below tau. */
        public boolean belowThreshold() {
            return proxy < threshold;
        }
    }
}
