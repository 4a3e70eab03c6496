package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * An integer literal of 310 to 1000 digits is beyond the range of a double (about 1.8e308) but
 * within the longest number the JSON parser reads (1000 characters), so it reaches the fields
 * as a big integer. In every numeric field of both POST endpoints it is refused with a 400 on
 * that field, as any other bad number, and the refusal logs nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class LongIntegerLiteralTest extends ApiOverHttp {

    /** The shortest integer beyond a double, one in between, the longest the parser reads, and a negative one. */
    private static final List<String> LITERALS = List.of("1" + "0".repeat(309), "9".repeat(500), "9".repeat(1000),
            "-" + "7".repeat(400));

    /** A body of /api/v1/field per numeric field, with # where the literal goes. */
    private static final Map<String, String> FIELD_BODIES = Map.ofEntries(
            Map.entry("t", "{'target': 'two-moons', 'process': 'vp-sde', 't': #, 'points': [[0, 0]]}"),
            Map.entry("t (a ddpm step)", "{'target': 'two-moons', 'process': 'ddpm-linear', 't': #, 'points': [[0, 0]]}"),
            Map.entry("points[1][0]", "{'target': 'two-moons', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0], [#, 0]]}"),
            Map.entry("points[0][1]", "{'target': 'two-moons', 'process': 'condot', 't': 0.5, 'points': [[0, #]]}"),
            Map.entry("target.mixture.weights[1]", "{'target': " + mixture("[0.5, #]", "[[-2, 0], [2, 0]]", "[0.7, 0.7]", "[0, 1]")
                    + ", 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"),
            Map.entry("target.mixture.means[0][1]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, #], [2, 0]]", "[0.7, 0.7]", "[0, 1]")
                    + ", 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"),
            Map.entry("target.mixture.stds[1]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, 0], [2, 0]]", "[0.7, #]", "[0, 1]")
                    + ", 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"),
            Map.entry("target.mixture.classes[0]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, 0], [2, 0]]", "[0.7, 0.7]", "[#, 1]")
                    + ", 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"));

    /** A body of /api/v1/sample per numeric field. */
    private static final Map<String, String> SAMPLE_BODIES = Map.ofEntries(
            Map.entry("steps", "{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'steps': #}"),
            Map.entry("n", "{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'n': #}"),
            Map.entry("seed", "{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'reverse-sde', 'seed': #}"),
            Map.entry("eta", "{'target': 'two-blobs', 'process': 'ddpm-linear', 'sampler': 'ddim', 'eta': #}"),
            Map.entry("sigma", "{'target': 'two-blobs', 'process': 'condot', 'sampler': 'flow-sde', 'sigma': #}"),
            Map.entry("stepSize", "{'target': 'two-blobs', 'sampler': 'langevin', 'stepSize': #}"),
            Map.entry("guidance.class", "{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                    + "'guidance': {'class': #, 'scale': 1}}"),
            Map.entry("guidance.scale", "{'target': 'eight-gaussians', 'process': 'vp-sde', 'sampler': 'reverse-sde', "
                    + "'guidance': {'class': 1, 'scale': #}}"),
            Map.entry("target.mixture.weights[1]", "{'target': " + mixture("[0.5, #]", "[[-2, 0], [2, 0]]", "[0.7, 0.7]", "[0, 1]")
                    + ", 'process': 'vp-sde', 'sampler': 'reverse-sde'}"),
            Map.entry("target.mixture.means[1][0]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, 0], [#, 0]]", "[0.7, 0.7]", "[0, 1]")
                    + ", 'process': 'vp-sde', 'sampler': 'reverse-sde'}"),
            Map.entry("target.mixture.stds[0]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, 0], [2, 0]]", "[#, 0.7]", "[0, 1]")
                    + ", 'process': 'vp-sde', 'sampler': 'reverse-sde'}"),
            Map.entry("target.mixture.classes[1]", "{'target': " + mixture("[0.5, 0.5]", "[[-2, 0], [2, 0]]", "[0.7, 0.7]", "[0, #]")
                    + ", 'process': 'vp-sde', 'sampler': 'reverse-sde'}"));

    @BeforeEach
    void firstRequest() throws Exception {
        // The first request of a server logs the start of its dispatcher; that is not the refusal's.
        api.get("/api/v1/schedule?T=1");
    }

    private static String mixture(String weights, String means, String stds, String classes) {
        return "{'mixture': {'weights': " + weights + ", 'means': " + means + ", 'stds': " + stds + ", 'classes': " + classes + "}}";
    }

    @Test
    void everyNumericFieldOfTheFieldEndpointRefusesALongIntegerLiteralOnThatFieldAndLogsNothing(CapturedOutput output)
            throws Exception {
        assertEveryFieldRefused("/api/v1/field", FIELD_BODIES, output);
    }

    @Test
    void everyNumericFieldOfTheSampleEndpointRefusesALongIntegerLiteralOnThatFieldAndLogsNothing(CapturedOutput output)
            throws Exception {
        assertEveryFieldRefused("/api/v1/sample", SAMPLE_BODIES, output);
    }

    private void assertEveryFieldRefused(String path, Map<String, String> bodies, CapturedOutput output) throws Exception {
        for (Map.Entry<String, String> entry : bodies.entrySet()) {
            String field = entry.getKey().replace(" (a ddpm step)", "");
            for (String literal : LITERALS) {
                long linesBefore = output.getAll().lines().count();
                HttpResponse<String> response = api.post(path, json(entry.getValue()).replace("#", literal));
                String what = path + " " + entry.getKey() + " with " + literal.length() + " characters";
                assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
                JsonNode body = ApiHttp.error(response, 400, field);
                assertThat(body.get("error").asString()).as(what).startsWith(field + " must be")
                        .contains(literal.substring(0, 40) + "…");
                assertThat(response.body().length()).as(what).isLessThan(400);
                assertThat(output.getAll().lines().count() - linesBefore).as(what + ": lines logged").isLessThanOrEqualTo(1);
            }
        }
    }
}
