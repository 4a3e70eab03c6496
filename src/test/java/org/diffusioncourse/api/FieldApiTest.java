package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import org.diffusioncourse.simulation.GaussianMixture2D;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.Vec2;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/field over real HTTP: the engine's exact fields, each time convention, and every refusal. */
class FieldApiTest extends ApiOverHttp {

    /** Chapter 004 prints two decimals. */
    private static final double PRINTED = 0.005;
    /** A point-mass component of std 1e-6 moves these results by about 1e-12. */
    private static final double POINT_MASS = 1e-9;

    private static final String CHAPTER_MIXTURE =
            "{'mixture': {'weights': [0.5, 0.5], 'means': [[-2, 0], [2, 0]], 'stds': [0.7, 0.7]}}";

    private JsonNode field(String body) throws Exception {
        return api.ok("/api/v1/field", json(body));
    }

    private void refused(String body, String field, String error) throws Exception {
        api.refused("/api/v1/field", json(body), field, error);
    }

    @Test
    void theChapterFourMixtureScoreVanishesAtTheMidpointAndPointsBackNearAMode() throws Exception {
        JsonNode body = field("{'target': " + CHAPTER_MIXTURE + ", 'process': 'vp-sde', 't': 0, 'points': [[0, 0], [3, 0]]}");
        assertThat(body.propertyNames()).containsExactly("density", "score", "eps", "x0");
        assertThat(body.get("score").get(0).get(0).asDouble()).isEqualTo(0.0);
        assertThat(body.get("score").get(1).get(0).asDouble()).isCloseTo(-2.04, within(PRINTED));
        assertThat(body.get("score").get(1).get(1).asDouble()).isEqualTo(0.0);
        NoisedMixture exact = NoisedMixture.of(GaussianMixture2D.of(new double[] {0.5, 0.5},
                new double[][] {{-2, 0}, {2, 0}}, new double[] {0.7, 0.7}));
        assertThat(body.get("score").get(1).get(0).asDouble()).isEqualTo(exact.score(3, 0, 1, 0).x());
        assertThat(body.get("density").get(1).asDouble()).isEqualTo(exact.density(3, 0, 1, 0));
        assertThat(body.get("x0").get(1).get(0).asDouble()).isEqualTo(exact.denoised(3, 0, 1, 0).x());
        // No noise at t = 0: the noise prediction is -s score = 0.
        assertThat(body.get("eps").get(1).get(0).asDouble()).isZero();
    }

    @Test
    void aDatasetOnTheDdpmProcessGivesTheEngineFieldsAtAnIntegerStep() throws Exception {
        JsonNode body = field("{'target': 'two-moons', 'process': 'ddpm-linear', 't': 250, 'points': [[0.3, -0.4], [1, 1]]}");
        GaussianPath ddpm = GaussianPaths.byId("ddpm-linear");
        double a = ddpm.signalScale(250);
        double s = ddpm.noiseStd(250);
        NoisedMixture exact = NoisedMixture.of(ToyDataset.TWO_MOONS.mixture());
        Vec2 score = exact.score(1, 1, a, s);
        Vec2 eps = exact.noisePrediction(1, 1, a, s);
        Vec2 x0 = exact.denoised(1, 1, a, s);
        assertThat(body.get("density").get(1).asDouble()).isEqualTo(exact.density(1, 1, a, s));
        assertThat(body.get("score").get(1).get(0).asDouble()).isEqualTo(score.x());
        assertThat(body.get("score").get(1).get(1).asDouble()).isEqualTo(score.y());
        assertThat(body.get("eps").get(1).get(1).asDouble()).isEqualTo(eps.y());
        assertThat(body.get("x0").get(1).get(0).asDouble()).isEqualTo(x0.x());
        // Tweedie: a x0 = x + s^2 score.
        assertThat(a * x0.y()).isCloseTo(1 + s * s * score.y(), within(1e-12));
        assertThat(body.has("velocity")).isFalse();
    }

    @Test
    void theCondOtPathAddsTheVelocityOfChapterFoursConversions() throws Exception {
        // z = 5, eps = -1, t = 0.6: x = 2.6; u = z - eps = 6, score = 2.5, eps_hat = -1, x0 = 5.
        JsonNode body = field("{'target': {'mixture': {'weights': [1], 'means': [[5, 0]], 'stds': [1e-6]}}, "
                + "'process': 'condot', 't': 0.6, 'points': [[2.6, 0]]}");
        assertThat(body.propertyNames()).containsExactly("density", "score", "eps", "x0", "velocity");
        assertThat(body.get("velocity").get(0).get(0).asDouble()).isCloseTo(6, within(POINT_MASS));
        assertThat(body.get("score").get(0).get(0).asDouble()).isCloseTo(2.5, within(POINT_MASS));
        assertThat(body.get("eps").get(0).get(0).asDouble()).isCloseTo(-1, within(POINT_MASS));
        assertThat(body.get("x0").get(0).get(0).asDouble()).isCloseTo(5, within(POINT_MASS));
        assertThat(body.get("velocity").get(0).get(1).asDouble()).isZero();
    }

    @Test
    void theVelocityIsFiniteAtBothEndsOfTheCondOtPath() throws Exception {
        for (String t : new String[] {"0", "1"}) {
            JsonNode body = field("{'target': 'five-modes', 'process': 'condot', 't': " + t + ", 'points': [[0.2, 0.1]]}");
            assertThat(Double.isFinite(body.get("velocity").get(0).get(0).asDouble())).isTrue();
        }
    }

    @Test
    void theSameBodyGivesTheSameBytesAndAnETagThatRevalidates() throws Exception {
        String body = json("{'target': 'spiral', 'process': 've-sde', 't': 0.4, 'points': [[0.1, 0.2], [-1, 0.5]]}");
        HttpResponse<String> first = api.post("/api/v1/field", body);
        HttpResponse<String> second = api.post("/api/v1/field", body);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> revalidated = api.post("/api/v1/field", body, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void timeOutsideTheProcessConventionIsRefused() throws Exception {
        refused("{'target': 'two-moons', 'process': 'ddpm-cosine', 't': 1001, 'points': [[0, 0]]}",
                "t", "t must be between 0 and 1000, was 1001");
        refused("{'target': 'two-moons', 'process': 'ddpm-cosine', 't': 0.5, 'points': [[0, 0]]}",
                "t", "t must be a whole number, was 0.5");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 2, 'points': [[0, 0]]}",
                "t", "t must be between 0 and 1 for vp-sde, was 2.0");
        refused("{'target': 'two-moons', 'process': 'condot', 'points': [[0, 0]]}", "t", "t is required");
    }

    @Test
    void nanAndInfiniteNumbersAreRefusedAtTheirPath() throws Exception {
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': NaN, 'points': [[0, 0]]}",
                "t", "t must be a finite number, was NaN");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0], [1e999, 0]]}",
                "points[1][0]", "points[1][0] must be a finite number, was Infinity");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [[0, -Infinity]]}",
                "points[0][1]", "points[0][1] must be a finite number, was -Infinity");
    }

    @Test
    void tooManyPointsOrMalformedPointsAreRefused() throws Exception {
        StringBuilder many = new StringBuilder("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [");
        for (int i = 0; i <= FieldController.MAX_POINTS; i++) {
            many.append(i == 0 ? "" : ",").append("[0,0]");
        }
        refused(many.append("]}").toString(), "points", "points must hold between 1 and 20000 points, had 20001");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0, 0]]}",
                "points[0]", "points[0] must be a point [x, y], was [0,0,0]");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [[2e6, 0]]}",
                "points[0][0]", "points[0][0] must be between -1e6 and 1e6, was 2000000.0");
        refused("{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': {'x': 1}}",
                "points", "points must be an array, was an object");
        api.refused("/api/v1/field", " ".repeat(JsonFields.MAX_BODY_BYTES) + "{}", "body",
                "the request body must be at most 2097152 bytes");
    }

    @Test
    void unknownNamesAreRefusedListingTheAllowedOnes() throws Exception {
        JsonNode target = api.refused("/api/v1/field", json("{'target': 'three-moons', 'process': 'vp-sde', 't': 0, 'points': [[0, 0]]}"),
                "target", "target must be one of two-moons, spiral, two-blobs, eight-gaussians, rings, checkerboard, "
                        + "five-modes or {\"mixture\": ...}; was \"three-moons\"");
        assertThat(ApiHttp.strings(target.get("allowed"))).isEqualTo(ToyDataset.allIds());
        JsonNode process = api.refused("/api/v1/field", json("{'target': 'spiral', 'process': 'vp', 't': 0, 'points': [[0, 0]]}"),
                "process", "process must be one of ddpm-linear, ddpm-cosine, vp-sde, ve-sde, condot; was \"vp\"");
        assertThat(ApiHttp.strings(process.get("allowed"))).containsExactly("ddpm-linear", "ddpm-cosine", "vp-sde", "ve-sde", "condot");
        JsonNode key = api.refused("/api/v1/field", json("{'target': 'spiral', 'process': 'vp-sde', 'time': 0, 'points': [[0, 0]]}"),
                "time", "unknown field \"time\"; known fields: target, process, t, points");
        assertThat(ApiHttp.strings(key.get("allowed"))).containsExactly("target", "process", "t", "points");
    }

    @Test
    void malformedJsonAndWrongTypesAreRefused() throws Exception {
        String malformed = api.refused("/api/v1/field", "{\"target\": \"spiral\", ", "body").get("error").asString();
        assertThat(malformed).startsWith("the request body is not valid JSON: Unexpected end-of-input").endsWith("(line 1, column 22)");
        refused("[1, 2]", "body", "the request body must be a JSON object, was an array");
        refused("{'target': 'spiral', 'process': 7, 't': 0, 'points': [[0, 0]]}",
                "process", "process must be a string, was the number 7");
        refused("{'target': 'spiral', 'process': 'vp-sde', 't': '0.5', 'points': [[0, 0]]}",
                "t", "t must be a number, was the string \"0.5\"");
        refused("{'target': 42, 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}",
                "target", "target must be one of two-moons, spiral, two-blobs, eight-gaussians, rings, checkerboard, "
                        + "five-modes or {\"mixture\": {\"weights\", \"means\", \"stds\", \"classes\"}}; was 42");
    }
}
