package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.learn.ModelLibrary;
import org.diffusioncourse.simulation.learn.ShippedModel;
import org.diffusioncourse.simulation.learn.TrainedModel;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.diffusioncourse.simulation.sampler.SamplerOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/models and the {@code model} field of POST /api/v1/sample over real HTTP: the list,
 * a run on a network bit for bit as the engine gives it, the metrics against the exact target, and
 * every refusal of a network that does not fit the request.
 */
class ModelApiTest extends ApiOverHttp {

    private static final String SAMPLE = "/api/v1/sample";

    private static TrainedModel shipped(ShippedModel model) {
        return ModelLibrary.shared().shipped(model);
    }

    /** The engine's run on {@code field}, scored as the API scores: one generator for the noise and the metrics. */
    private static SampleRun run(Sampler sampler, ScoreField field, int n, long seed, LabelledMixture target,
            SampleMetrics[] metrics) {
        UniformRandomProvider rng = Seeds.generator(seed);
        SampleRun result = sampler.run(field, n, rng, PathSelection.none());
        metrics[0] = SampleMetrics.of(target.mixture(), result, rng);
        return result;
    }

    private static void assertSamples(JsonNode body, SampleRun expected) {
        JsonNode samples = body.get("samples");
        assertThat(samples.size()).isEqualTo(expected.samples().size());
        for (int i = 0; i < samples.size(); i++) {
            assertThat(samples.get(i).get(0).asDouble()).isEqualTo(expected.samples().x(i));
            assertThat(samples.get(i).get(1).asDouble()).isEqualTo(expected.samples().y(i));
        }
    }

    @Test
    void theListHoldsEveryShippedNetworkWithItsConfigurationAndFinalLossAndRevalidates() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/models");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode list = ApiHttp.JSON.readTree(response.body());
        assertThat(list.valueStream().map(m -> m.get("id").asString()).toList()).isEqualTo(ShippedModel.ids());
        JsonNode first = list.get(0);
        assertThat(first.propertyNames()).containsExactly("id", "dataset", "process", "target", "width", "layers",
                "steps", "batch", "learningRate", "trainingSetSize", "weighting", "classConditional", "classes", "seed",
                "parameters", "finalLoss", "samplers");
        assertThat(first.get("id").asString()).isEqualTo("two-moons-eps");
        assertThat(first.get("dataset").asString()).isEqualTo("two-moons");
        assertThat(first.get("process").asString()).isEqualTo("ddpm-linear");
        assertThat(first.get("target").asString()).isEqualTo("eps");
        assertThat(first.get("width").asInt()).isEqualTo(64);
        assertThat(first.get("steps").asInt()).isEqualTo(3000);
        assertThat(first.get("finalLoss").asDouble()).isEqualTo(shipped(ShippedModel.TWO_MOONS_EPS).finalLoss());
        assertThat(first.get("parameters").asInt()).isEqualTo(ShippedModel.TWO_MOONS_EPS.config().parameterCount());
        assertThat(ApiHttp.strings(first.get("samplers"))).containsExactly("ddpm", "ddim");
        JsonNode guided = list.get(ShippedModel.TWO_MOONS_GUIDED.ordinal());
        assertThat(guided.get("classConditional").asBoolean()).isTrue();
        assertThat(guided.get("classes").asInt()).isEqualTo(2);
        JsonNode velocity = list.get(ShippedModel.TWO_MOONS_VELOCITY.ordinal());
        assertThat(velocity.get("process").asString()).isEqualTo("condot");
        assertThat(ApiHttp.strings(velocity.get("samplers"))).containsExactly("flow-euler", "flow-heun", "flow-sde");

        HttpResponse<String> again = api.get("/api/v1/models");
        assertThat(again.body()).isEqualTo(response.body());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(api.get("/api/v1/models", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aRunWithAModelIsTheEngineRunOnTheLearnedFieldBitForBit() throws Exception {
        JsonNode body = api.ok(SAMPLE, json("{'model': 'two-moons-eps', 'target': 'two-moons', 'process': 'ddpm-linear', "
                + "'sampler': 'ddim', 'steps': 30, 'n': 300, 'seed': 9}"));
        assertThat(body.propertyNames()).containsExactly("model", "samples", "nfe", "metrics");
        assertThat(body.get("model").asString()).isEqualTo("two-moons-eps");
        assertThat(body.get("nfe").asLong()).isEqualTo(30);
        Sampler ddim = SamplerKind.DDIM.create("ddpm-linear", new SamplerOptions(30, 0, 0.5, 0.01));
        SampleMetrics[] metrics = new SampleMetrics[1];
        SampleRun expected = run(ddim, shipped(ShippedModel.TWO_MOONS_EPS).field(), 300, 9,
                ToyDataset.TWO_MOONS.labelled(), metrics);
        assertSamples(body, expected);
        assertThat(body.get("metrics").get("energyDistance").asDouble()).isEqualTo(metrics[0].energyDistance());
        assertThat(body.get("metrics").get("meanLogDensity").asDouble()).isEqualTo(metrics[0].meanLogDensity());

        // The target and the process may be left out: they are the network's.
        JsonNode implied = api.ok(SAMPLE, json("{'model': 'two-moons-eps', 'sampler': 'ddim', 'steps': 30, 'n': 300, "
                + "'seed': 9}"));
        assertThat(implied).isEqualTo(body);
    }

    @Test
    void guidanceOnTheClassConditionalNetworkIsItsClassifierFreeGuidance() throws Exception {
        JsonNode body = api.ok(SAMPLE, json("{'model': 'two-moons-guided', 'sampler': 'ddim', 'steps': 25, 'n': 200, "
                + "'seed': 4, 'guidance': {'class': 1, 'scale': 3}}"));
        Sampler ddim = SamplerKind.DDIM.create("ddpm-linear", new SamplerOptions(25, 0, 0.5, 0.01));
        SampleRun expected = run(ddim, shipped(ShippedModel.TWO_MOONS_GUIDED).guided(1, 3), 200, 4,
                ToyDataset.TWO_MOONS.labelled(), new SampleMetrics[1]);
        assertSamples(body, expected);
        // Guided to the second moon: the samples sit in the components of class 1.
        int[] classes = ToyDataset.TWO_MOONS.labelled().classes();
        JsonNode fractions = body.get("metrics").get("modeFractions");
        double inClass = 0;
        for (int k = 0; k < classes.length; k++) {
            inClass += classes[k] == 1 ? fractions.get(k).asDouble() : 0;
        }
        assertThat(inClass).isGreaterThan(0.9);
    }

    @Test
    void theSameBodyWithoutModelIsTheExactRunAsBeforeAndTheGapIsTheModelError() throws Exception {
        String exactBody = "{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'dpm-solver++2m', 'steps': 20, "
                + "'n': 500, 'seed': 2}";
        JsonNode exact = api.ok(SAMPLE, json(exactBody));
        assertThat(exact.propertyNames()).containsExactly("samples", "nfe", "metrics");
        ConfiguredRun configured = ConfiguredRun.of(SamplerKind.DPM_SOLVER_2M, "vp-sde", ToyDataset.TWO_MOONS.labelled(),
                new SamplerOptions(20, 0, 0.5, 0.01), null);
        SampleMetrics[] exactMetrics = new SampleMetrics[1];
        assertSamples(exact, run(configured.sampler(), configured.field(), 500, 2, ToyDataset.TWO_MOONS.labelled(),
                exactMetrics));
        assertThat(exact.get("metrics").get("energyDistance").asDouble()).isEqualTo(exactMetrics[0].energyDistance());

        JsonNode learned = api.ok(SAMPLE, json(exactBody.replace("{", "{'model': 'two-moons-score', ")));
        assertThat(learned.get("model").asString()).isEqualTo("two-moons-score");
        assertThat(learned.get("nfe")).isEqualTo(exact.get("nfe"));
        assertThat(learned.get("samples")).isNotEqualTo(exact.get("samples"));
        double modelError = learned.get("metrics").get("energyDistance").asDouble()
                - exact.get("metrics").get("energyDistance").asDouble();
        assertThat(modelError).isNotZero();
        assertThat(learned.get("metrics").get("modeWeights")).isEqualTo(exact.get("metrics").get("modeWeights"));
    }

    @Test
    void anUnknownModelIsRefusedListingTheIds() throws Exception {
        JsonNode body = api.refused(SAMPLE, json("{'model': 'two-moons-big', 'sampler': 'ddim'}"), "model",
                "model must be one of two-moons-eps, two-moons-score, two-moons-velocity, two-moons-guided, "
                        + "two-moons-16, two-moons-128, eight-gaussians-eps; was \"two-moons-big\"");
        assertThat(ApiHttp.strings(body.get("allowed"))).isEqualTo(ShippedModel.ids());
        api.refused(SAMPLE, json("{'model': 3, 'sampler': 'ddim'}"), "model", "model must be a string, was the number 3");
    }

    @Test
    void aProcessSamplerOrTargetThatDoesNotFitTheNetworkIsRefusedOnThatField() throws Exception {
        JsonNode process = api.refused(SAMPLE, json("{'model': 'two-moons-eps', 'process': 'vp-sde', 'sampler': 'ddim'}"),
                "process", "process must be ddpm-linear, the process model two-moons-eps was trained on; was \"vp-sde\"");
        assertThat(ApiHttp.strings(process.get("allowed"))).containsExactly("ddpm-linear");
        JsonNode sampler = api.refused(SAMPLE, json("{'model': 'two-moons-velocity', 'sampler': 'ddim'}"), "sampler",
                "sampler ddim does not run on process condot, the process model two-moons-velocity was trained on; "
                        + "it takes flow-euler, flow-heun, flow-sde");
        assertThat(ApiHttp.strings(sampler.get("allowed"))).containsExactly("flow-euler", "flow-heun", "flow-sde");
        api.refused(SAMPLE, json("{'model': 'two-moons-score', 'sampler': 'langevin'}"), "sampler",
                "sampler langevin does not run on process vp-sde, the process model two-moons-score was trained on; "
                        + "it takes reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m");
        JsonNode target = api.refused(SAMPLE, json("{'model': 'eight-gaussians-eps', 'target': 'two-moons', "
                + "'sampler': 'ddim'}"), "target", "target must be eight-gaussians, the data set model "
                + "eight-gaussians-eps was trained on (or left out); was \"two-moons\"");
        assertThat(ApiHttp.strings(target.get("allowed"))).containsExactly("eight-gaussians");
        api.refused(SAMPLE, json("{'model': 'two-moons-eps', 'target': {'mixture': {'weights': [1], 'means': [[0, 0]], "
                + "'stds': [1]}}, 'sampler': 'ddim'}"), "target");
    }

    @Test
    void guidanceIsRefusedOnAnUnconditionalNetworkAndOutsideTheNetworksClasses() throws Exception {
        JsonNode body = api.refused(SAMPLE, json("{'model': 'two-moons-eps', 'sampler': 'ddim', "
                + "'guidance': {'class': 0, 'scale': 2}}"), "guidance", "guidance needs a class-conditional network, "
                + "and model two-moons-eps was trained without classes; leave guidance out, or use a class-conditional "
                + "model (two-moons-guided)");
        assertThat(body.get("allowed").size()).isZero();
        JsonNode label = api.refused(SAMPLE, json("{'model': 'two-moons-guided', 'sampler': 'ddim', "
                + "'guidance': {'class': 2, 'scale': 2}}"), "guidance.class",
                "guidance.class must be a class of model two-moons-guided, one of 0, 1; was 2");
        assertThat(ApiHttp.strings(label.get("allowed"))).containsExactly("0", "1");
        api.refused(SAMPLE, json("{'model': 'two-moons-guided', 'sampler': 'ddim', 'guidance': {'class': 1, 'scale': 21}}"),
                "guidance.scale", "guidance.scale must be between 0 and 20, was 21.0");
    }

    @Test
    void aNetworkRunAboveTheBudgetIsRefusedUpFrontSayingWhatAnEvaluationCosts() throws Exception {
        TrainedModel model = shipped(ShippedModel.TWO_MOONS_EPS);
        int components = model.field().componentCost();
        int parameters = model.config().parameterCount();
        // 20000 particles x 50 DDIM steps: 1e6 evaluations, cheap on the exact mixture (2 components
        // per moon's worth), but each network evaluation costs as much as `components` components.
        long cost = 20_000L * 50 * components;
        assertThat(cost).isGreaterThan(ConfiguredRun.BUDGET);
        api.ok(SAMPLE, json("{'target': 'two-moons', 'process': 'ddpm-linear', 'sampler': 'ddim', 'n': 20000, 'seed': 1}"));
        JsonNode n = api.refused(SAMPLE, json("{'model': 'two-moons-eps', 'sampler': 'ddim', 'n': 20000}"), "n",
                "the run would need n x NFE x components = 20000 x 50 x " + components + " = " + cost
                        + " field evaluations, above the budget of 200000000: one evaluation of model two-moons-eps "
                        + "(a network of " + parameters + " parameters) costs as much as " + components
                        + " mixture components; lower n or steps");
        assertThat(ApiHttp.strings(n.get("allowed"))).containsExactly("n x NFE x components <= 200000000");
        // DDPM's 1000 steps are too many for the network even at 1000 particles: the steps are at fault.
        api.refused(SAMPLE, json("{'model': 'two-moons-eps', 'sampler': 'ddpm', 'n': 1000}"), "steps");
        // Guidance evaluates the network twice, and the budget counts both.
        int guided = shipped(ShippedModel.TWO_MOONS_GUIDED).guided(0, 2).componentCost();
        JsonNode twice = api.refused(SAMPLE, json("{'model': 'two-moons-guided', 'sampler': 'ddim', 'n': 20000, "
                + "'guidance': {'class': 0, 'scale': 2}}"), "n");
        assertThat(twice.get("error").asString()).contains("20000 x 50 x " + guided + " = ")
                .contains("(guidance evaluates it twice: " + guided + ")");
    }
}
