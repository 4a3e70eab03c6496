package org.diffusioncourse.simulation.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.learn.Memorisation;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.jspecify.annotations.Nullable;

/**
 * The failure modes the course has shown, each a "model" with a severity level 0 .. {@value #LEVELS} - 1,
 * built from the course's own samplers with the exact fields. Level 0 is a healthy setting; each
 * level after it is worse.
 *
 * <ul>
 *   <li>{@code few-steps}: deterministic DDIM (eta = 0, {@code song-2020-ddim}) on the linear
 *       schedule, T = 1000, with 100, 30, 10, 5, 3, 2, 1 steps, following the exact score.</li>
 *   <li>{@code langevin-step}: unadjusted Langevin with the exact score of the target, 50 steps of
 *       size h = c sigma_min^2, c = 0.05, 0.5, 1, 1.5, 2, 3, 3.5 (sigma_min the narrowest
 *       component's std), started from exact target draws, so everything that goes wrong is the
 *       step's bias: on one component N(mu, sigma^2) the chain settles at variance
 *       sigma^2 / (1 - h / (4 sigma^2)), unstable from h = 4 sigma^2.</li>
 *   <li>{@code over-guidance}: classifier-free guidance towards class 0, (1 - w) grad log p_t +
 *       w grad log p_t(x | 0) ({@code ho-2022-cfg}), w = 1, 1.5, 2, 3, 4, 6, 8, by DDIM with
 *       eta = 1 over 50 steps; measured against p(x | 0), which w = 1 samples.</li>
 *   <li>{@code memorisation}: DDIM (eta = 0, 50 steps) with the exact score of the empirical
 *       distribution of m training points drawn from the target, m = 500, 200, 100, 30, 10, 3,
 *       after level 0, which uses the target's own score; the exact minimiser of the denoising
 *       loss on those m points, which a network trained long on a small set approaches
 *       ({@code gu-2023-memorization}).</li>
 * </ul>
 *
 * All levels of one mode share the starting noise and the sampler noise (common random
 * numbers), so differences between levels are the failure's, not the draw's.
 */
public enum FailureMode {

    FEW_STEPS("few-steps", "Too few sampler steps", "steps"),
    LANGEVIN_STEP("langevin-step", "Too large a Langevin step", "stepSize"),
    OVER_GUIDANCE("over-guidance", "Over-guidance", "guidanceWeight"),
    MEMORISATION("memorisation", "Memorisation", "trainingPoints");

    /** Severity levels per mode, 0 healthy. */
    public static final int LEVELS = 7;

    static final int[] DDIM_STEPS = {100, 30, 10, 5, 3, 2, 1};
    static final double[] LANGEVIN_MULTIPLES = {0.05, 0.5, 1, 1.5, 2, 3, 3.5};
    static final int LANGEVIN_STEPS = 50;
    static final double[] GUIDANCE_WEIGHTS = {1, 1.5, 2, 3, 4, 6, 8};
    static final int GUIDANCE_STEPS = 50;
    /** Training set sizes; 0 at level 0 means the target's own score, no training set. */
    static final int[] TRAINING_POINTS = {0, 500, 200, 100, 30, 10, 3};
    static final int MEMORISATION_STEPS = 50;
    /** The class over-guidance aims at. */
    public static final int GUIDED_CLASS = 0;

    private static final NoiseSchedule LINEAR = NoiseSchedule.named("linear", 1000);
    private static final List<String> IDS = Arrays.stream(values()).map(FailureMode::id).toList();

    private final String id;
    private final String label;
    private final String settingName;

    FailureMode(String id, String label, String settingName) {
        this.id = id;
        this.label = label;
        this.settingName = settingName;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The name of the knob the severity turns, as the API writes it: steps, stepSize, guidanceWeight, trainingPoints. */
    public String settingName() {
        return settingName;
    }

    /** @throws UnknownId on parameter {@code failure} */
    public static FailureMode byId(String id) {
        return UnknownId.find("failure", List.of(values()), FailureMode::id, id);
    }

    public static List<String> ids() {
        return IDS;
    }

    /** Whether the target can be used: over-guidance needs at least two classes. */
    public boolean accepts(LabelledMixture target) {
        return this != OVER_GUIDANCE || target.classCount() > 1;
    }

    /** The knob's value at {@code level}: steps, h, w, or m (0: the exact score, no training set). */
    public double setting(LabelledMixture target, int level) {
        requireLevel(level);
        return switch (this) {
            case FEW_STEPS -> DDIM_STEPS[level];
            case LANGEVIN_STEP -> langevinStep(target.mixture(), level);
            case OVER_GUIDANCE -> GUIDANCE_WEIGHTS[level];
            case MEMORISATION -> TRAINING_POINTS[level];
        };
    }

    /** The setting in words, e.g. "10 DDIM steps" or "h = 0.015 (1.5 σ_min²)", h to 3 significant digits. */
    public String describe(LabelledMixture target, int level) {
        requireLevel(level);
        return switch (this) {
            case FEW_STEPS -> DDIM_STEPS[level] + (DDIM_STEPS[level] == 1 ? " DDIM step" : " DDIM steps");
            case LANGEVIN_STEP -> "h = " + new BigDecimal(langevinStep(target.mixture(), level)).round(new MathContext(3))
                    .stripTrailingZeros().toPlainString() + " (" + compact(LANGEVIN_MULTIPLES[level]) + " σ_min²)";
            case OVER_GUIDANCE -> "w = " + compact(GUIDANCE_WEIGHTS[level]);
            case MEMORISATION -> level == 0 ? "the target's own score (no memorisation)"
                    : "copies of " + TRAINING_POINTS[level] + " training points";
        };
    }

    /** The distribution the samples are measured against: p(x | 0) for over-guidance, else the target. */
    public GaussianMixture2D reference(LabelledMixture target) {
        return this == OVER_GUIDANCE ? target.restrictTo(GUIDED_CLASS) : target.mixture();
    }

    /**
     * n samples of the model at {@code level}, seeded: the starting noise from
     * {@code Seeds.generator(seed)}, the sampler noise from seed + 1, Langevin's exact start from
     * seed + 3, the training set from seed + 4.
     *
     * @throws IllegalArgumentException unless 10 &lt;= n &lt;= 2000 and {@link #requireRunnable} passes
     */
    public ModelSamples sample(LabelledMixture target, int level, int n, long seed) {
        requireRunnable(target, level);
        Checks.requireRange("n", n, 10, 2000);
        PointCloud noise = PointCloud.standardNormal(n, Seeds.generator(seed));
        return switch (this) {
            case FEW_STEPS -> run(Samplers.ddim(LINEAR, DDIM_STEPS[level], 0), NoisedMixture.of(target.mixture()), noise, seed,
                    null);
            case LANGEVIN_STEP -> {
                PointCloud start = target.mixture().sample(n, Seeds.generator(seed + 3));
                yield run(Samplers.langevin(LANGEVIN_STEPS, langevinStep(target.mixture(), level)),
                        NoisedMixture.of(target.mixture()), start, seed, null);
            }
            case OVER_GUIDANCE -> run(Samplers.ddim(LINEAR, GUIDANCE_STEPS, 1.0),
                    GuidedField.of(target, GUIDED_CLASS, GUIDANCE_WEIGHTS[level]), noise, seed, null);
            case MEMORISATION -> {
                Sampler ddim = Samplers.ddim(LINEAR, MEMORISATION_STEPS, 0);
                if (level == 0) {
                    yield run(ddim, NoisedMixture.of(target.mixture()), noise, seed, null);
                }
                PointCloud training = target.mixture().sample(TRAINING_POINTS[level], Seeds.generator(seed + 4));
                yield run(ddim, NoisedMixture.of(Memorisation.empiricalDistribution(training)), noise, seed, training);
            }
        };
    }

    /**
     * Checks that this mode runs on {@code target} at {@code level}: the level is 0 .. 6,
     * over-guidance has a target with at least two classes, and Langevin's step h = c sigma_min^2
     * is at most 1 (the sampler's range; a target whose narrowest component is wider than about
     * 0.53 reaches it before level 6).
     *
     * @throws InvalidParameter on {@code severity} or {@code failure}, naming what would run
     */
    public void requireRunnable(LabelledMixture target, int level) {
        requireLevel(level);
        if (!accepts(target)) {
            List<String> fit = Arrays.stream(values()).filter(m -> m.accepts(target)).map(FailureMode::id).toList();
            throw new InvalidParameter("failure", fit, "failure over-guidance needs a target with at least 2 classes, and "
                    + "this one has " + target.classCount() + "; use a labelled target or one of " + String.join(", ", fit));
        }
        if (this == LANGEVIN_STEP && langevinStep(target.mixture(), level) > 1) {
            int highest = 0;
            while (highest + 1 < LEVELS && langevinStep(target.mixture(), highest + 1) <= 1) {
                highest++;
            }
            throw new InvalidParameter("severity", List.of("0.." + highest), "severity " + level + " of langevin-step "
                    + "would take h = " + describe(target, level).substring(4) + ", above the largest step 1 the sampler "
                    + "takes; on this target the severity must be between 0 and " + highest);
        }
    }

    private static ModelSamples run(Sampler sampler, ScoreField field, PointCloud start, long seed,
            @Nullable PointCloud training) {
        SampleRun run = sampler.runFrom(field, start, Seeds.generator(seed + 1), PathSelection.none());
        return new ModelSamples(run.samples(), run.nfe(), training);
    }

    /** h = c sigma_min^2 at {@code level}. */
    static double langevinStep(GaussianMixture2D target, int level) {
        double min = Arrays.stream(target.stds()).min().orElseThrow();
        return LANGEVIN_MULTIPLES[level] * min * min;
    }

    private static void requireLevel(int level) {
        Checks.requireRange("severity", level, 0, LEVELS - 1);
    }

    private static String compact(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
