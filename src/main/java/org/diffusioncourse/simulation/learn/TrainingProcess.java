package org.diffusioncourse.simulation.learn;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.process.DdpmPath;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.TimeGrid;

/**
 * The processes a network can be trained on, with the time each training pair is drawn at and
 * the network time tau in [0, 1] it is shown:
 *
 * <pre>
 *   ddpm-linear, ddpm-cosine   t uniform in the integer steps 1 .. T (T = 1000), tau = t / T   (ho-2020-ddpm)
 *   vp-sde                     t uniform in [1e-3, 1], tau = t                                 (song-2021-score-sde)
 *   condot                     t uniform in [0, 1 - 1e-3], tau = t; t = 0 is noise              (lipman-2022-flow-matching)
 * </pre>
 *
 * A sampler asks a field at (a, s), not at a time, so {@link #tauOf} maps a pair back to tau by
 * the log signal-to-noise ratio, which each path runs through monotonically. The ids are the
 * paths' own ({@link GaussianPaths}).
 */
public enum TrainingProcess {

    /** DDPM, linear schedule, T = 1000. */
    DDPM_LINEAR("ddpm-linear"),
    /** DDPM, cosine schedule, T = 1000. */
    DDPM_COSINE("ddpm-cosine"),
    /** The VP SDE, beta 0.1 .. 20. */
    VP_SDE("vp-sde"),
    /** The CondOT path of flow matching. */
    CONDOT("condot");

    /** The smallest distance to the clean end of a continuous path, as the samplers' eps_t. */
    public static final double END = TimeGrid.END;

    private final String id;
    private volatile GaussianPath path;

    TrainingProcess(String id) {
        this.id = id;
    }

    /** The id, e.g. {@code "vp-sde"}. */
    public String id() {
        return id;
    }

    /** @throws UnknownId on parameter {@code process} */
    public static TrainingProcess byId(String id) {
        return UnknownId.find("process", List.of(values()), TrainingProcess::id, id);
    }

    /** The path, as {@link GaussianPaths#byId} gives it to the samplers. */
    public GaussianPath path() {
        GaussianPath p = path;
        if (p == null) {
            p = GaussianPaths.byId(id);
            path = p;
        }
        return p;
    }

    /**
     * Whether a network with this target can serve this process: the velocity is CondOT's, and
     * on CondOT eps and the score cannot give the denoiser at t = 0, where a = 0.
     */
    public boolean allows(Target target) {
        return this == CONDOT ? target == Target.X0 || target == Target.VELOCITY : target != Target.VELOCITY;
    }

    /** The targets {@link #allows}, in display order. */
    public List<String> targetIds() {
        return Arrays.stream(Target.values()).filter(this::allows).map(Target::id).toList();
    }

    // region learn-time
    /** The training time for a uniform draw u in [0, 1): see the table in the class comment. */
    public double time(double u) {
        return switch (this) {
            case DDPM_LINEAR, DDPM_COSINE -> 1 + Math.min(steps() - 1, (int) (u * steps()));
            case VP_SDE -> END + (1 - END) * u;
            case CONDOT -> (1 - END) * u;
        };
    }

    /** tau in [0, 1], the time the network is shown. */
    public double tau(double t) {
        return isDdpm() ? t / steps() : t;
    }

    /** a(t). */
    public double signalScale(double t) {
        return path().signalScale(t);
    }

    /** s(t). */
    public double noiseStd(double t) {
        return path().noiseStd(t);
    }

    /**
     * The tau at which the path has signal scale a and noise std s, by their ratio a / s: CondOT
     * t = a / (a + s); VP t solves beta_min t + (beta_max - beta_min) t^2 / 2 = log(1 + s^2/a^2);
     * DDPM interpolates the step in log-SNR between the two steps of the schedule around it.
     * Clamped to [0, 1].
     */
    public double tauOf(double a, double s) {
        double tau = switch (this) {
            case CONDOT -> a / (a + s);
            case VP_SDE -> vpTime(a, s);
            case DDPM_LINEAR, DDPM_COSINE -> ddpmStep(a, s) / steps();
        };
        return Math.max(0.0, Math.min(1.0, tau));
    }
    // endregion learn-time

    private static double vpTime(double a, double s) {
        if (a == 0) {
            return 1.0;
        }
        VpSde vp = VpSde.standard();
        double b0 = vp.beta(0);
        double slope = vp.beta(1) - b0;
        double integral = Math.log1p((s / a) * (s / a));
        return (-b0 + Math.sqrt(b0 * b0 + 2 * slope * integral)) / slope;
    }

    private double ddpmStep(double a, double s) {
        NoiseSchedule schedule = schedule();
        int steps = schedule.steps();
        double logSnr = 2 * Math.log(a / s);
        // log-SNR falls with the step; find the last step whose log-SNR is still >= the target.
        if (logSnr >= logSnr(schedule, 1)) {
            return Math.max(0, 1 - (logSnr - logSnr(schedule, 1)));
        }
        if (logSnr <= logSnr(schedule, steps)) {
            return steps;
        }
        int lo = 1;
        int hi = steps;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (logSnr(schedule, mid) >= logSnr) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double l0 = logSnr(schedule, lo);
        double l1 = logSnr(schedule, hi);
        return lo + (l0 - logSnr) / (l0 - l1);
    }

    private static double logSnr(NoiseSchedule schedule, int t) {
        double ab = schedule.alphaBar(t);
        return Math.log(ab / (1 - ab));
    }

    private boolean isDdpm() {
        return this == DDPM_LINEAR || this == DDPM_COSINE;
    }

    private NoiseSchedule schedule() {
        return ((DdpmPath) path()).schedule();
    }

    private int steps() {
        return schedule().steps();
    }
}
