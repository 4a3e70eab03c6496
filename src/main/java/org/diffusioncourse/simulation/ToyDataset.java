package org.diffusioncourse.simulation;

import java.util.Arrays;
import java.util.List;

/**
 * The toy 2-D data sets of the course. Each one <em>is</em> a {@link GaussianMixture2D}: narrow
 * isotropic components laid along the shape, so exact noised densities and scores are available.
 *
 * <p>Every mixture is centred (exact mean 0) and scaled by one factor on both axes so that its
 * total variance, the trace of its covariance, is exactly 2, as for N(0, I). The shapes keep
 * their true proportions; the covariance is not exactly I (the moons are wider than tall), and
 * that difference is part of the structure the forward process erases, since
 * Cov(x_t) = alpha_bar_t Cov(x_0) + (1 - alpha_bar_t) I tends to I.
 */
public enum ToyDataset {

    /** Two interleaved half circles (48 components). */
    TWO_MOONS("two-moons", "Two moons"),
    /** One arm of an Archimedean spiral, 1.5 turns (60 components). */
    SPIRAL("spiral", "Spiral"),
    /** Two round blobs on the diagonal (2 components). */
    TWO_BLOBS("two-blobs", "Two Gaussian blobs");

    private static final List<String> IDS = Arrays.stream(values()).map(ToyDataset::id).toList();

    private final String id;
    private final String label;
    private volatile GaussianMixture2D mixture;

    ToyDataset(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable identifier used in URLs and parameters, e.g. {@code "two-moons"}. */
    public String id() {
        return id;
    }

    /** Human-readable name, e.g. {@code "Two moons"}. */
    public String label() {
        return label;
    }

    /**
     * Looks a data set up by {@link #id()}.
     *
     * @throws IllegalArgumentException listing the allowed ids
     */
    public static ToyDataset byId(String id) {
        for (ToyDataset d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "dataset must be one of " + String.join(", ", IDS) + "; was \"" + id + "\"");
    }

    /** All ids, in declaration order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The exact mixture that defines this data set (built once, then shared). */
    public GaussianMixture2D mixture() {
        GaussianMixture2D m = mixture;
        if (m == null) {
            m = build();
            mixture = m;
        }
        return m;
    }

    private GaussianMixture2D build() {
        return switch (this) {
            case TWO_MOONS -> standardized(moonCentres(24), 0.10);
            case SPIRAL -> standardized(spiralCentres(60), 0.08);
            case TWO_BLOBS -> standardized(new double[][] {{-1, -1}, {1, 1}}, 0.45);
        };
    }

    /** Upper moon: (cos a, sin a); lower moon: (1 - cos a, 1/2 - sin a), a in [0, pi]. */
    private static double[][] moonCentres(int perMoon) {
        double[][] c = new double[2 * perMoon][];
        for (int i = 0; i < perMoon; i++) {
            double a = Math.PI * i / (perMoon - 1);
            c[i] = new double[] {Math.cos(a), Math.sin(a)};
            c[perMoon + i] = new double[] {1 - Math.cos(a), 0.5 - Math.sin(a)};
        }
        return c;
    }

    /**
     * Centres on r = a for a in [pi, 4 pi]. Arc length grows like a^2 / 2, so spacing a^2
     * evenly spaces the centres along the curve and the density looks uniform along the arm.
     */
    private static double[][] spiralCentres(int count) {
        double a0 = Math.PI;
        double a1 = 4 * Math.PI;
        double[][] c = new double[count][];
        for (int i = 0; i < count; i++) {
            double a = Math.sqrt(a0 * a0 + (a1 * a1 - a0 * a0) * i / (count - 1));
            c[i] = new double[] {a * Math.cos(a), a * Math.sin(a)};
        }
        return c;
    }

    /**
     * Equal weights, component std {@code sigma}, and centres shifted and scaled by one factor a
     * so the mixture has mean 0 and total variance a^2 (Var(mu_x) + Var(mu_y)) + 2 sigma^2 = 2.
     */
    private static GaussianMixture2D standardized(double[][] centres, double sigma) {
        int k = centres.length;
        double mx = 0;
        double my = 0;
        for (double[] c : centres) {
            mx += c[0] / k;
            my += c[1] / k;
        }
        double vx = 0;
        double vy = 0;
        for (double[] c : centres) {
            vx += (c[0] - mx) * (c[0] - mx) / k;
            vy += (c[1] - my) * (c[1] - my) / k;
        }
        double ax = Math.sqrt((2 - 2 * sigma * sigma) / (vx + vy));
        double ay = ax;
        double[] weights = new double[k];
        double[][] means = new double[k][];
        double[] stds = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = 1.0 / k;
            means[i] = new double[] {ax * (centres[i][0] - mx), ay * (centres[i][1] - my)};
            stds[i] = sigma;
        }
        return GaussianMixture2D.of(weights, means, stds);
    }
}
