package org.diffusioncourse.simulation.sampler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.ContinuousPath;
import org.diffusioncourse.simulation.process.DdpmPath;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from the ids the course uses (in the JSON API and the sampler lab) to
 * configured samplers: which process each sampler runs on, each sampler's defaults, the
 * factory, and the compute budget. Every refusal is an {@link InvalidChoice} that names the
 * request field at fault ({@code "process"}, {@code "sampler"}, {@code "steps"}, {@code "eta"},
 * {@code "sigma"}, {@code "stepSize"}, {@code "guidance.class"}, {@code "guidance.scale"},
 * {@code "target"}, {@code "n"}) and the values it accepts.
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
 * ({@link Sampler#evaluationsPerParticle()} is the NFE). Pure and stateless.
 */
public final class SamplerCatalog {

    /**
     * Most work one run may do, in {@link Sampler#cost} units (particles x NFE x mixture
     * components): about 3 s on one core. It admits n = 20000 x 100 steps x 8 components
     * (1.6e7) and n = 2000 x DDPM's 1000 steps x 60 components (1.2e8).
     */
    public static final long BUDGET = 200_000_000L;

    /** Levels of the annealed-Langevin ladder; its {@code steps} must be a multiple of this. */
    public static final int ANNEALED_LEVELS = 10;

    /** Geometric ladder of annealed Langevin: sigma from 3 down to 0.05 (sized for the toy data sets). */
    public static final double ANNEALED_SIGMA_MAX = 3;
    public static final double ANNEALED_SIGMA_MIN = 0.05;

    private static final List<String> DDPM = List.of("ddpm", "ddim");
    private static final List<String> VP = List.of("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
    private static final List<String> VE = List.of("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m", "edm-heun");
    private static final List<String> FLOW = List.of("flow-euler", "flow-heun", "flow-sde");
    private static final List<String> NO_PROCESS = List.of("langevin", "annealed-langevin");

    private static final Map<String, List<String>> BY_PROCESS = byProcess();

    private static final List<String> SAMPLER_IDS = List.of("ddpm", "ddim", "reverse-sde", "pf-ode-euler",
            "pf-ode-heun", "edm-heun", "dpm-solver++2m", "langevin", "annealed-langevin", "flow-euler",
            "flow-heun", "flow-sde");

    private static final String PAIRS = "ddpm-linear and ddpm-cosine take " + String.join(", ", DDPM)
            + "; vp-sde takes " + String.join(", ", VP)
            + "; ve-sde takes " + String.join(", ", VE)
            + "; condot takes " + String.join(", ", FLOW)
            + "; " + String.join(" and ", NO_PROCESS) + " take no process";

    private SamplerCatalog() {
    }

    /**
     * The knobs a sampler may read; each sampler ignores the ones it does not use (see
     * {@link #defaults}).
     *
     * @param steps    steps (noise levels for edm-heun, total steps over all levels for annealed-langevin)
     * @param eta      DDIM stochasticity in [0, 1]
     * @param sigma    flow-sde noise level in [0, 5] (0 is the flow ODE)
     * @param stepSize Langevin step h in (0, 1]; for annealed-langevin the base step epsilon in (0, 1]
     */
    public record Options(int steps, double eta, double sigma, double stepSize) {

        /** A copy with other steps. */
        public Options withSteps(int newSteps) {
            return new Options(newSteps, eta, sigma, stepSize);
        }
    }

    /**
     * Classifier-free guidance towards class y with weight w ({@code ho-2022-cfg}).
     *
     * @param classLabel y, a class of the target with positive weight
     * @param scale      w in [0, 20]: 0 unconditional, 1 conditional, &gt; 1 guided
     */
    public record Guidance(int classLabel, double scale) {
    }

    /**
     * A sampler ready to run on its field.
     *
     * @param sampler the configured sampler
     * @param field   the exact score field it follows (guided if guidance was asked for)
     * @param target  the (unconditional) target, against which runs are scored
     */
    public record Configured(Sampler sampler, ScoreField field, LabelledMixture target) {

        /** The work of n particles: n x NFE x components, known before the run. */
        public long cost(int n) {
            return sampler.cost(n, field);
        }
    }

    /** A refused choice: the field at fault, a sentence naming the value, and what is accepted. */
    public static final class InvalidChoice extends IllegalArgumentException {

        private final String field;
        private final List<String> allowed;

        public InvalidChoice(String field, String message, List<String> allowed) {
            super(message);
            this.field = field;
            this.allowed = List.copyOf(allowed);
        }

        /** The request field at fault, e.g. {@code "guidance.scale"}. */
        public String field() {
            return field;
        }

        /** The accepted values or ranges, e.g. {@code ["0..20"]}. */
        public List<String> allowed() {
            return allowed;
        }
    }

    /** The process ids, in display order. */
    public static List<String> processIds() {
        return GaussianPaths.ids();
    }

    /** The sampler ids, in display order. */
    public static List<String> samplerIds() {
        return SAMPLER_IDS;
    }

    /** The target data-set ids. */
    public static List<String> datasetIds() {
        return ToyDataset.allIds();
    }

    /** The process {@code processId}, with its time convention. */
    public static GaussianPath process(String processId) {
        requireProcess(processId);
        return GaussianPaths.byId(processId);
    }

    /** The samplers that run on {@code processId}; for {@code null} (no process), langevin and annealed-langevin. */
    public static List<String> samplersFor(@Nullable String processId) {
        if (processId == null) {
            return NO_PROCESS;
        }
        requireProcess(processId);
        return BY_PROCESS.get(processId);
    }

    /** The processes {@code samplerId} runs on; empty for the samplers that need none. */
    public static List<String> processesFor(String samplerId) {
        requireSampler(samplerId);
        return BY_PROCESS.entrySet().stream().filter(e -> e.getValue().contains(samplerId)).map(Map.Entry::getKey).toList();
    }

    /** Whether {@code samplerId} takes no process (the Langevin samplers). */
    public static boolean needsNoProcess(String samplerId) {
        requireSampler(samplerId);
        return NO_PROCESS.contains(samplerId);
    }

    /** The pairs in one sentence, as the pair-mismatch message gives them. */
    public static String pairsDescription() {
        return PAIRS;
    }

    /**
     * The defaults of a sampler: steps ddpm 1000 (fixed), ddim 50, reverse-sde 500,
     * pf-ode-euler 100, pf-ode-heun 50, dpm-solver++2m 20, edm-heun 18, flow-euler 100,
     * flow-heun 50, flow-sde 100, langevin 1000, annealed-langevin 1000; eta 0; sigma 0.5;
     * stepSize 0.01 for langevin and 0.002 for annealed-langevin.
     */
    public static Options defaults(String samplerId) {
        requireSampler(samplerId);
        int steps = switch (samplerId) {
            case "ddpm", "langevin", "annealed-langevin" -> 1000;
            case "reverse-sde" -> 500;
            case "ddim", "pf-ode-heun", "flow-heun" -> 50;
            case "dpm-solver++2m" -> 20;
            case "edm-heun" -> 18;
            default -> 100;
        };
        double stepSize = samplerId.equals("annealed-langevin") ? 0.002 : 0.01;
        return new Options(steps, 0.0, 0.5, stepSize);
    }

    /** The class-labelled mixture of a data set. */
    public static LabelledMixture dataset(String datasetId) {
        if (!ToyDataset.allIds().contains(datasetId)) {
            throw new InvalidChoice("target", "target must be one of " + String.join(", ", ToyDataset.allIds())
                    + " or {\"mixture\": ...}; was \"" + shorten(datasetId) + "\"", ToyDataset.allIds());
        }
        return ToyDataset.byId(datasetId).labelled();
    }

    /**
     * Configures {@code samplerId} on {@code processId} (null for the Langevin samplers).
     *
     * @throws InvalidChoice for an unknown id, a pair that does not fit (listing the pairs that
     *                       do) or an option out of range
     */
    public static Sampler sampler(@Nullable String processId, String samplerId, Options options) {
        requireSampler(samplerId);
        if (processId != null) {
            requireProcess(processId);
        }
        requirePair(processId, samplerId);
        try {
            return build(processId, samplerId, options);
        } catch (InvalidChoice e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw fromEngine(e, samplerId);
        }
    }

    /** The exact field of {@code target}, guided towards a class when {@code guidance} is given. */
    public static ScoreField field(LabelledMixture target, @Nullable Guidance guidance) {
        if (guidance == null) {
            return NoisedMixture.of(target.mixture());
        }
        List<String> classes = positiveClasses(target);
        if (!classes.contains(Integer.toString(guidance.classLabel()))) {
            throw new InvalidChoice("guidance.class", "guidance.class must be a class of the target, one of "
                    + String.join(", ", classes) + "; was " + guidance.classLabel(), classes);
        }
        double w = guidance.scale();
        if (!(w >= 0 && w <= GuidedField.MAX_WEIGHT)) {
            throw new InvalidChoice("guidance.scale", "guidance.scale must be between 0 and "
                    + (int) GuidedField.MAX_WEIGHT + ", was " + w, List.of("0.." + (int) GuidedField.MAX_WEIGHT));
        }
        return GuidedField.of(target, guidance.classLabel(), w);
    }

    /** {@link #sampler} and {@link #field} together. */
    public static Configured configure(@Nullable String processId, String samplerId, LabelledMixture target,
            Options options, @Nullable Guidance guidance) {
        Sampler sampler = sampler(processId, samplerId, options);
        return new Configured(sampler, field(target, guidance), target);
    }

    /**
     * Refuses a run above {@link #BUDGET} before it starts. The field blamed is {@code "n"} when
     * the same run with 1000 particles would fit, else {@code "steps"}.
     */
    public static void requireWithinBudget(Configured configured, int n) {
        long cost = configured.cost(n);
        if (cost >= 0 && cost <= BUDGET) {
            return;
        }
        String field = configured.cost(Math.min(n, 1000)) <= BUDGET ? "n" : "steps";
        Sampler s = configured.sampler();
        throw new InvalidChoice(field, "the run would need n x NFE x components = " + n + " x "
                + s.evaluationsPerParticle() + " x " + configured.field().componentCost() + " = " + cost
                + " field evaluations, above the budget of " + BUDGET + "; lower n or steps",
                List.of("n x NFE x components <= " + BUDGET));
    }

    private static Sampler build(@Nullable String processId, String samplerId, Options o) {
        int steps = o.steps();
        requireSteps(steps, Samplers.MAX_STEPS);
        return switch (samplerId) {
            case "ddpm" -> {
                NoiseSchedule schedule = ddpmSchedule(processId);
                if (steps != schedule.steps()) {
                    throw new InvalidChoice("steps", "steps must be " + schedule.steps()
                            + " for ddpm, which runs all T steps (use ddim for fewer), was " + steps,
                            List.of(Integer.toString(schedule.steps())));
                }
                yield Samplers.ddpm(schedule, true);
            }
            case "ddim" -> {
                NoiseSchedule schedule = ddpmSchedule(processId);
                requireSteps(steps, schedule.steps());
                requireBetween("eta", o.eta(), 0, 1);
                yield Samplers.ddim(schedule, steps, o.eta());
            }
            case "reverse-sde" -> Samplers.reverseSde(continuous(processId), steps);
            case "pf-ode-euler" -> Samplers.probabilityFlowEuler(continuous(processId), steps);
            case "pf-ode-heun" -> Samplers.probabilityFlowHeun(continuous(processId), steps);
            case "dpm-solver++2m" -> Samplers.dpmSolverPlusPlus2M(continuous(processId), steps);
            case "edm-heun" -> Samplers.edmHeun(steps);
            case "flow-euler" -> Samplers.flowMatching(steps, false);
            case "flow-heun" -> Samplers.flowMatching(steps, true);
            case "flow-sde" -> {
                requireBetween("sigma", o.sigma(), 0, 5);
                yield Samplers.flowSde(steps, o.sigma());
            }
            case "langevin" -> {
                requireStepSize(o.stepSize());
                yield Samplers.langevin(steps, o.stepSize());
            }
            case "annealed-langevin" -> {
                if (steps % ANNEALED_LEVELS != 0) {
                    throw new InvalidChoice("steps", "steps must be a multiple of " + ANNEALED_LEVELS
                            + " for annealed-langevin (" + ANNEALED_LEVELS + " noise levels), was " + steps,
                            List.of(ANNEALED_LEVELS + ".." + Samplers.MAX_STEPS + " in steps of " + ANNEALED_LEVELS));
                }
                requireStepSize(o.stepSize());
                yield Samplers.annealedLangevin(ANNEALED_LEVELS, steps / ANNEALED_LEVELS,
                        ANNEALED_SIGMA_MAX, ANNEALED_SIGMA_MIN, o.stepSize());
            }
            default -> throw new IllegalStateException("unmapped sampler " + samplerId);
        };
    }

    private static NoiseSchedule ddpmSchedule(@Nullable String processId) {
        return ((DdpmPath) GaussianPaths.byId(processId == null ? "ddpm-linear" : processId)).schedule();
    }

    private static ContinuousPath continuous(@Nullable String processId) {
        return (ContinuousPath) GaussianPaths.byId(processId == null ? "vp-sde" : processId);
    }

    private static void requirePair(@Nullable String processId, String samplerId) {
        if (processId == null) {
            if (!NO_PROCESS.contains(samplerId)) {
                List<String> processes = processesFor(samplerId);
                throw new InvalidChoice("process", "sampler " + samplerId + " needs a process, one of "
                        + String.join(", ", processes) + " (" + PAIRS + ")", processes);
            }
            return;
        }
        if (NO_PROCESS.contains(samplerId)) {
            throw new InvalidChoice("process", "sampler " + samplerId + " takes no process; leave process out, was \""
                    + processId + "\" (" + PAIRS + ")", List.of());
        }
        List<String> fitting = BY_PROCESS.get(processId);
        if (!fitting.contains(samplerId)) {
            throw new InvalidChoice("sampler", "sampler " + samplerId + " does not run on process " + processId
                    + "; " + processId + " takes " + String.join(", ", fitting) + " (" + PAIRS + ")", fitting);
        }
    }

    private static void requireProcess(String processId) {
        if (!BY_PROCESS.containsKey(processId)) {
            throw new InvalidChoice("process", "process must be one of " + String.join(", ", processIds())
                    + "; was \"" + shorten(processId) + "\"", processIds());
        }
    }

    private static void requireSampler(String samplerId) {
        if (!SAMPLER_IDS.contains(samplerId)) {
            throw new InvalidChoice("sampler", "sampler must be one of " + String.join(", ", SAMPLER_IDS)
                    + "; was \"" + shorten(samplerId) + "\"", SAMPLER_IDS);
        }
    }

    private static void requireSteps(int steps, int max) {
        if (steps < 1 || steps > max) {
            throw new InvalidChoice("steps", "steps must be between 1 and " + max + ", was " + steps, List.of("1.." + max));
        }
    }

    private static void requireBetween(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidChoice(field, field + " must be between " + min + " and " + max + ", was " + value,
                    List.of(min + ".." + max));
        }
    }

    private static void requireStepSize(double h) {
        if (!(h > 0 && h <= 1)) {
            throw new InvalidChoice("stepSize", "stepSize must be in (0, 1], was " + h, List.of("(0, 1]"));
        }
    }

    /** Engine checks not mirrored above still name their parameter first; keep that name as the field. */
    private static InvalidChoice fromEngine(IllegalArgumentException e, String samplerId) {
        String message = String.valueOf(e.getMessage());
        String first = message.split(" ", 2)[0];
        String field = List.of("steps", "eta", "sigma", "stepSize").contains(first) ? first : "steps";
        return new InvalidChoice(field, message + " (sampler " + samplerId + ")", List.of());
    }

    private static List<String> positiveClasses(LabelledMixture target) {
        double[] w = target.mixture().weights();
        int[] y = target.classes();
        return java.util.stream.IntStream.range(0, y.length).filter(k -> w[k] > 0).map(k -> y[k])
                .distinct().sorted().mapToObj(Integer::toString).toList();
    }

    private static Map<String, List<String>> byProcess() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("ddpm-linear", DDPM);
        m.put("ddpm-cosine", DDPM);
        m.put("vp-sde", VP);
        m.put("ve-sde", VE);
        m.put("condot", FLOW);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
