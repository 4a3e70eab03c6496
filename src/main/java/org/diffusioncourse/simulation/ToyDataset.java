package org.diffusioncourse.simulation;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.check.UnknownId;

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

    /** Two interleaved half circles (48 components; class 0 upper moon, 1 lower moon). */
    TWO_MOONS("two-moons", "Two moons", true),
    /** One arm of an Archimedean spiral, 1.5 turns (60 components, one class). */
    SPIRAL("spiral", "Spiral", true),
    /** Two round blobs on the diagonal (2 components, one class each). */
    TWO_BLOBS("two-blobs", "Two Gaussian blobs", true),
    /** Eight narrow blobs evenly spaced on a circle (8 components, one class each). */
    EIGHT_GAUSSIANS("eight-gaussians", "Eight Gaussians", false),
    /** Two concentric rings, radii 1 and 2 before scaling (12 + 24 components; class = ring). */
    RINGS("rings", "Rings", false),
    /**
     * The 8 dark squares of a 4 x 4 checkerboard, each filled by a 2 x 2 grid of blobs
     * (32 components; class = square).
     */
    CHECKERBOARD("checkerboard", "Checkerboard", false),
    /**
     * Five modes at the corners of a regular pentagon, equal weights, std 0.25 (5 components, one
     * class each): the multimodal Langevin target of the score chapter, whose layout the source
     * does not give, so the symmetric one is used.
     */
    FIVE_MODES("five-modes", "Five modes", false);

    private static final List<String> IDS =
            Arrays.stream(values()).filter(d -> d.forwardDemo).map(ToyDataset::id).toList();
    private static final List<String> ALL_IDS = Arrays.stream(values()).map(ToyDataset::id).toList();

    private final String id;
    private final String label;
    private final boolean forwardDemo;
    private volatile LabelledMixture labelled;

    ToyDataset(String id, String label, boolean forwardDemo) {
        this.id = id;
        this.label = label;
        this.forwardDemo = forwardDemo;
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
     * Looks a data set up by {@link #id()}; every data set, including those not offered by the
     * forward demo, is found.
     *
     * @throws UnknownId on parameter {@code dataset}, listing the allowed ids
     */
    public static ToyDataset byId(String id) {
        return UnknownId.find("dataset", List.of(values()), ToyDataset::id, id);
    }

    /**
     * The ids offered by the forward-noising demo (two-moons, spiral, two-blobs), in declaration
     * order. The sampler data sets added later are in {@link #allIds()} only, so the demo's
     * choices and messages stay as they were.
     */
    public static List<String> ids() {
        return IDS;
    }

    /** Every id, in declaration order. */
    public static List<String> allIds() {
        return ALL_IDS;
    }

    /** The exact mixture that defines this data set (built once, then shared). */
    public GaussianMixture2D mixture() {
        return labelled().mixture();
    }

    /** The mixture with a class label per component (built once, then shared). */
    public LabelledMixture labelled() {
        LabelledMixture m = labelled;
        if (m == null) {
            m = build();
            labelled = m;
        }
        return m;
    }

    private LabelledMixture build() {
        return switch (this) {
            case TWO_MOONS -> LabelledMixture.of(standardized(moonCentres(24), 0.10), halves(48));
            case SPIRAL -> LabelledMixture.unlabelled(standardized(spiralCentres(60), 0.08));
            case TWO_BLOBS -> LabelledMixture.of(
                    standardized(new double[][] {{-1, -1}, {1, 1}}, 0.45), new int[] {0, 1});
            case EIGHT_GAUSSIANS -> LabelledMixture.of(standardized(circle(8, 1.0, 0), 0.1), identity(8));
            case RINGS -> rings();
            case CHECKERBOARD -> checkerboard();
            case FIVE_MODES -> LabelledMixture.of(standardized(circle(5, 1.0, Math.PI / 2), 0.25), identity(5));
        };
    }

    private static int[] halves(int count) {
        int[] c = new int[count];
        for (int i = count / 2; i < count; i++) {
            c[i] = 1;
        }
        return c;
    }

    private static int[] identity(int count) {
        int[] c = new int[count];
        for (int i = 0; i < count; i++) {
            c[i] = i;
        }
        return c;
    }

    /** {@code count} centres on a circle of radius r, the first at angle {@code phase}. */
    private static double[][] circle(int count, double r, double phase) {
        double[][] c = new double[count][];
        for (int i = 0; i < count; i++) {
            double a = phase + 2 * Math.PI * i / count;
            c[i] = new double[] {r * Math.cos(a), r * Math.sin(a)};
        }
        return c;
    }

    /** 12 centres on radius 1 and 24 on radius 2: equal spacing along both rings. */
    private static LabelledMixture rings() {
        double[][] inner = circle(12, 1.0, 0);
        double[][] outer = circle(24, 2.0, 0);
        double[][] centres = new double[36][];
        int[] classes = new int[36];
        for (int i = 0; i < 12; i++) {
            centres[i] = inner[i];
        }
        for (int i = 0; i < 24; i++) {
            centres[12 + i] = outer[i];
            classes[12 + i] = 1;
        }
        return LabelledMixture.of(standardized(centres, 0.08), classes);
    }

    /**
     * Dark cells (i + j even) of a 4 x 4 board of unit cells; each cell holds blobs at its
     * centre +- 1/4 on both axes, so the 2 x 2 grid of blobs fills the square.
     */
    private static LabelledMixture checkerboard() {
        double[][] centres = new double[32][];
        int[] classes = new int[32];
        int k = 0;
        int square = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if ((i + j) % 2 != 0) {
                    continue;
                }
                for (int q = 0; q < 4; q++) {
                    centres[k] = new double[] {i + 0.5 + ((q & 1) == 0 ? -0.25 : 0.25),
                        j + 0.5 + ((q & 2) == 0 ? -0.25 : 0.25)};
                    classes[k++] = square;
                }
                square++;
            }
        }
        return LabelledMixture.of(standardized(centres, 0.15), classes);
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
