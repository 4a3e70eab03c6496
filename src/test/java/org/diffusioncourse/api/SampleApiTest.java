package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.metrics.SampleMetrics;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.diffusioncourse.simulation.sampler.PathSelection;
import org.diffusioncourse.simulation.sampler.Range;
import org.diffusioncourse.simulation.sampler.SampleRun;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.diffusioncourse.simulation.sampler.SamplerKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/sample over real HTTP: the engine's run and metrics, pairs, limits, budget and ETags. */
class SampleApiTest extends ApiOverHttp {

    private static final String SAMPLE = "/api/v1/sample";

    private JsonNode sample(String body) throws Exception {
        return api.ok(SAMPLE, json(body));
    }

    private JsonNode refused(String body, String field, String error) throws Exception {
        return api.refused(SAMPLE, json(body), field, error);
    }

    private JsonNode refused(String body, String field) throws Exception {
        return api.refused(SAMPLE, json(body), field);
    }

    @Test
    void edmHeunOnEightGaussiansGivesTheEngineSamplesNfeAndMetrics() throws Exception {
        JsonNode body = sample("{'target': 'eight-gaussians', 'process': 've-sde', 'sampler': 'edm-heun', "
                + "'steps': 18, 'n': 400, 'seed': 7}");
        assertThat(body.propertyNames()).containsExactly("samples", "nfe", "metrics");
        assertThat(body.get("nfe").asLong()).isEqualTo(35);
        LabelledMixture eight = ToyDataset.EIGHT_GAUSSIANS.labelled();
        ConfiguredRun run = ConfiguredRun.of(SamplerKind.EDM_HEUN, "ve-sde", eight, SamplerKind.EDM_HEUN.defaults(), null);
        UniformRandomProvider rng = Seeds.generator(7);
        SampleRun expected = run.sampler().run(run.field(), 400, rng, PathSelection.none());
        SampleMetrics metrics = SampleMetrics.of(eight.mixture(), expected, rng);
        JsonNode samples = body.get("samples");
        assertThat(samples.size()).isEqualTo(400);
        for (int i : new int[] {0, 1, 199, 399}) {
            assertThat(samples.get(i).get(0).asDouble()).isEqualTo(expected.samples().x(i));
            assertThat(samples.get(i).get(1).asDouble()).isEqualTo(expected.samples().y(i));
        }
        JsonNode m = body.get("metrics");
        assertThat(m.propertyNames()).containsExactly("meanLogDensity", "energyDistance", "modeFractions",
                "modeWeights", "modeTotalVariation", "meanError", "covarianceError");
        assertThat(m.get("meanLogDensity").asDouble()).isEqualTo(metrics.meanLogDensity());
        assertThat(m.get("energyDistance").asDouble()).isEqualTo(metrics.energyDistance());
        assertThat(m.get("modeTotalVariation").asDouble()).isEqualTo(metrics.modeTotalVariation());
        assertThat(m.get("covarianceError").asDouble()).isEqualTo(metrics.covarianceError());
        assertThat(m.get("modeFractions").size()).isEqualTo(8);
        assertThat(m.get("modeWeights").get(5).asDouble()).isEqualTo(0.125);
        // With exact scores, 18 EDM levels reach all eight modes in proportion.
        assertThat(metrics.modeTotalVariation()).isLessThan(0.1);
    }

    @Test
    void theDefaultsFillWhatTheRequestLeavesOut() throws Exception {
        JsonNode ddim = sample("{'target': 'two-blobs', 'process': 'ddpm-cosine', 'sampler': 'ddim', 'n': 50}");
        assertThat(ddim.get("nfe").asLong()).isEqualTo(50);
        JsonNode ddpm = sample("{'target': 'two-blobs', 'process': 'ddpm-linear', 'sampler': 'ddpm', 'n': 20}");
        assertThat(ddpm.get("nfe").asLong()).isEqualTo(1000);
        JsonNode langevin = sample("{'target': 'five-modes', 'sampler': 'annealed-langevin', 'n': 30, 'steps': 200}");
        assertThat(langevin.get("nfe").asLong()).isEqualTo(200);
        JsonNode heun = sample("{'target': 'rings', 'process': 'condot', 'sampler': 'flow-heun', 'steps': 10, 'n': 30}");
        assertThat(heun.get("nfe").asLong()).isEqualTo(20);
        assertThat(heun.get("samples").size()).isEqualTo(30);
    }

    @Test
    void guidanceTowardsOneClassPutsTheSamplesInItsMode() throws Exception {
        JsonNode body = sample("{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'dpm-solver++2m', "
                + "'steps': 25, 'n': 300, 'seed': 3, 'guidance': {'class': 3, 'scale': 1}}");
        assertThat(body.get("metrics").get("modeFractions").get(3).asDouble()).isGreaterThan(0.99);
    }

    @Test
    void aCustomLabelledMixtureIsSampledAndScored() throws Exception {
        JsonNode body = sample("{'target': {'mixture': {'weights': [0.25, 0.75], 'means': [[-3, 0], [3, 0]], "
                + "'stds': [0.5, 0.5], 'classes': [0, 1]}}, 'process': 'condot', 'sampler': 'flow-sde', "
                + "'sigma': 1, 'steps': 200, 'n': 2000, 'seed': 11}");
        JsonNode fractions = body.get("metrics").get("modeFractions");
        assertThat(fractions.get(0).asDouble()).isBetween(0.2, 0.3);
        assertThat(fractions.get(1).asDouble()).isBetween(0.7, 0.8);
    }

    @Test
    void theSameSeedAndBodyGiveTheSameBytesAndAnETagThatRevalidates() throws Exception {
        String body = json("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'steps': 40, "
                + "'n': 200, 'seed': 5}");
        HttpResponse<String> first = api.post(SAMPLE, body);
        HttpResponse<String> second = api.post(SAMPLE, body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> revalidated = api.post(SAMPLE, body, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        HttpResponse<String> otherSeed = api.post(SAMPLE, body.replace("\"seed\": 5", "\"seed\": 6"));
        assertThat(otherSeed.body()).isNotEqualTo(first.body());
        assertThat(otherSeed.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void aPairThatDoesNotFitIsRefusedSayingWhichPairsDo() throws Exception {
        JsonNode body = refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'edm-heun'}", "sampler",
                "sampler edm-heun does not run on process vp-sde; vp-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, "
                        + "dpm-solver++2m (ddpm-linear and ddpm-cosine take ddpm, ddim; vp-sde takes reverse-sde, "
                        + "pf-ode-euler, pf-ode-heun, dpm-solver++2m; ve-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, "
                        + "dpm-solver++2m, edm-heun; condot takes flow-euler, flow-heun, flow-sde; langevin and "
                        + "annealed-langevin take no process)");
        assertThat(ApiHttp.strings(body.get("allowed"))).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
        JsonNode missing = api.refused(SAMPLE, json("{'target': 'two-moons', 'sampler': 'flow-euler'}"), "process",
                "sampler flow-euler needs a process, one of condot (" + SamplerKind.pairsDescription() + ")");
        assertThat(ApiHttp.strings(missing.get("allowed"))).containsExactly("condot");
        refused("{'target': 'two-moons', 'process': 'condot', 'sampler': 'langevin'}", "process",
                "sampler langevin takes no process; leave process out, was \"condot\" (" + SamplerKind.pairsDescription() + ")");
    }

    @Test
    void unknownNamesAreRefusedListingTheAllowedOnes() throws Exception {
        JsonNode sampler = refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'euler'}", "sampler",
                "sampler must be one of ddpm, ddim, reverse-sde, pf-ode-euler, pf-ode-heun, edm-heun, dpm-solver++2m, "
                        + "langevin, annealed-langevin, flow-euler, flow-heun, flow-sde; was \"euler\"");
        assertThat(sampler.get("allowed").size()).isEqualTo(12);
        refused("{'target': 'two-moons', 'process': 'sde', 'sampler': 'reverse-sde'}", "process",
                "process must be one of ddpm-linear, ddpm-cosine, vp-sde, ve-sde, condot; was \"sde\"");
        refused("{'target': 'moons', 'process': 'vp-sde', 'sampler': 'reverse-sde'}", "target",
                "target must be one of two-moons, spiral, two-blobs, eight-gaussians, rings, checkerboard, five-modes "
                        + "or {\"mixture\": ...}; was \"moons\"");
        refused("{'target': 'two-moons', 'sampler': 'langevin', 'stepsize': 0.1}", "stepsize",
                "unknown field \"stepsize\"; known fields: target, process, sampler, steps, n, seed, eta, sigma, stepSize, "
                        + "guidance, model");
        refused("{'target': 'eight-gaussians', 'sampler': 'langevin', 'guidance': {'class': 1, 'weight': 2}}",
                "guidance.weight", "unknown field \"weight\" in guidance; known fields: class, scale");
    }

    @Test
    void countsAboveTheLimitsAreRefused() throws Exception {
        JsonNode n = refused("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'n': 20001}",
                "n", "n must be between 2 and 20000, was 20001");
        assertThat(ApiHttp.strings(n.get("allowed"))).containsExactly("2..20000");
        refused("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'steps': 5001}",
                "steps", "steps must be between 1 and 5000, was 5001");
        refused("{'target': 'two-blobs', 'process': 'ddpm-linear', 'sampler': 'ddim', 'steps': 2000}",
                "steps", "steps must be between 1 and 1000, was 2000");
        refused("{'target': 'two-blobs', 'process': 'ddpm-linear', 'sampler': 'ddpm', 'steps': 50}",
                "steps", "steps must be 1000 for ddpm, which runs all T steps (use ddim for fewer), was 50");
        refused("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'seed': -1}",
                "seed", "seed must be between 0 and 9223372036854775807, was -1");
        refused("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'steps': 12.5}",
                "steps", "steps must be a whole number, was 12.5");
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheField() throws Exception {
        refused("{'target': 'two-blobs', 'process': 'ddpm-linear', 'sampler': 'ddim', 'eta': 1.5}",
                "eta", "eta must be between 0.0 and 1.0, was 1.5");
        refused("{'target': 'two-blobs', 'process': 'condot', 'sampler': 'flow-sde', 'sigma': -1}",
                "sigma", "sigma must be between 0.0 and 5.0, was -1.0");
        refused("{'target': 'two-blobs', 'sampler': 'langevin', 'stepSize': 0}",
                "stepSize", "stepSize must be in (0, 1], was 0.0");
        refused("{'target': 'two-blobs', 'sampler': 'langevin', 'stepSize': NaN}",
                "stepSize", "stepSize must be a finite number, was NaN");
        refused("{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                + "'guidance': {'class': 2, 'scale': 25}}", "guidance.scale", "guidance.scale must be between 0 and 20, was 25.0");
        refused("{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                + "'guidance': {'class': 9, 'scale': 1}}", "guidance.class",
                "guidance.class must be a class of the target, one of 0, 1, 2, 3, 4, 5, 6, 7; was 9");
        refused("{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                + "'guidance': {'class': 2, 'scale': Infinity}}", "guidance.scale", "guidance.scale must be a finite number, was Infinity");
        refused("{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                + "'guidance': {'scale': 2}}", "guidance.class", "guidance.class is required");
    }

    @Test
    void everyRefusalOfTheRegistryIsAnsweredOnTheFieldItNames() throws Exception {
        for (SamplerKind kind : SamplerKind.values()) {
            String process = kind.needsNoProcess() ? "" : "'process': '" + kind.processes().getFirst() + "', ";
            String head = "{'target': 'two-blobs', " + process + "'sampler': '" + kind.id() + "', 'n': 2, ";
            for (Option option : kind.options()) {
                Range range = option.range();
                double outside = range.minIncluded() ? Math.nextDown(range.min()) : range.min();
                JsonNode body = refused(head + "'" + option.key() + "': " + outside + "}", option.key(),
                        option.key() + " must be " + range.span() + ", was " + outside);
                assertThat(ApiHttp.strings(body.get("allowed"))).isEqualTo(range.allowed());
            }
            int tooMany = kind.fixedSteps() || kind == SamplerKind.DDIM ? 1001 : SamplerKind.MAX_STEPS + 1;
            refused(head + "'steps': " + tooMany + "}", "steps");
            for (String other : GaussianPaths.ids()) {
                if (!kind.processes().contains(other)) {
                    String wrong = "{'target': 'two-blobs', 'process': '" + other + "', 'sampler': '" + kind.id() + "'}";
                    refused(wrong, kind.needsNoProcess() ? "process" : "sampler");
                }
            }
            if (!kind.needsNoProcess()) {
                refused("{'target': 'two-blobs', 'sampler': '" + kind.id() + "'}", "process");
            }
        }
        refused("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'n': 2, "
                + "'guidance': {'class': 7, 'scale': 1}}", "guidance.class");
    }

    @Test
    void badMixturesAreRefusedAtTheirJsonPath() throws Exception {
        String tail = "}}, 'process': 'vp-sde', 'sampler': 'reverse-sde'}";
        refused("{'target': {'mixture': {'weights': [0.5, 0.6], 'means': [[0, 0], [1, 1]], 'stds': [1, 1]" + tail,
                "target.mixture.weights", "target.mixture.weights must sum to 1 within 1e-9, sum was 1.1");
        refused("{'target': {'mixture': {'weights': [0.5, 0.6, -0.1], 'means': [[0, 0], [1, 1], [2, 2]], 'stds': [1, 1, 1]" + tail,
                "target.mixture.weights[2]", "target.mixture.weights[2] must be a finite number >= 0, was -0.1");
        refused("{'target': {'mixture': {'weights': [0.5, 0.5], 'means': [[0, 0], [1, 1]], 'stds': [1, 0]" + tail,
                "target.mixture.stds[1]", "target.mixture.stds[1] must be a finite number > 0, was 0.0");
        refused("{'target': {'mixture': {'weights': [0.5, 0.5], 'means': [[0, 0], [1, 1]], 'stds': [-2, 1]" + tail,
                "target.mixture.stds[0]", "target.mixture.stds[0] must be a finite number > 0, was -2.0");
        refused("{'target': {'mixture': {'weights': [0.5, 0.5], 'means': [[0, 0]], 'stds': [1, 1]" + tail,
                "target.mixture.means", "target.mixture.means must hold between 2 and 2 points [x, y] (one per weight), had 1");
        refused("{'target': {'mixture': {'weights': [0.5, 0.5], 'means': [[0, 0], [1, NaN]], 'stds': [1, 1]" + tail,
                "target.mixture.means[1][1]", "target.mixture.means[1][1] must be a finite number, was NaN");
        refused("{'target': {'mixture': {'weights': [1], 'means': [[0, 0]], 'stds': [1], 'classes': [-1]" + tail,
                "target.mixture.classes[0]", "target.mixture.classes[0] must be between 0 and 1000, was -1");
        refused("{'target': {'mixture': {'weights': [1], 'means': [[0, 0]]" + tail,
                "target.mixture.stds", "target.mixture.stds is required");
        refused("{'target': {'gmm': {}}, 'process': 'vp-sde', 'sampler': 'reverse-sde'}", "target.gmm",
                "unknown field \"gmm\" in target; known fields: mixture");
    }

    @Test
    void malformedJsonAndWrongTypesAreRefused() throws Exception {
        api.refused(SAMPLE, "{\"target\": \"two-moons\" \"n\": 5}", "body",
                "the request body is not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to "
                        + "separate Object entries (line 1, column 24)");
        api.refused(SAMPLE, "", "body", "the request body must be a JSON object, was empty");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'n': 'lots'}",
                "n", "n must be a number, was the string \"lots\"");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': ['reverse-sde']}",
                "sampler", "sampler must be a string, was an array");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'guidance': 2}",
                "guidance", "guidance must be an object, was the number 2");
        refused("{'target': 'two-moons', 'process': 'vp-sde'}", "sampler", "sampler is required");
    }

    @Test
    void aRunAboveTheBudgetIsRefusedBeforeItRuns() throws Exception {
        // 20000 particles x 5000 steps x (48 + 24) components would take about two minutes on one core.
        JsonNode body = refused("{'target': 'two-moons', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'steps': 5000, "
                        + "'n': 20000, 'guidance': {'class': 0, 'scale': 2}}", "steps",
                "the run would need n x NFE x components = 20000 x 5000 x 72 = 7200000000 field evaluations, above "
                        + "the budget of 200000000; lower n or steps");
        assertThat(ApiHttp.strings(body.get("allowed"))).containsExactly("n x NFE x components <= 200000000");
        refused("{'target': 'spiral', 'process': 'ddpm-linear', 'sampler': 'ddpm', 'n': 20000}", "n",
                "the run would need n x NFE x components = 20000 x 1000 x 60 = 1200000000 field evaluations, above "
                        + "the budget of 200000000; lower n or steps");
    }
}
