package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A POST under {@code /api/} must say its body is JSON. A browser sends text/plain, form and
 * multipart bodies from any page without asking (a CORS "simple request"), so without this rule
 * a page elsewhere could make its visitors start computations here; application/json makes the
 * browser ask first, and the API never says yes.
 */
class JsonContentTypeTest extends ApiOverHttp {

    private static final Map<String, String> BODIES = Map.of(
            "/api/v1/field", json("{'target': 'spiral', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"),
            "/api/v1/sample", json("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'pf-ode-euler', 'steps': 5, 'n': 10}"));

    @Test
    void aPostWhoseBodyIsNotDeclaredJsonIsRefusedWith415NamingContentType() throws Exception {
        List<String> refusedTypes = List.of("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "text/json", "application/jsonp", "application/json-patch+json",
                "application/json; charset=ISO-8859-1", "application/json; profile=x", "not a media type");
        for (Map.Entry<String, String> endpoint : BODIES.entrySet()) {
            for (String type : refusedTypes) {
                HttpResponse<String> response = api.send("POST", endpoint.getKey(), endpoint.getValue(), "Content-Type", type);
                JsonNode body = ApiHttp.error(response, 415, "Content-Type");
                assertThat(body.get("error").asString()).as(type)
                        .isEqualTo("Content-Type must be application/json (charset utf-8 if given), was \"" + type + "\"");
                assertThat(ApiHttp.strings(body.get("allowed"))).containsExactly("application/json", "application/json; charset=utf-8");
                assertThat(response.headers().firstValue("ETag")).isEmpty();
            }
            HttpResponse<String> untyped = api.send("POST", endpoint.getKey(), endpoint.getValue());
            JsonNode body = ApiHttp.error(untyped, 415, "Content-Type");
            assertThat(body.get("error").asString()).isEqualTo("Content-Type must be application/json (charset utf-8 if given), was missing");
        }
    }

    @Test
    void aPreflightFromAnotherOriginIsNeverGranted() throws Exception {
        for (String path : BODIES.keySet()) {
            HttpResponse<String> preflight = api.send("OPTIONS", path, "", "Origin", "https://elsewhere.example",
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).as(path).isEmpty();
        }
    }

    @Test
    void jsonWithOrWithoutAUtf8CharsetIsAccepted() throws Exception {
        for (Map.Entry<String, String> endpoint : BODIES.entrySet()) {
            for (String type : List.of("application/json", "application/json;charset=UTF-8", "application/json; charset=utf-8",
                    "Application/JSON", "application/json; charset=\"utf-8\"")) {
                HttpResponse<String> response = api.send("POST", endpoint.getKey(), endpoint.getValue(), "Content-Type", type);
                assertThat(response.statusCode()).as(endpoint.getKey() + " as " + type + ": " + response.body()).isEqualTo(200);
            }
        }
    }
}
