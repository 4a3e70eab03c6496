package org.diffusioncourse.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.PointCloud;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerCatalog.InvalidChoice;
import org.diffusioncourse.simulation.sampler.SamplerCatalog;
import org.diffusioncourse.simulation.sampler.Samplers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sample}: n samples of a target by one of the course's samplers, with the
 * NFE and the metrics against the exact target. The pairs, defaults and budget are those of
 * {@link SamplerCatalog}; the cost n x NFE x components is checked before anything runs.
 * Same body, same bytes: the seed drives the starting noise, every noise step and then the
 * metrics' fresh target draws, in that order, from one generator.
 */
@RestController
class SampleController {

    /** Particles when the request leaves n out. */
    static final int DEFAULT_N = 1000;

    private static final List<String> KEYS = List.of("target", "process", "sampler", "steps", "n", "seed", "eta",
            "sigma", "stepSize", "guidance");
    private static final List<String> GUIDANCE_KEYS = List.of("class", "scale");

    /** The metrics of {@link SampleMetrics}, in a fixed order. */
    @JsonPropertyOrder({"meanLogDensity", "energyDistance", "modeFractions", "modeWeights", "modeTotalVariation",
            "meanError", "covarianceError"})
    record Metrics(double meanLogDensity, double energyDistance, double[] modeFractions, double[] modeWeights,
            double modeTotalVariation, double meanError, double covarianceError) {
    }

    /** The answer. */
    @JsonPropertyOrder({"samples", "nfe", "metrics"})
    record Samples(double[][] samples, long nfe, Metrics metrics) {
    }

    @PostMapping(path = "/api/v1/sample", produces = MediaType.APPLICATION_JSON_VALUE)
    Samples sample(InputStream body) {
        JsonFields request = JsonFields.parse(body, KEYS);
        LabelledMixture target = Targets.read(request);
        String samplerId = request.string("sampler");
        String processId = request.optionalString("process");
        SamplerCatalog.Options defaults = SamplerCatalog.defaults(samplerId);
        SamplerCatalog.Options options = new SamplerCatalog.Options(
                (int) request.integer("steps", defaults.steps(), 1, Samplers.MAX_STEPS),
                request.number("eta", defaults.eta()),
                request.number("sigma", defaults.sigma()),
                request.number("stepSize", defaults.stepSize()));
        int n = (int) request.integer("n", DEFAULT_N, 2, Sampler.MAX_PARTICLES);
        long seed = request.integer("seed", 0, 0, Long.MAX_VALUE);
        SamplerCatalog.Configured run = SamplerCatalog.configure(processId, samplerId, target, options, guidance(request));
        SamplerCatalog.requireWithinBudget(run, n);
        UniformRandomProvider rng = Seeds.generator(seed);
        SampleRun result;
        try {
            result = run.sampler().run(run.field(), n, rng, PathSelection.none());
        } catch (ArithmeticException diverged) {
            String field = SamplerCatalog.needsNoProcess(samplerId) ? "stepSize" : "steps";
            throw new InvalidChoice(field, diverged.getMessage(), List.of());
        }
        SampleMetrics m = SampleMetrics.of(target.mixture(), result, rng);
        return new Samples(points(result.samples()), result.nfe(), new Metrics(m.meanLogDensity(), m.energyDistance(),
                m.modeFractions(), m.modeWeights(), m.modeTotalVariation(), m.meanError(), m.covarianceError()));
    }

    private static SamplerCatalog.@Nullable Guidance guidance(JsonFields request) {
        if (!request.has("guidance")) {
            return null;
        }
        JsonFields g = request.object("guidance", GUIDANCE_KEYS);
        int y = (int) JsonFields.integer(g.required("class"), g.at("class"), 0, Targets.MAX_CLASS);
        return new SamplerCatalog.Guidance(y, g.number("scale"));
    }

    private static double[][] points(PointCloud cloud) {
        double[][] out = new double[cloud.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {cloud.x(i), cloud.y(i)};
        }
        return out;
    }
}
