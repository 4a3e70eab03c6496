package org.diffusioncourse.demo.langevin;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.AnnealedLangevinSampler;
import org.diffusioncourse.simulation.sampler.LangevinSampler;
import org.diffusioncourse.simulation.sampler.ParticlePath;

/**
 * The Langevin lesson's scene: n particles on the five-mode mixture (chapter 004 of the sources,
 * {@code holderrieth-2025-mit-notes}), moved for {@value #ITERATIONS} iterations by unadjusted
 * Langevin dynamics with step size eta,
 *
 * <pre>  x &lt;- x + eta grad log p(x) + sqrt(2 eta) z,   z ~ N(0, I),</pre>
 *
 * which is the engine's {@link LangevinSampler} step with h = 2 eta. Annealed mode follows NCSN
 * ({@code song-2019-ncsn}): {@value #LEVELS} levels of {@value #ITERATIONS_PER_LEVEL} iterations on
 * p_sigma, the target blurred by N(0, sigma^2 I), for sigma from {@value #SIGMA_MAX} down to
 * {@value #SIGMA_MIN} geometrically, with step eta_i = eta sigma_i^2 / sigma_L^2, so eta is the
 * step of the last level.
 *
 * <p>A particle that moves further than {@value #ESCAPE_RADIUS} from the origin has diverged (a
 * step size beyond the stability limit); it is frozen there and counted as escaped. Immutable;
 * every position of every particle is kept so a slider only indexes.
 *
 * <p>It is long because the run and every statistic the figure, its text alternative and the
 * practice answers read (occupancy, spread, distance from the target's split) work on the
 * particle arrays it keeps private.
 */
public final class LangevinScene {

    public static final int ITERATIONS = 1000;
    public static final int LEVELS = 10;
    public static final int ITERATIONS_PER_LEVEL = ITERATIONS / LEVELS;
    public static final double SIGMA_MAX = 2.0;
    public static final double SIGMA_MIN = 0.05;
    public static final int MIN_PARTICLES = 10;
    public static final int MAX_PARTICLES = 200;
    public static final double ESCAPE_RADIUS = 1e3;
    /** The corner every particle starts from with {@link Start#CORNER}. */
    public static final Vec2 CORNER = new Vec2(2.5, -2.5);
    /** Half the side of the square the {@link Start#SPREAD} start fills uniformly. */
    public static final double SPREAD = 3.0;

    private static final double[] SIGMAS = AnnealedLangevinSampler.ladder(LEVELS, SIGMA_MAX, SIGMA_MIN);

    /** Where the particles start. */
    public enum Start {
        /** All at {@link #CORNER}, outside every mode. */
        CORNER,
        /** Uniform on [-3, 3]^2. */
        SPREAD;

        /** How links write it: {@code corner} or {@code spread}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final double eta;
    private final boolean annealed;
    private final Start start;
    private final long seed;
    private final int n;
    private final double[][] xs = new double[ITERATIONS + 1][];
    private final double[][] ys = new double[ITERATIONS + 1][];
    private final double[] modeDistance = new double[ITERATIONS + 1];
    /** The iteration at which each particle escaped, or past the end if it never did. */
    private final int[] escapedAt;

    private LangevinScene(double eta, boolean annealed, Start start, long seed, int n) {
        this.eta = eta;
        this.annealed = annealed;
        this.start = start;
        this.seed = seed;
        this.n = n;
        escapedAt = new int[n];
        Arrays.fill(escapedAt, ITERATIONS + 1);
        UniformRandomProvider rng = Seeds.generator(seed);
        xs[0] = new double[n];
        ys[0] = new double[n];
        for (int i = 0; i < n; i++) {
            xs[0][i] = start == Start.CORNER ? CORNER.x() : SPREAD * (2 * rng.nextDouble() - 1);
            ys[0][i] = start == Start.CORNER ? CORNER.y() : SPREAD * (2 * rng.nextDouble() - 1);
        }
        run(NoisedMixture.of(target()), ZigguratSampler.NormalizedGaussian.of(rng));
        double[] weights = target().weights();
        for (int k = 0; k <= ITERATIONS; k++) {
            double[] shares = occupancy(k);
            double tv = shares[weights.length];
            for (int m = 0; m < weights.length; m++) {
                tv += Math.abs(shares[m] - weights[m]);
            }
            modeDistance[k] = tv / 2;
        }
    }

    /**
     * The scene for step size {@code eta}.
     *
     * @throws IllegalArgumentException unless 0 &lt; eta &lt;= 1, 10 &lt;= n &lt;= 200 and seed &gt;= 0
     */
    public static LangevinScene of(double eta, boolean annealed, Start start, long seed, int n) {
        Checks.requirePositiveAtMost("eta", eta, 1);
        Checks.requireRange("n", n, MIN_PARTICLES, MAX_PARTICLES);
        Checks.requireRange("seed", seed, 0, Long.MAX_VALUE);
        return new LangevinScene(eta, annealed, start, seed, n);
    }

    /** The five-mode mixture every scene samples. */
    public static GaussianMixture2D target() {
        return ToyDataset.FIVE_MODES.mixture();
    }

    /** The noise level of iteration k &gt;= 1: sigma_i of its level when annealed, else 0. */
    public double sigmaAt(int k) {
        Checks.requireRange("k", k, 1, ITERATIONS);
        return annealed ? SIGMAS[(k - 1) / ITERATIONS_PER_LEVEL] : 0.0;
    }

    /** The step size of iteration k &gt;= 1: eta, or eta sigma_i^2 / sigma_L^2 when annealed. */
    public double stepAt(int k) {
        double sigma = sigmaAt(k);
        return annealed ? eta * sigma * sigma / (SIGMA_MIN * SIGMA_MIN) : eta;
    }

    // region langevin-update
    private void run(NoisedMixture field, ZigguratSampler.NormalizedGaussian gauss) {
        FieldBuffer score = FieldBuffer.of(n);
        for (int k = 1; k <= ITERATIONS; k++) {
            double sigma = sigmaAt(k);      // 0: the target itself; > 0: the target blurred by sigma
            double h = 2 * stepAt(k);       // the engine writes the step with h = 2 eta
            double[] x = xs[k - 1].clone();
            double[] y = ys[k - 1].clone();
            field.evaluate(1.0, sigma, x, y, n, score);
            for (int i = 0; i < n; i++) {
                if (escapedAt[i] < k) {
                    continue;               // diverged earlier: frozen where it left
                }
                // x + eta grad log p(x) + sqrt(2 eta) z, one coordinate at a time
                x[i] = LangevinSampler.step(x[i], score.scoreX(i), h, gauss.sample());
                y[i] = LangevinSampler.step(y[i], score.scoreY(i), h, gauss.sample());
                double r = Math.hypot(x[i], y[i]);
                if (r > ESCAPE_RADIUS) {
                    escapedAt[i] = k;
                    x[i] *= ESCAPE_RADIUS / r;
                    y[i] *= ESCAPE_RADIUS / r;
                }
            }
            xs[k] = x;
            ys[k] = y;
        }
    }
    // endregion langevin-update

    /** The particles after k iterations (k = 0 is the start). */
    public PointCloud particles(int k) {
        int s = iteration(k);
        return PointCloud.wrap(xs[s].clone(), ys[s].clone());
    }

    /** Particle i after iterations 0 .. k. */
    public ParticlePath path(int i, int k) {
        int s = iteration(k);
        Checks.requireRange("i", i, 0, n - 1);
        double[] t = new double[s + 1];
        double[] px = new double[s + 1];
        double[] py = new double[s + 1];
        for (int j = 0; j <= s; j++) {
            t[j] = j;
            px[j] = xs[j][i];
            py[j] = ys[j][i];
        }
        return new ParticlePath(i, t, px, py);
    }

    /**
     * After k iterations, the share of particles in each of the five modes (nearest by
     * responsibility, as {@link SampleMetrics} assigns them), then the share that escaped.
     */
    public double[] occupancy(int k) {
        int s = iteration(k);
        int kept = 0;
        double[] kx = new double[n];
        double[] ky = new double[n];
        for (int i = 0; i < n; i++) {
            if (escapedAt[i] > s) {
                kx[kept] = xs[s][i];
                ky[kept] = ys[s][i];
                kept++;
            }
        }
        int modes = target().components();
        double[] shares = new double[modes + 1];
        if (kept > 0) {
            double[] inModes = SampleMetrics.modeFractions(target(),
                    PointCloud.wrap(Arrays.copyOf(kx, kept), Arrays.copyOf(ky, kept)));
            for (int m = 0; m < modes; m++) {
                shares[m] = inModes[m] * kept / n;
            }
        }
        shares[modes] = (n - kept) / (double) n;
        return shares;
    }

    /**
     * The spread of the particles around their own modes after k iterations: the mean of
     * |x - mu_m|^2 / 2 over particles that have not escaped, with m the nearest mode. Exact
     * sampling gives the modes' variance s^2 = 0.0625; Langevin's bias inflates it towards
     * {@link #stationaryVariance}. NaN when every particle escaped.
     */
    public double withinModeVariance(int k) {
        int s = iteration(k);
        double[][] means = target().means();
        double sum = 0;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (escapedAt[i] <= s) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (double[] mu : means) {
                double dx = xs[s][i] - mu[0];
                double dy = ys[s][i] - mu[1];
                best = Math.min(best, dx * dx + dy * dy);
            }
            sum += best / 2;
            kept++;
        }
        return kept == 0 ? Double.NaN : sum / kept;
    }

    /** How many modes hold at least one particle after k iterations. */
    public int occupiedModes(int k) {
        double[] shares = occupancy(k);
        int count = 0;
        for (int m = 0; m < shares.length - 1; m++) {
            if (shares[m] > 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Total variation between the occupancy after k iterations and the target's weights (1/5
     * each), counting escaped particles as missing mass: 0 is a perfect split, 0.8 all in one mode.
     */
    public double modeDistance(int k) {
        return modeDistance[iteration(k)];
    }

    /**
     * The stationary variance of this Langevin step on a 1-D Gaussian of variance s^2: the update
     * x &lt;- (1 - eta/s^2) x + sqrt(2 eta) z settles at s^2 / (1 - eta / (2 s^2)), and only for
     * eta &lt; 2 s^2; beyond that it diverges ({@code roberts-1996-mala}).
     *
     * @return the variance, or +infinity when eta &gt;= 2 s^2
     */
    public static double stationaryVariance(double eta, double variance) {
        return eta >= 2 * variance ? Double.POSITIVE_INFINITY : variance / (1 - eta / (2 * variance));
    }

    /** 2 s^2 for the narrowest mode of the target: the largest step at which it stays stable. */
    public static double largestStableStep() {
        double narrowest = Arrays.stream(target().stds()).min().orElseThrow();
        return 2 * narrowest * narrowest;
    }

    /** The ladder sigma_1 &gt; .. &gt; sigma_L of annealed mode. */
    public static double[] sigmas() {
        return SIGMAS.clone();
    }

    public double eta() {
        return eta;
    }

    public boolean annealed() {
        return annealed;
    }

    public Start start() {
        return start;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return n;
    }

    private static int iteration(int k) {
        Checks.requireRange("k", k, 0, ITERATIONS);
        return k;
    }
}
