package org.diffusioncourse.demo.training;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.demo.Param;
import org.diffusioncourse.demo.ParamSet;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.LossWeighting;
import org.diffusioncourse.simulation.learn.Mlp;
import org.diffusioncourse.simulation.learn.Target;
import org.diffusioncourse.simulation.learn.TrainingConfig;
import org.diffusioncourse.simulation.learn.TrainingProcess;
import org.diffusioncourse.simulation.sampler.SamplerKind;

/**
 * The training demo's settings: the training run ({@link #config()}: data set, process, target,
 * loss weighting, network width and depth, batch, steps, learning rate, training-set size,
 * class-conditional or not, seed) and how its network is looked at, which needs no new training:
 * the noise level of the field and denoiser figures (the main control, 0 clean to 100 pure
 * noise), the sampler of the sample comparison, and the class y and weight w of guided samples.
 *
 * <p>The run's choices fit each other by construction, so any link gives a run that can start:
 * <ul>
 *   <li>a target the process cannot serve moves the process (the velocity is CondOT's; eps and the
 *       score need a VP process), and a process moves the target to one it serves;</li>
 *   <li>a sampler of another process moves the process, and a new process takes its own
 *       default sampler;</li>
 *   <li>a class-conditional run needs labelled data with two classes or more, so turning it on
 *       over a data set without classes takes two moons;</li>
 *   <li>steps are at most what the compute budget allows for the network and batch
 *       ({@link TrainingConfig#MAX_WORK}); a wider network or a larger batch lowers them to fit.</li>
 * </ul>
 */
public record TrainingSettings(ToyDataset dataset, TrainingProcess process, Target target, LossWeighting weighting,
        int width, int layers, int batch, int steps, double lr, int n, boolean conditional, long seed,
        int level, SamplerKind sampler, int y, double w) {

    /** Fewest training steps a learner may ask for. */
    static final int MIN_STEPS = 100;
    /** Largest guidance weight. */
    static final double MAX_W = 8;
    /** Smallest learning rate. */
    static final double MIN_LR = 1e-4;
    /** Widths offered: powers of two from 32 to 256. */
    static final List<Integer> WIDTHS = List.of(32, 64, 128, 256);
    /** Depths offered. */
    static final List<Integer> LAYERS = List.of(Mlp.MIN_LAYERS, Mlp.MAX_LAYERS);
    /** The samplers of the processes a network can be trained on. */
    static final List<SamplerKind> SAMPLERS = Arrays.stream(SamplerKind.values())
            .filter(k -> Arrays.stream(TrainingProcess.values()).anyMatch(p -> k.fits(p.path()))).toList();

    static final Param.Choice<TrainingSettings, ToyDataset> DATASET = Param.choice("dataset", List.of(ToyDataset.values()),
            ToyDataset::id, TrainingSettings::dataset, (s, v) -> s.with(v, s.process, s.target, s.conditional && labelled(v)));
    static final Param.Choice<TrainingSettings, TrainingProcess> PROCESS = Param.choice("process",
            List.of(TrainingProcess.values()), TrainingProcess::id, TrainingSettings::process,
            (s, v) -> s.with(s.dataset, v, v.allows(s.target) ? s.target : nativeTarget(v), s.conditional));
    static final Param.Choice<TrainingSettings, Target> TARGET = Param.choice("target", List.of(Target.values()),
            Target::id, TrainingSettings::target, (s, v) -> s.with(s.dataset, s.process.allows(v) ? s.process
                    : v == Target.VELOCITY ? TrainingProcess.CONDOT : TrainingProcess.DDPM_LINEAR, v, s.conditional));
    static final Param.Choice<TrainingSettings, LossWeighting> WEIGHTING = Param.choice("weighting",
            List.of(LossWeighting.values()), LossWeighting::id, TrainingSettings::weighting,
            (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, v, s.width, s.layers, s.batch, s.steps, s.lr,
                    s.n, s.conditional, s.seed, s.level, s.sampler, s.y, s.w));
    static final Param.Choice<TrainingSettings, Integer> WIDTH = Param.choice("width", WIDTHS, String::valueOf,
            TrainingSettings::width, (s, v) -> s.withNetwork(v, s.layers, s.batch));
    static final Param.Choice<TrainingSettings, Integer> LAYERS_PARAM = Param.choice("layers", LAYERS, String::valueOf,
            TrainingSettings::layers, (s, v) -> s.withNetwork(s.width, v, s.batch));
    static final Param.Whole<TrainingSettings> BATCH = Param.whole("batch", TrainingConfig.MIN_BATCH,
            TrainingConfig.MAX_BATCH, TrainingSettings::batch, (s, v) -> s.withNetwork(s.width, s.layers, v));
    static final Param.Whole<TrainingSettings> STEPS = Param.whole("steps", s -> MIN_STEPS, TrainingSettings::maxSteps,
            TrainingSettings::steps, (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width,
                    s.layers, s.batch, v, s.lr, s.n, s.conditional, s.seed, s.level, s.sampler, s.y, s.w));
    static final Param.Number<TrainingSettings> LR = Param.number("lr", MIN_LR, TrainingConfig.MAX_LEARNING_RATE,
            TrainingSettings::lr, (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width,
                    s.layers, s.batch, s.steps, v, s.n, s.conditional, s.seed, s.level, s.sampler, s.y, s.w));
    static final Param.Whole<TrainingSettings> N = Param.whole("n", TrainingConfig.MIN_TRAINING_SET,
            TrainingConfig.MAX_TRAINING_SET, TrainingSettings::n, (s, v) -> new TrainingSettings(s.dataset, s.process,
                    s.target, s.weighting, s.width, s.layers, s.batch, s.steps, s.lr, v, s.conditional, s.seed, s.level,
                    s.sampler, s.y, s.w));
    static final Param.Choice<TrainingSettings, Boolean> CONDITIONAL = Param.choice("conditional", List.of(false, true),
            on -> on ? "on" : "off", TrainingSettings::conditional,
            (s, v) -> s.with(v && !labelled(s.dataset) ? ToyDataset.TWO_MOONS : s.dataset, s.process, s.target, v));
    static final Param.Seed<TrainingSettings> SEED = Param.seed("seed", Long.MAX_VALUE, TrainingSettings::seed,
            (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width, s.layers, s.batch,
                    s.steps, s.lr, s.n, s.conditional, v, s.level, s.sampler, s.y, s.w));
    static final Param.Whole<TrainingSettings> LEVEL = Param.whole("level", 0, 100, TrainingSettings::level,
            (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width, s.layers, s.batch,
                    s.steps, s.lr, s.n, s.conditional, s.seed, v, s.sampler, s.y, s.w));
    static final Param.Choice<TrainingSettings, SamplerKind> SAMPLER = Param.choice("sampler", SAMPLERS, SamplerKind::id,
            TrainingSettings::sampler, TrainingSettings::withSampler);
    static final Param.Whole<TrainingSettings> Y = Param.whole("y", s -> 0, s -> classes(s.dataset) - 1,
            TrainingSettings::y, (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width,
                    s.layers, s.batch, s.steps, s.lr, s.n, s.conditional, s.seed, s.level, s.sampler, v, s.w));
    static final Param.Number<TrainingSettings> W = Param.number("w", 0, MAX_W, TrainingSettings::w,
            (s, v) -> new TrainingSettings(s.dataset, s.process, s.target, s.weighting, s.width, s.layers, s.batch,
                    s.steps, s.lr, s.n, s.conditional, s.seed, s.level, s.sampler, s.y, v));

    /** The defaults: the run of {@link TrainingConfig#defaults()}, noise level 30, DDIM, class 0, w = 3. */
    static final TrainingSettings DEFAULTS = of(TrainingConfig.defaults(), 30, SamplerKind.DDIM, 0, 3);

    /** Link order: the run (with steps after the width and batch that bound them), then the view. */
    public static final ParamSet<TrainingSettings> PARAMS = ParamSet.of(DEFAULTS, DATASET, PROCESS, TARGET, WEIGHTING,
            WIDTH, LAYERS_PARAM, BATCH, STEPS, LR, N, CONDITIONAL, SEED, LEVEL, SAMPLER, Y, W);

    /** Settings that train {@code config} and look at it as given. */
    public static TrainingSettings of(TrainingConfig config, int level, SamplerKind sampler, int y, double w) {
        return new TrainingSettings(config.dataset(), config.process(), config.target(), config.weighting(),
                config.width(), config.layers(), config.batch(), config.steps(), config.learningRate(),
                config.trainingSetSize(), config.classConditional(), config.seed(), level, sampler, y, w);
    }

    /** The training run: the scene key, and the name of its network in the model library. */
    public TrainingConfig config() {
        return new TrainingConfig(dataset, process, target, weighting, width, layers, steps, batch, lr, n, conditional,
                TrainingConfig.DEFAULT_LABEL_DROPOUT, seed);
    }

    /**
     * The process time of the noise level: level 0 is the clean end and 100 the noise end, on
     * every process (CondOT runs its clock the other way, t = 1 being data).
     */
    public double time() {
        double u = level / 100.0;
        return process == TrainingProcess.CONDOT ? process.time(1 - u) : process.time(u);
    }

    /** Most steps the compute budget allows for this network and batch. */
    int maxSteps() {
        long perStep = (long) batch * Mlp.parameterCount(width, layers, conditional ? classes(dataset) : 0);
        return (int) Math.min(TrainingConfig.MAX_STEPS, TrainingConfig.MAX_WORK / perStep);
    }

    /** The process's own default sampler: DDIM for DDPM, DPM-Solver++(2M) on the VP SDE, Heun on CondOT. */
    public static SamplerKind defaultSampler(TrainingProcess process) {
        return switch (process) {
            case DDPM_LINEAR, DDPM_COSINE -> SamplerKind.DDIM;
            case VP_SDE -> SamplerKind.DPM_SOLVER_2M;
            case CONDOT -> SamplerKind.FLOW_HEUN;
        };
    }

    /** The target a process takes when the old one does not fit it: the velocity on CondOT, eps on the others. */
    static Target nativeTarget(TrainingProcess process) {
        return process == TrainingProcess.CONDOT ? Target.VELOCITY : Target.EPS;
    }

    /** Whether {@code dataset} has two classes or more, so a class-conditional run can learn it. */
    static boolean labelled(ToyDataset dataset) {
        return classes(dataset) > 1;
    }

    /** The classes of {@code dataset} (1 for a data set without labels). */
    static int classes(ToyDataset dataset) {
        return dataset.labelled().classCount();
    }

    /** Another data set, process and target (which fit) and conditioning; the rest follows (see the class comment). */
    private TrainingSettings with(ToyDataset d, TrainingProcess p, Target t, boolean c) {
        SamplerKind k = sampler.fits(p.path()) ? sampler : defaultSampler(p);
        TrainingSettings next = new TrainingSettings(d, p, t, weighting, width, layers, batch, steps, lr, n, c, seed,
                level, k, Math.min(y, classes(d) - 1), w);
        return next.withStepsInBudget();
    }

    private TrainingSettings withNetwork(int newWidth, int newLayers, int newBatch) {
        return new TrainingSettings(dataset, process, target, weighting, newWidth, newLayers, newBatch, steps, lr, n,
                conditional, seed, level, sampler, y, w).withStepsInBudget();
    }

    private TrainingSettings withSampler(SamplerKind kind) {
        if (kind.fits(process.path())) {
            return new TrainingSettings(dataset, process, target, weighting, width, layers, batch, steps, lr, n,
                    conditional, seed, level, kind, y, w);
        }
        TrainingProcess p = Arrays.stream(TrainingProcess.values()).filter(q -> kind.fits(q.path())).findFirst()
                .orElseThrow();
        Target t = p.allows(target) ? target : nativeTarget(p);
        return new TrainingSettings(dataset, p, t, weighting, width, layers, batch, steps, lr, n, conditional, seed,
                level, kind, y, w).withStepsInBudget();
    }

    private TrainingSettings withStepsInBudget() {
        int most = maxSteps();
        return steps <= most ? this : new TrainingSettings(dataset, process, target, weighting, width, layers, batch,
                most, lr, n, conditional, seed, level, sampler, y, w);
    }
}
