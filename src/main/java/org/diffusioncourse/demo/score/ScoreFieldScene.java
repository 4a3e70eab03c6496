package org.diffusioncourse.demo.score;

import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ScoreMagnitude;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.NoiseSchedule;

/**
 * The exact score field of a mixture target noised by a DDPM schedule, as the score-field demo
 * draws it: p_t on a grid, the score grad log p_t on a coarser grid of arrows, and the fields
 * at one probe point, all from {@link NoisedMixture} with a = sqrt(alpha_bar_t),
 * s = sqrt(1 - alpha_bar_t). t = 0 is the clean target, t = T is almost N(0, I). Immutable;
 * a frame costs one grid evaluation, so nothing per t is stored.
 */
public final class ScoreFieldScene {

    /** Half the side of the square shown. */
    public static final double LIMIT = 4.0;
    /** Density grid points per side. */
    public static final int DENSITY_GRID = 64;
    /** Arrows per side. */
    public static final int ARROW_GRID = 17;
    /** Steps of the probe's score-against-t curve: every {@value} steps. */
    public static final int CURVE_STRIDE = 10;

    /** The fields at one point and time. */
    public record Probe(double x, double y, int t, Vec2 score, Vec2 denoised, Vec2 noise) {

        public double scoreNorm() {
            return Math.hypot(score.x(), score.y());
        }
    }

    /** One frame: log p_t on the density grid (row-major, y up) and the arrows' positions and scores. */
    public record Frame(int t, double alphaBar, double[] logDensity, double[] arrowX, double[] arrowY,
            double[] scoreX, double[] scoreY) {
    }

    private final ScoreTarget dataset;
    private final NoiseSchedule schedule;
    private final NoisedMixture field;
    private final ScoreMagnitude magnitude;

    private ScoreFieldScene(ScoreTarget dataset, NoiseSchedule schedule) {
        this.dataset = dataset;
        this.schedule = schedule;
        this.field = NoisedMixture.of(dataset.mixture());
        this.magnitude = ScoreMagnitude.of(dataset.mixture());
    }

    /** The scene of {@code dataset} under {@code schedule} with T = {@value ScoreSettings#STEPS}. */
    public static ScoreFieldScene of(ScoreTarget dataset, NoiseSchedule.Kind schedule) {
        return new ScoreFieldScene(dataset, schedule.schedule(ScoreSettings.STEPS));
    }

    public ScoreTarget dataset() {
        return dataset;
    }

    public NoiseSchedule schedule() {
        return schedule;
    }

    public int steps() {
        return schedule.steps();
    }

    /** Grid coordinate i of n points spanning [-LIMIT, LIMIT]. */
    public static double coordinate(int i, int n) {
        return -LIMIT + 2 * LIMIT * i / (n - 1);
    }

    /** The side x side grid over [-LIMIT, LIMIT]^2, row by row from the bottom, as {xs, ys}. */
    /** The x and y of a side × side grid over the panel, row by row (the density and arrow grids). */
    static double[][] grid(int side) {
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                xs[j * side + i] = coordinate(i, side);
                ys[j * side + i] = coordinate(j, side);
            }
        }
        return new double[][] {xs, ys};
    }

    /** The frame at step t. */
    public Frame frame(int t) {
        double a = schedule.signalScale(t);
        double s = schedule.noiseStd(t);
        int n = DENSITY_GRID * DENSITY_GRID;
        double[][] density = grid(DENSITY_GRID);
        double[] log = new double[n];
        field.logDensity(a, s, density[0], density[1], n, log);
        int m = ARROW_GRID * ARROW_GRID;
        double[][] arrows = grid(ARROW_GRID);
        double[] ax = arrows[0];
        double[] ay = arrows[1];
        FieldBuffer out = FieldBuffer.of(m);
        field.evaluate(a, s, ax, ay, m, out);
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int k = 0; k < m; k++) {
            sx[k] = out.scoreX(k);
            sy[k] = out.scoreY(k);
        }
        return new Frame(t, schedule.alphaBar(t), log, ax, ay, sx, sy);
    }

    // region sm-probe
    /**
     * Score, Tweedie denoiser and noise prediction at (x, y) and step t:
     * grad log p_t(x), D(x) = E[x_0 | x_t = x] = (x + s^2 grad log p_t(x)) / a, and
     * E[eps | x_t = x] = -s grad log p_t(x).
     */
    public Probe probe(double x, double y, int t) {
        double a = schedule.signalScale(t);
        double s = schedule.noiseStd(t);
        Vec2 score = field.score(x, y, a, s);
        Vec2 denoised = field.denoised(x, y, a, s);
        return new Probe(x, y, t, score, denoised, new Vec2(-s * score.x(), -s * score.y()));
    }
    // endregion sm-probe

    /**
     * The root-mean-square of |grad log p_t| under p_t at step t and its closed forms
     * ({@link ScoreMagnitude}): one quadrature of a few thousand to a few hundred thousand points,
     * so the demo caches rows rather than the scene keeping them.
     */
    public ScoreMagnitude.Row magnitude(int t) {
        return magnitude.at(schedule.signalScale(t), schedule.noiseStd(t));
    }

    /** The probe's score at t = 0, 10, 20, .., T. */
    public Probe[] probeCurve(double x, double y) {
        Probe[] curve = new Probe[steps() / CURVE_STRIDE + 1];
        for (int k = 0; k < curve.length; k++) {
            curve[k] = probe(x, y, k * CURVE_STRIDE);
        }
        return curve;
    }
}
