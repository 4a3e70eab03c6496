package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.evaluation.FailureMode;
import org.diffusioncourse.simulation.evaluation.FlowLikelihood;
import org.diffusioncourse.simulation.evaluation.SampleEvaluation;
import org.diffusioncourse.simulation.evaluation.SeveritySweep;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/evaluate and /api/v1/loglik over real HTTP: the engine's numbers, the ETag, and every refusal. */
class EvaluationApiTest extends ApiOverHttp {

    private static final String EVALUATE = "/api/v1/evaluate";
    private static final String LOGLIK = "/api/v1/loglik";

    @Test
    void anEvaluationIsTheEnginesLevelBesideTheExactDraws() throws Exception {
        JsonNode body = api.ok(EVALUATE, json("{'target': 'two-moons', 'failure': 'few-steps', 'severity': 4, 'n': 300, 'seed': 2}"));
        assertThat(body.propertyNames()).containsExactly("failure", "severity", "setting", "reference", "n", "nfe", "measures",
                "exactDraws", "rules");
        assertThat(body.get("setting").get("name").asString()).isEqualTo("steps");
        assertThat(body.get("setting").get("value").asDouble()).isEqualTo(3.0);
        assertThat(body.get("nfe").asLong()).isEqualTo(3);
        SeveritySweep.Level level = SeveritySweep.single(ToyDataset.TWO_MOONS.labelled(), FailureMode.FEW_STEPS, 4, 300, 2);
        JsonNode measures = body.get("measures");
        assertThat(measures.propertyNames()).containsExactlyElementsOf(SampleEvaluation.NAMES);
        for (int i = 0; i < SampleEvaluation.NAMES.size(); i++) {
            assertThat(measures.get(SampleEvaluation.NAMES.get(i)).asDouble()).isEqualTo(level.evaluation().values()[i]);
        }
        assertThat(body.get("rules").get("bandwidth").asDouble()).isEqualTo(0.5);
        assertThat(body.get("rules").get("k").asInt()).isEqualTo(3);

        JsonNode memorising = api.ok(EVALUATE, json("{'target': 'eight-gaussians', 'failure': 'memorisation', 'severity': 6, 'n': 100}"));
        assertThat(memorising.get("copyShare").asDouble()).isEqualTo(1.0);
        JsonNode guided = api.ok(EVALUATE, json("{'target': 'two-moons', 'failure': 'over-guidance', 'severity': 0, 'n': 50}"));
        assertThat(guided.get("reference").asString()).isEqualTo("class 0 of the target");
    }

    @Test
    void theSameBodyGivesTheSameBytesAndAnETagThatRevalidates() throws Exception {
        String body = json("{'target': 'rings', 'failure': 'langevin-step', 'severity': 5, 'n': 100, 'seed': 4}");
        HttpResponse<String> first = api.post(EVALUATE, body);
        HttpResponse<String> second = api.post(EVALUATE, body);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(EVALUATE, body, "If-None-Match", etag).statusCode()).isEqualTo(304);
        String point = json("{'target': 'two-moons', 'point': [0.5, 0.3], 'probes': 50, 'seed': 1}");
        assertThat(api.post(LOGLIK, point).body()).isEqualTo(api.post(LOGLIK, point).body());
    }

    @Test
    void evaluationRefusalsNameFieldValueAndRange() throws Exception {
        api.refused(EVALUATE, json("{'target': 'two-moons', 'failure': 'blur', 'severity': 1}"), "failure",
                "failure must be one of few-steps, langevin-step, over-guidance, memorisation; was \"blur\"");
        api.refused(EVALUATE, json("{'target': 'two-moons', 'failure': 'few-steps', 'severity': 7}"), "severity",
                "severity must be between 0 and 6, was 7");
        api.refused(EVALUATE, json("{'target': 'two-moons', 'failure': 'few-steps', 'severity': 1, 'n': 5000}"), "n",
                "n must be between 10 and 2000, was 5000");
        JsonNode spiral = api.refused(EVALUATE, json("{'target': 'spiral', 'failure': 'over-guidance', 'severity': 1}"),
                "failure", "failure over-guidance needs a target with at least 2 classes, and this one has 1; use a labelled "
                        + "target or one of few-steps, langevin-step, memorisation");
        assertThat(ApiHttp.strings(spiral.get("allowed"))).containsExactly("few-steps", "langevin-step", "memorisation");
        api.refused(EVALUATE, json("{'target': 'two-moons', 'failure': 'few-steps'}"), "severity");
        JsonNode wide = api.refused(EVALUATE, json("{'target': {'mixture': {'weights': [1], 'means': [[0, 0]], 'stds': [0.7]}}, "
                + "'failure': 'langevin-step', 'severity': 6}"), "severity");
        assertThat(ApiHttp.strings(wide.get("allowed"))).containsExactly("0..4");
        api.refused(EVALUATE, json("{'target': 'two-moons', 'failure': 'few-steps', 'severity': 1, 'k': 5}"), "k");
    }

    @Test
    void aPointsLikelihoodIsTheFlowsBesideTheTrueDensityWithHutchinsonsSpread() throws Exception {
        JsonNode body = api.ok(LOGLIK, json("{'target': 'two-moons', 'point': [0.5, 0.3], 'steps': 800, 'probes': 2000, "
                + "'probe': 'gaussian', 'seed': 3}"));
        assertThat(body.propertyNames()).containsExactly("point", "steps", "trueLogDensity", "modelLogDensity", "error",
                "priorLogDensity", "divergenceIntegral", "endPoint", "hutchinson");
        FlowLikelihood.Result r = FlowLikelihood.of(ToyDataset.TWO_MOONS.mixture()).at(0.5, 0.3, 800);
        assertThat(body.get("modelLogDensity").asDouble()).isEqualTo(r.modelLogDensity());
        assertThat(body.get("trueLogDensity").asDouble()).isEqualTo(r.trueLogDensity());
        assertThat(Math.abs(body.get("error").asDouble())).isLessThan(1e-4);
        JsonNode h = body.get("hutchinson");
        double exactSd = h.get("exactSd").asDouble();
        // The mean of 2000 probes lies within 5 standard errors of the exact value.
        assertThat(h.get("mean").asDouble()).isCloseTo(r.modelLogDensity(), within(5 * exactSd / Math.sqrt(2000)));
        assertThat(h.get("sd").asDouble()).isCloseTo(exactSd, within(0.2 * exactSd));
        assertThat(h.get("probe").asString()).isEqualTo("gaussian");
    }

    @Test
    void likelihoodRefusalsNameFieldValueAndRange() throws Exception {
        api.refused(LOGLIK, json("{'target': 'two-moons', 'point': [500, 0]}"), "point[0]",
                "point[0] must be between -100 and 100, was 500.0");
        api.refused(LOGLIK, json("{'target': 'two-moons', 'point': [0, 0], 'steps': 0}"), "steps",
                "steps must be between 1 and 10000, was 0");
        api.refused(LOGLIK, json("{'target': 'two-moons', 'point': [0, 0], 'probe': 'sphere'}"), "probe",
                "probe must be one of rademacher, gaussian; was \"sphere\"");
        api.refused(LOGLIK, json("{'target': 'two-moons', 'point': [0]}"), "point");
        api.refused(LOGLIK, json("{'target': 'two-moons'}"), "point");
    }
}
