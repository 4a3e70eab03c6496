package org.diffusioncourse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ModelRun;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sample}: n samples of a target by one of the course's samplers, with the
 * NFE and the metrics against the exact target. The pairs, defaults and ranges are those of
 * {@link SamplerKind}, the budget that of {@link ConfiguredRun}; the cost n x NFE x components is
 * checked before anything runs, and the run then takes its turn in the {@link RunPool} (a 503 when
 * it has no place). The engine's refusals name their parameter as this request names
 * its field, so each becomes a 400 on that field ({@link InvalidChoice#of}).
 * Same body, same bytes: the seed drives the starting noise, every noise step and then the
 * metrics' fresh target draws, in that order, from one generator.
 *
 * <p>With {@code "model": "<id>"} (one of {@code GET /api/v1/models}) the run follows that trained
 * network ({@link ModelRun}) in place of the exact field, on the data set and process it was
 * trained on (both may be left out); the metrics still compare with the exact target, so the
 * same body with and without {@code model} gives the model error, and the same seed gives the
 * same starting noise to both. A network evaluation costs {@code parameters / 40} mixture
 * components, and the budget counts it.
 */
@RestController
class SampleController {

    /** Particles when the request leaves n out. */
    static final int DEFAULT_N = 1000;

    private static final List<String> KEYS = keys();
    private static final List<String> GUIDANCE_KEYS = List.of("class", "scale");

    /** The fields the engine's refusals may name: the parameters of the registry and the budget. */
    private static final Set<String> ENGINE_FIELDS = Set.of("sampler", "process", "steps", Option.ETA.key(),
            Option.SIGMA.key(), Option.STEP_SIZE.key(), "n", "guidance", "guidance.class", "guidance.scale", "model");

    /** The metrics of {@link SampleMetrics}, in a fixed order. */
    @JsonPropertyOrder({"meanLogDensity", "energyDistance", "modeFractions", "modeWeights", "modeTotalVariation",
            "meanError", "covarianceError"})
    record Metrics(double meanLogDensity, double energyDistance, double[] modeFractions, double[] modeWeights,
            double modeTotalVariation, double meanError, double covarianceError) {
    }

    /** The answer; {@code model} echoes the network's id and is left out of an exact run. */
    @JsonPropertyOrder({"model", "samples", "nfe", "metrics"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Samples(@Nullable String model, double[][] samples, long nfe, Metrics metrics) {
    }

    private final RunPool runs;

    SampleController(RunPool runs) {
        this.runs = runs;
    }

    @PostMapping(path = "/api/v1/sample", produces = MediaType.APPLICATION_JSON_VALUE)
    Samples sample(InputStream body) {
        JsonFields request = JsonFields.parse(body, KEYS);
        String modelId = request.optionalString("model");
        ShippedModel shipped = modelId == null ? null : engine(() -> ShippedModel.byId(modelId));
        LabelledMixture target = shipped == null ? Targets.read(request) : Targets.readFor(request, shipped);
        String samplerId = request.string("sampler");
        String processId = request.optionalString("process");
        SamplerKind kind = engine(() -> SamplerKind.byId(samplerId));
        SamplerOptions defaults = kind.defaults();
        SamplerOptions options = new SamplerOptions(
                (int) request.integer("steps", defaults.steps(), 1, SamplerKind.MAX_STEPS),
                request.number(Option.ETA.key(), defaults.eta()),
                request.number(Option.SIGMA.key(), defaults.sigma()),
                request.number(Option.STEP_SIZE.key(), defaults.stepSize()));
        int n = (int) request.integer("n", DEFAULT_N, 2, Sampler.MAX_PARTICLES);
        long seed = request.integer("seed", 0, 0, Long.MAX_VALUE);
        ConfiguredRun.Guidance guidance = guidance(request);
        ConfiguredRun run = engine(() -> {
            if (shipped != null) {
                TrainedModel model = ModelLibrary.shared().shipped(shipped);
                String name = "model " + shipped.id();
                ConfiguredRun configured = ModelRun.of(model, name, kind, processId, options, guidance);
                ModelRun.requireWithinBudget(configured, n, model, name);
                return configured;
            }
            ConfiguredRun configured = ConfiguredRun.of(kind, processId, target, options, guidance);
            configured.requireWithinBudget(n);
            return configured;
        });
        return runs.run(() -> sample(modelId, kind, run, target, n, seed));
    }

    /** The run and its metrics: the heavy part, on a worker of the {@link RunPool}. */
    private static Samples sample(@Nullable String modelId, SamplerKind kind, ConfiguredRun run, LabelledMixture target,
            int n, long seed) {
        UniformRandomProvider rng = Seeds.generator(seed);
        SampleRun result;
        try {
            result = run.sampler().run(run.field(), n, rng, PathSelection.none());
        } catch (ArithmeticException diverged) {
            String field = kind.uses(Option.STEP_SIZE) ? Option.STEP_SIZE.key() : "steps";
            throw new InvalidChoice(field, diverged.getMessage(), List.of());
        }
        SampleMetrics m = SampleMetrics.of(target.mixture(), result, rng);
        return new Samples(modelId, points(result.samples()), result.nfe(), new Metrics(m.meanLogDensity(), m.energyDistance(),
                m.modeFractions(), m.modeWeights(), m.modeTotalVariation(), m.meanError(), m.covarianceError()));
    }

    /** Runs a call into the engine, answering its refusal on the request field it names. */
    private static <T> T engine(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidParameter refusal) {
            throw InvalidChoice.of(refusal, ENGINE_FIELDS);
        }
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("target", "process", "sampler", "steps", "n", "seed"));
        for (Option option : Option.values()) {
            keys.add(option.key());
        }
        keys.add("guidance");
        keys.add("model");
        return List.copyOf(keys);
    }

    private static ConfiguredRun.@Nullable Guidance guidance(JsonFields request) {
        if (!request.has("guidance")) {
            return null;
        }
        JsonFields g = request.object("guidance", GUIDANCE_KEYS);
        int y = (int) JsonFields.integer(g.required("class"), g.at("class"), 0, Targets.MAX_CLASS);
        return new ConfiguredRun.Guidance(y, g.number("scale"));
    }

    private static double[][] points(PointCloud cloud) {
        double[][] out = new double[cloud.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {cloud.x(i), cloud.y(i)};
        }
        return out;
    }
}
