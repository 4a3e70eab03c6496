package org.diffusioncourse.demo.landscape;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.Checks;

/**
 * Everything the consistency-map demo needs for one (data set, seed, n): n noise points x_1 ~
 * N(0, I) at t = 1, their exact probability-flow trajectories at the grid times t_k = k / 100
 * (k = 1 .. 100) and at the end time eps (k = 0), and, computed on first use, what k-step Euler
 * makes of the consistency map from each grid time.
 *
 * <p>Because every point of a trajectory has the same exact image, f(x_{t_k}, t_k) = x_eps for
 * every k ({@code song-2023-consistency}), the exact endpoints are the k = 0 cloud; the Euler
 * endpoints differ from it and from each other, and those differences are the demo's numbers.
 *
 * <p>The Euler clouds are kept in an array with one slot per offered step count and grid time
 * (7 x 101), filled on first use. It is bounded by construction: at most 707 clouds of at most
 * {@value #MAX_POINTS} points (5.7 MB; with the trajectories a scene holds at most 6.5 MB, and
 * about 0.7 MB at the usual 200 points with one step count scrubbed), and it leaves the demo's
 * scene cache with the scene. Only the offered step counts are memoised, so no caller can grow it.
 * Thread-safe: the trajectories are fixed at construction and a slot is set once (two threads
 * that race for one compute the same cloud, and the first one stored is kept).
 */
public final class ConsistencyScene {

    /** Grid times per unit of t: t_k = k / GRID. */
    public static final int GRID = 100;

    /** Fewest points. */
    public static final int MIN_POINTS = 10;

    /** Most points: one scene stays under half a second to build. */
    public static final int MAX_POINTS = 500;

    /** The Euler step counts the demo offers. */
    public static final int[] STEP_CHOICES = {1, 2, 4, 8, 16, 32, 64};

    private final ToyDataset dataset;
    private final long seed;
    private final ConsistencyMap map;
    private final PointCloud[] positions;
    private final AtomicReferenceArray<PointCloud> euler = new AtomicReferenceArray<>(STEP_CHOICES.length * (GRID + 1));

    private ConsistencyScene(ToyDataset dataset, long seed, int n) {
        this.dataset = dataset;
        this.seed = seed;
        this.map = ConsistencyMap.of(dataset.mixture());
        PointCloud noise = PointCloud.standardNormal(n, Seeds.generator(seed));
        double[] times = new double[GRID + 1];
        for (int j = 0; j <= GRID; j++) {
            times[j] = time(GRID - j);
        }
        PointCloud[] downwards = map.trajectory(noise, times);
        positions = new PointCloud[GRID + 1];
        for (int k = 0; k <= GRID; k++) {
            positions[k] = downwards[GRID - k];
        }
    }

    /**
     * Draws n points of N(0, I) from {@code Seeds.generator(seed)} as x_1 (the VP-SDE's a(1) = 0.0066
     * makes p_1 equal to N(0, I) to within that factor) and integrates them down the grid.
     *
     * @throws IllegalArgumentException unless seed &gt;= 0 and n is within {@link #MIN_POINTS} .. {@link #MAX_POINTS}
     */
    public static ConsistencyScene of(ToyDataset dataset, long seed, int n) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, was " + seed);
        }
        Checks.requireRange("n", n, MIN_POINTS, MAX_POINTS);
        return new ConsistencyScene(dataset, seed, n);
    }

    /** t_k = k / 100, except t_0 = eps = 0.001, the end time of the map. */
    public static double time(int k) {
        requireIndex(k);
        return k == 0 ? ConsistencyMap.END : k / (double) GRID;
    }

    /** Whether {@code steps} is one of {@link #STEP_CHOICES}. */
    public static boolean offersSteps(int steps) {
        return Arrays.stream(STEP_CHOICES).anyMatch(s -> s == steps);
    }

    /** The step counts offered, for a list of choices. */
    public static List<Integer> stepChoices() {
        return Arrays.stream(STEP_CHOICES).boxed().toList();
    }

    public ToyDataset dataset() {
        return dataset;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return positions[0].size();
    }

    public ConsistencyMap map() {
        return map;
    }

    /** x_{t_k}: the trajectory points at grid time k (k = 100 is the starting noise). */
    public PointCloud at(int k) {
        requireIndex(k);
        return positions[k];
    }

    /** The exact consistency map's output, the same for every k: the trajectories' ends x_eps. */
    public PointCloud exactEndpoints() {
        return positions[0];
    }

    /**
     * f by {@code steps} Euler steps from x_{t_k} at t_k (memoised).
     *
     * @throws IllegalArgumentException unless 0 &lt;= k &lt;= 100 and steps is one of {@link #STEP_CHOICES}
     */
    public PointCloud eulerEndpoints(int k, int steps) {
        requireIndex(k);
        int choice = Arrays.binarySearch(STEP_CHOICES, steps);
        if (choice < 0) {
            throw new IllegalArgumentException("steps must be one of " + String.join(", ",
                    stepChoices().stream().map(String::valueOf).toList()) + ", was " + steps);
        }
        int slot = choice * (GRID + 1) + k;
        PointCloud cloud = euler.get(slot);
        if (cloud == null) {
            euler.compareAndSet(slot, null, map.euler(positions[k], time(k), steps));
            cloud = euler.get(slot);
        }
        return cloud;
    }

    /** Mean distance from the Euler map's outputs at t_k to the exact map's: the error of cheap integration. */
    public double eulerError(int k, int steps) {
        return meanDistance(eulerEndpoints(k, steps), exactEndpoints());
    }

    /**
     * Mean distance between the Euler map's outputs from t_k and from t = 1 along the same exact
     * trajectories: how far k-step Euler is from being self-consistent (0 for the exact map).
     */
    public double eulerGap(int k, int steps) {
        return meanDistance(eulerEndpoints(k, steps), eulerEndpoints(GRID, steps));
    }

    /**
     * The exact map's own self-consistency, checked independently: the largest distance between
     * f(x_{t_k}, t_k), solved afresh from t_k, and the trajectory's end. Only solver error remains.
     */
    public double exactGap(int k) {
        PointCloud again = map.exact(positions[k], time(k));
        double worst = 0;
        for (int i = 0; i < again.size(); i++) {
            worst = Math.max(worst, Math.hypot(again.x(i) - positions[0].x(i), again.y(i) - positions[0].y(i)));
        }
        return worst;
    }

    /**
     * The fewest of {@link #STEP_CHOICES} whose Euler map from t = 1 lands within a mean distance
     * {@code tolerance} of the exact map, or -1 if even 64 steps do not.
     */
    public int fewestStepsWithin(double tolerance) {
        for (int steps : STEP_CHOICES) {
            if (eulerError(GRID, steps) < tolerance) {
                return steps;
            }
        }
        return -1;
    }

    /** Mean Euclidean distance between matching points of two clouds of the same size. */
    public static double meanDistance(PointCloud a, PointCloud b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("b must have " + a.size() + " points like a, had " + b.size());
        }
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += Math.hypot(a.x(i) - b.x(i), a.y(i) - b.y(i));
        }
        return sum / a.size();
    }

    private static void requireIndex(int k) {
        if (k < 0 || k > GRID) {
            throw new IllegalArgumentException("k must be between 0 and " + GRID + ", was " + k);
        }
    }
}
