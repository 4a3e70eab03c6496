package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Under {@code /api/} every answer is the API's own: an address that names no endpoint is a JSON
 * 404, never the site's HTML shell, and no answer of any kind opens a session.
 */
class UnknownApiPathTest extends ApiOverHttp {

    private static final String SMALL_SAMPLE = "{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'pf-ode-euler', 'steps': 5, 'n': 10}";

    @Test
    void anAddressUnderApiThatNamesNoEndpointIsAJson404ListingTheEndpoints() throws Exception {
        for (String path : List.of("/api", "/api/", "/api/v2/sample", "/api/v1/nothing", "/api/v1/schedule/linear",
                "/api/v1/figures/forward-noising/figure.svg/extra", "/api/v1/figures/forward-noising")) {
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> response = api.send(method, path, method.equals("POST") ? "{}" : "",
                        "Content-Type", "application/json");
                JsonNode body = ApiHttp.error(response, 404, "path");
                assertThat(body.get("error").asString()).as(method + " " + path)
                        .isEqualTo("no endpoint at " + method + " " + JsonFields.shorten(path) + "; the endpoints are listed in allowed");
                assertThat(ApiHttp.strings(body.get("allowed"))).containsExactly("POST /api/v1/evaluate", "POST /api/v1/field",
                        "GET /api/v1/figures/{demo}/{figure}.csv", "GET /api/v1/figures/{demo}/{figure}.svg",
                        "POST /api/v1/loglik", "GET /api/v1/models", "POST /api/v1/sample", "GET /api/v1/schedule");
            }
        }
    }

    @Test
    void aKnownAddressWithTheWrongMethodStillSaysWhichMethodItTakes() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/sample");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void noAnswerUnderApiOpensASession() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                api.get("/api/v1/figures/forward-noising/figure.svg?t=10"),
                api.get("/api/v1/figures/forward-noising/figure.svg?t=5000"),
                api.get("/api/v1/figures/backward-noising/figure.svg"),
                api.get("/api/v1/schedule?T=20"),
                api.get("/api/v1/schedule?T=x"),
                api.get("/api/v1/sample"),
                api.get("/api/nothing"),
                api.send("HEAD", "/api/nothing", ""),
                api.send("DELETE", "/api/v1/field", ""),
                api.post("/api/v1/sample", json(SMALL_SAMPLE)),
                api.post("/api/v1/sample", json("{'target': 'two-blobs'}")),
                api.post("/api/v1/field", json("{'target': 'spiral', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}")),
                api.post("/api/v1/field", "{"),
                api.post("/api/nothing", "{}"),
                api.send("POST", "/api/v1/sample", json(SMALL_SAMPLE), "Content-Type", "text/plain"),
                api.send("POST", "/api/v1/sample", json(SMALL_SAMPLE)));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().allValues("Set-Cookie")).as(answer.request().method() + " " + answer.uri()
                    + " answered " + answer.statusCode()).isEmpty();
        }
    }
}
