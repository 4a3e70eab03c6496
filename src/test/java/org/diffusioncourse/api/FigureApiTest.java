package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The figure URLs the lesson pages fetch at every slider step, over real HTTP: the exact bytes
 * the page shows, cacheable and revalidated by ETag, no session, and every refusal naming the
 * parameter at fault.
 */
class FigureApiTest extends ApiOverHttp {

    private static final String FORWARD = "/api/v1/figures/forward-noising/figure.svg";

    @Autowired
    DemoCatalog catalog;

    @Test
    void aFigureURLGivesTheBytesThePageShowsAsACacheableSvgWithoutASession() throws Exception {
        HttpResponse<String> response = api.get(FORWARD + "?dataset=spiral&schedule=cosine&t=600&seed=11&n=800");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("image/svg+xml"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=3600").contains("public"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .startsWith("default-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).isEqualTo(catalog.demo("forward-noising").orElseThrow().figure("figure",
                Map.of("dataset", "spiral", "schedule", "cosine", "t", "600", "seed", "11", "n", "800")));
        assertThat(response.body()).startsWith("<svg id='forward-figure'").contains("data-points='");
    }

    @Test
    void theRevealedFigureDrawsTheAnswerAndRevalidatesByETag() throws Exception {
        HttpResponse<String> hidden = api.get(FORWARD + "?t=250");
        HttpResponse<String> revealed = api.get(FORWARD + "?t=250&revealed=true");
        assertThat(revealed.body()).isNotEqualTo(hidden.body()).contains("forward-figure-crossing");
        String etag = revealed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = api.get(FORWARD + "?t=250&revealed=true", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void everyRefusalNamesTheParameterAtFault() throws Exception {
        assertRefused(FORWARD + "?t=5000", 400, "t", "t must be between 0 and 1000, was 5000");
        assertRefused(FORWARD + "?dataset=moons", 400, "dataset",
                "dataset must be one of two-moons, spiral, two-blobs; was \"moons\"");
        assertRefused(FORWARD + "?colour=red", 400, "colour", "unknown parameter 'colour'");
        assertRefused(FORWARD + "?revealed=maybe", 400, "revealed", "revealed must be true or false");
        assertRefused(FORWARD + "?t=1&t=2", 400, "t", "t must be given once, was given 2 times");
        assertRefused("/api/v1/figures/forward-noising/cloud.svg", 400, "figure", "figure must be one of figure");
        assertRefused("/api/v1/figures/backward-noising/figure.svg", 404, "demo", "demo must be one of forward-noising");
    }

    private void assertRefused(String url, int status, String field, String message) throws Exception {
        HttpResponse<String> response = api.get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(status);
        JsonNode body = ApiHttp.JSON.readTree(response.body());
        assertThat(body.get("field").asString()).as(url).isEqualTo(field);
        assertThat(body.get("error").asString()).as(url).contains(message);
    }
}
