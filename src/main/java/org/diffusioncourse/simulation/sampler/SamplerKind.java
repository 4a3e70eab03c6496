package org.diffusioncourse.simulation.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diffusioncourse.simulation.check.Checks;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.DdpmPath;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VeSde;
import org.diffusioncourse.simulation.process.VpSde;
import org.jspecify.annotations.Nullable;

/**
 * The samplers of the course, the one registry of them, as Commons RNG's {@code RandomSource}
 * is of its generators. Each constant holds the id the JSON API, the sampler lab and links use,
 * its labels, the processes it runs on, its defaults, the options it reads (whose ranges are
 * those of {@link Option}), how many steps it accepts, and its factory. A sampler's
 * {@link Sampler#id()} is its constant's id.
 *
 * <p>The pairs ({@code ho-2020-ddpm}, {@code song-2020-ddim}, {@code song-2021-score-sde},
 * {@code karras-2022-edm}, {@code lu-2022-dpm-solver}, {@code lipman-2022-flow-matching},
 * {@code song-2019-ncsn}):
 *
 * <pre>
 *   ddpm-linear, ddpm-cosine  ddpm (all T = 1000 steps, variance beta_tilde), ddim (steps of the T, eta)
 *   vp-sde                    reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m (t from 1 down to 1e-3)
 *   ve-sde                    the same and edm-heun (Karras sigmas 0.002 .. 80, rho 7, steps levels)
 *   condot                    flow-euler, flow-heun, flow-sde (sigma), t from 0 (noise) to 1 (data)
 *   no process                langevin (stepSize h), annealed-langevin (10 levels 3 .. 0.05, stepSize epsilon)
 * </pre>
 *
 * {@code steps} counts steps, not evaluations: Heun samplers make two evaluations per step
 * ({@link Sampler#evaluationsPerParticle()} is the NFE). Every refusal is an
 * {@link InvalidParameter} naming {@code sampler}, {@code process}, {@code steps}, {@code eta},
 * {@code sigma} or {@code stepSize}: an {@link UnknownId} for an unknown id, a
 * {@link MismatchedPair} for a pair that does not fit.
 *
 * <p>It is long because it is the one registry of samplers (as {@code RandomSource} is of
 * generators): every sampler's id, labels, processes, steps rule, defaults, options and factory,
 * and the checks of a request against them, are kept in one place.
 */
public enum SamplerKind {

    /** DDPM ancestral sampling over all T steps with the posterior variance beta_tilde. */
    DDPM("ddpm", "DDPM ancestral", "DDPM", List.of(DdpmPath.class), Steps.ALL_OF_SCHEDULE, standard(1000), Set.of(),
            false, (path, o) -> Samplers.ddpm(schedule(path), true)),
    /** DDIM over an evenly spaced subsequence of the T steps, stochasticity eta. */
    DDIM("ddim", "DDIM", "DDIM", List.of(DdpmPath.class), Steps.UP_TO_SCHEDULE, standard(50), Set.of(Option.ETA),
            false, (path, o) -> Samplers.ddim(schedule(path), o.steps(), o.eta())),
    /** Euler-Maruyama on the reverse-time SDE. */
    REVERSE_SDE("reverse-sde", "Reverse SDE (Euler–Maruyama)", "Reverse SDE", List.of(VpSde.class, VeSde.class),
            Steps.ANY, standard(500), Set.of(), false, (path, o) -> Samplers.reverseSde(continuous(path), o.steps())),
    /** The probability-flow ODE by Euler. */
    PF_ODE_EULER("pf-ode-euler", "Probability-flow ODE, Euler", "PF-ODE Euler", List.of(VpSde.class, VeSde.class),
            Steps.ANY, standard(100), Set.of(), true,
            (path, o) -> Samplers.probabilityFlowEuler(continuous(path), o.steps())),
    /** The probability-flow ODE by Heun, two evaluations per step. */
    PF_ODE_HEUN("pf-ode-heun", "Probability-flow ODE, Heun", "PF-ODE Heun", List.of(VpSde.class, VeSde.class),
            Steps.ANY, standard(50), Set.of(), true,
            (path, o) -> Samplers.probabilityFlowHeun(continuous(path), o.steps())),
    /** EDM's Heun sampler over Karras noise levels (sigma_min 0.002, sigma_max 80, rho 7); NFE 2N - 1. */
    EDM_HEUN("edm-heun", "EDM Heun (Karras σ)", "EDM Heun", List.of(VeSde.class), Steps.NOISE_LEVELS, standard(18),
            Set.of(), false, (path, o) -> Samplers.edmHeun(o.steps())),
    /** DPM-Solver++(2M), steps even in log-SNR. */
    DPM_SOLVER_2M("dpm-solver++2m", "DPM-Solver++(2M)", "DPM-Solver++(2M)", List.of(VpSde.class, VeSde.class),
            Steps.ANY, standard(20), Set.of(), true,
            (path, o) -> Samplers.dpmSolverPlusPlus2M(continuous(path), o.steps())),
    /** Unadjusted Langevin dynamics on the clean target, step h. */
    LANGEVIN("langevin", "Langevin (unadjusted)", "Langevin (unadjusted)", List.of(), Steps.ANY,
            standard(1000), Set.of(Option.STEP_SIZE), false, (path, o) -> Samplers.langevin(o.steps(), o.stepSize())),
    /** NCSN's annealed Langevin over 10 noise levels from 3 down to 0.05, base step epsilon. */
    ANNEALED_LANGEVIN("annealed-langevin", "Annealed Langevin", "Annealed Langevin", List.of(), Steps.PER_NOISE_LEVEL,
            standard(1000, 0.002), Set.of(Option.STEP_SIZE), false,
            (path, o) -> Samplers.annealedLangevin(SamplerKind.ANNEALED_LEVELS, o.steps() / SamplerKind.ANNEALED_LEVELS,
                    SamplerKind.ANNEALED_SIGMA_MAX, SamplerKind.ANNEALED_SIGMA_MIN, o.stepSize())),
    /** The flow-matching ODE on CondOT by Euler, t from 0 (noise) to 1 (data). */
    FLOW_EULER("flow-euler", "Flow-matching ODE, Euler", "Flow Euler", List.of(CondOtPath.class), Steps.ANY,
            standard(100), Set.of(), true, (path, o) -> Samplers.flowMatching(o.steps(), false)),
    /** The flow-matching ODE on CondOT by Heun. */
    FLOW_HEUN("flow-heun", "Flow-matching ODE, Heun", "Flow Heun", List.of(CondOtPath.class), Steps.ANY,
            standard(50), Set.of(), true, (path, o) -> Samplers.flowMatching(o.steps(), true)),
    /** The SDE extension of the flow-matching ODE with noise level sigma. */
    FLOW_SDE("flow-sde", "Flow-matching SDE", "Flow SDE", List.of(CondOtPath.class), Steps.ANY, standard(100),
            Set.of(Option.SIGMA), false, (path, o) -> Samplers.flowSde(o.steps(), o.sigma()));

    /** Most steps (or levels x steps per level) any sampler accepts. */
    public static final int MAX_STEPS = 5000;

    /** Levels of the annealed-Langevin ladder; its {@code steps} must be a multiple of this. */
    public static final int ANNEALED_LEVELS = 10;

    /** Geometric ladder of annealed Langevin: sigma from 3 down to 0.05 (sized for the toy data sets). */
    public static final double ANNEALED_SIGMA_MAX = 3;
    public static final double ANNEALED_SIGMA_MIN = 0.05;

    private static final List<String> IDS = Arrays.stream(values()).map(SamplerKind::id).toList();

    /**
     * The real-valued options a sampler may read, each with the one range every caller checks
     * against (the API, the lab, the factories in {@link Samplers}) and its default.
     */
    public enum Option {
        /** DDIM stochasticity: 0 deterministic, 1 as DDPM's posterior variance. */
        ETA(Range.closed("eta", 0, 1), 0.0, "η"),
        /** Noise level of the flow-matching SDE: 0 is the ODE. */
        SIGMA(Range.closed("sigma", 0, 5), 0.5, "σ"),
        /** Langevin step h, or annealed Langevin's base step epsilon: it must move, and above 1 it diverges. */
        STEP_SIZE(Range.aboveUpTo("stepSize", 0, 1), 0.01, "h");

        private final Range range;
        private final double defaultValue;
        private final String symbol;

        Option(Range range, double defaultValue, String symbol) {
            this.range = range;
            this.defaultValue = defaultValue;
            this.symbol = symbol;
        }

        /** The option's name in requests, links and messages, e.g. {@code "stepSize"}. */
        public String key() {
            return range.parameter();
        }

        /** The values it accepts. */
        public Range range() {
            return range;
        }

        /** The value a sampler uses when nothing else is asked for. */
        public double defaultValue() {
            return defaultValue;
        }

        /** The option's symbol in the lessons' notation, e.g. {@code "η"}. */
        public String symbol() {
            return symbol;
        }
    }

    /** How many steps a sampler accepts, besides 1 .. {@value #MAX_STEPS}. */
    private enum Steps {
        /** Any count. */
        ANY,
        /** Any count of noise levels (the steps are levels). */
        NOISE_LEVELS,
        /** At most the T of the DDPM schedule. */
        UP_TO_SCHEDULE,
        /** Exactly the T of the DDPM schedule. */
        ALL_OF_SCHEDULE,
        /** A multiple of {@link #ANNEALED_LEVELS}: the same steps at every level. */
        PER_NOISE_LEVEL
    }

    /** Builds a sampler from checked options; the path is null for the samplers that take none. */
    @FunctionalInterface
    private interface Factory {
        Sampler create(@Nullable GaussianPath path, SamplerOptions options);
    }

    private final String id;
    private final String label;
    private final String shortLabel;
    private final List<Class<? extends GaussianPath>> fits;
    private final Steps steps;
    private final SamplerOptions defaults;
    private final Set<Option> options;
    private final boolean solvesProbabilityFlow;
    private final Factory factory;

    SamplerKind(String id, String label, String shortLabel, List<Class<? extends GaussianPath>> fits, Steps steps,
            SamplerOptions defaults, Set<Option> options, boolean solvesProbabilityFlow, Factory factory) {
        this.id = id;
        this.label = label;
        this.shortLabel = shortLabel;
        this.fits = fits;
        this.steps = steps;
        this.defaults = defaults;
        this.options = options;
        this.solvesProbabilityFlow = solvesProbabilityFlow;
        this.factory = factory;
    }

    /** The id in requests and links, e.g. {@code "dpm-solver++2m"}. */
    public String id() {
        return id;
    }

    /** The name in headings and menus, e.g. {@code "Reverse SDE (Euler–Maruyama)"}. */
    public String label() {
        return label;
    }

    /** A short name for figure headings and legends, e.g. {@code "Reverse SDE"}. */
    public String shortLabel() {
        return shortLabel;
    }

    /** What its steps count: {@code "levels"} for EDM's noise levels, else {@code "steps"}. */
    public String stepsNoun() {
        return steps == Steps.NOISE_LEVELS ? "levels" : "steps";
    }

    /** Its defaults: the steps given in the table above, eta 0, sigma 0.5, stepSize 0.01 (0.002 annealed). */
    public SamplerOptions defaults() {
        return defaults;
    }

    /** The real-valued options it reads. */
    public Set<Option> options() {
        return options;
    }

    /** Whether it reads {@code option}. */
    public boolean uses(Option option) {
        return options.contains(option);
    }

    /** Whether it runs all T steps of its schedule, so its step count is not a choice. */
    public boolean fixedSteps() {
        return steps == Steps.ALL_OF_SCHEDULE;
    }

    /**
     * Whether it is a deterministic solver of its process's probability-flow ODE over the time
     * range and from the start of {@link Samplers#referenceOde}, so its error against that
     * reference is its discretisation error alone.
     */
    public boolean solvesProbabilityFlow() {
        return solvesProbabilityFlow;
    }

    /** Whether it takes no process (the Langevin samplers, which run on the clean target). */
    public boolean needsNoProcess() {
        return fits.isEmpty();
    }

    /** Whether it runs on {@code path}; null asks whether it takes no process. */
    public boolean fits(@Nullable GaussianPath path) {
        if (path == null) {
            return fits.isEmpty();
        }
        return fits.stream().anyMatch(c -> c.isInstance(path));
    }

    /** The ids of the processes it runs on, in display order; empty for those that take none. */
    public List<String> processes() {
        return GaussianPaths.ids().stream().filter(p -> fits(GaussianPaths.byId(p))).toList();
    }

    /** Every id, in display order. */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * The sampler with {@code id}.
     *
     * @throws UnknownId on parameter {@code sampler}, listing every id
     */
    public static SamplerKind byId(String id) {
        return UnknownId.find("sampler", List.of(values()), SamplerKind::id, id);
    }

    /**
     * The samplers that run on {@code processId} (null: those that take no process). Those that
     * run on several kinds of process come first, each group in declaration order, so ve-sde
     * offers what vp-sde offers and then EDM's sampler.
     *
     * @throws UnknownId on parameter {@code process}
     */
    public static List<SamplerKind> forProcess(@Nullable String processId) {
        GaussianPath path = processId == null ? null : GaussianPaths.byId(processId);
        return Arrays.stream(values()).filter(k -> k.fits(path))
                .sorted(Comparator.comparingInt((SamplerKind k) -> -k.fits.size())).toList();
    }

    /** The ids of {@link #forProcess}. */
    public static List<String> idsFor(@Nullable String processId) {
        return forProcess(processId).stream().map(SamplerKind::id).toList();
    }

    /** Every pair in one sentence, as a pair that does not fit is answered. */
    public static String pairsDescription() {
        List<String> parts = new ArrayList<>();
        List<String> processes = GaussianPaths.ids();
        for (int i = 0; i < processes.size(); ) {
            List<String> fitting = idsFor(processes.get(i));
            int j = i + 1;
            while (j < processes.size() && idsFor(processes.get(j)).equals(fitting)) {
                j++;
            }
            List<String> group = processes.subList(i, j);
            parts.add(String.join(" and ", group) + (group.size() > 1 ? " take " : " takes ") + String.join(", ", fitting));
            i = j;
        }
        List<String> none = idsFor(null);
        parts.add(String.join(" and ", none) + (none.size() > 1 ? " take" : " takes") + " no process");
        return String.join("; ", parts);
    }

    /**
     * This sampler on process {@code processId} (null for none) with {@code options}, all checked:
     * the pair, the steps, and each option it reads against its {@link Option#range()}.
     *
     * @throws InvalidParameter an {@link UnknownId} for an unknown process, a
     *                          {@link MismatchedPair}, or a refusal of {@code steps}, {@code eta},
     *                          {@code sigma} or {@code stepSize}
     */
    public Sampler create(@Nullable String processId, SamplerOptions options) {
        return create(processId == null ? null : GaussianPaths.byId(processId), options);
    }

    /** {@link #create(String, SamplerOptions)} on a path already looked up. */
    public Sampler create(@Nullable GaussianPath path, SamplerOptions options) {
        requireFits(path);
        requireSteps(options.steps(), path);
        for (Option option : Option.values()) {
            if (uses(option)) {
                option.range().require(options.value(option));
            }
        }
        return factory.create(path, options);
    }

    /**
     * Whether {@code count} steps are accepted on {@code path}: 1 .. {@value #MAX_STEPS}, at most
     * T for ddim, exactly T for ddpm, a multiple of {@value #ANNEALED_LEVELS} for annealed-langevin.
     */
    public boolean acceptsSteps(int count, @Nullable GaussianPath path) {
        return stepsRefusal(count, path) == null;
    }

    /** Refuses a step count {@link #acceptsSteps} would not accept, naming {@code steps}. */
    public void requireSteps(int count, @Nullable GaussianPath path) {
        InvalidParameter refusal = stepsRefusal(count, path);
        if (refusal != null) {
            throw refusal;
        }
    }

    private @Nullable InvalidParameter stepsRefusal(int count, @Nullable GaussianPath path) {
        InvalidParameter any = Checks.rangeRefusal("steps", count, 1, MAX_STEPS);
        if (any != null) {
            return any;
        }
        return switch (steps) {
            case ANY, NOISE_LEVELS -> null;
            case UP_TO_SCHEDULE -> Checks.rangeRefusal("steps", count, 1, schedule(path).steps());
            case ALL_OF_SCHEDULE -> {
                int t = schedule(path).steps();
                yield count == t ? null : new InvalidParameter("steps", List.of(Integer.toString(t)), "steps must be "
                        + t + " for " + id + ", which runs all T steps (use ddim for fewer), was " + count);
            }
            case PER_NOISE_LEVEL -> count % ANNEALED_LEVELS == 0 ? null : new InvalidParameter("steps",
                    List.of(ANNEALED_LEVELS + ".." + MAX_STEPS + " in steps of " + ANNEALED_LEVELS), "steps must be a "
                    + "multiple of " + ANNEALED_LEVELS + " for " + id + " (" + ANNEALED_LEVELS + " noise levels), was " + count);
        };
    }

    private void requireFits(@Nullable GaussianPath path) {
        if (fits(path)) {
            return;
        }
        if (path == null) {
            throw new MismatchedPair("process", processes(), "sampler " + id + " needs a process, one of "
                    + String.join(", ", processes()));
        }
        if (needsNoProcess()) {
            throw new MismatchedPair("process", List.of(), "sampler " + id + " takes no process; leave process out, was \""
                    + path.id() + "\"");
        }
        List<String> fitting = idsFor(path.id());
        throw new MismatchedPair("sampler", fitting, "sampler " + id + " does not run on process " + path.id() + "; "
                + path.id() + " takes " + String.join(", ", fitting));
    }

    /** {@code steps} and every option's default. */
    private static SamplerOptions standard(int steps) {
        return standard(steps, Option.STEP_SIZE.defaultValue());
    }

    private static SamplerOptions standard(int steps, double stepSize) {
        return new SamplerOptions(steps, Option.ETA.defaultValue(), Option.SIGMA.defaultValue(), stepSize);
    }

    private static NoiseSchedule schedule(@Nullable GaussianPath path) {
        return ((DdpmPath) Objects.requireNonNull(path, "a DDPM sampler needs its DDPM process")).schedule();
    }

    private static ContinuousPath continuous(@Nullable GaussianPath path) {
        return (ContinuousPath) Objects.requireNonNull(path, "this sampler needs a continuous process");
    }
}
