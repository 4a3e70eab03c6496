package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schedule endpoint over real HTTP: values, indexing, errors and ETags. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-api;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class ScheduleApiTest {

    private static final double EXACT = 0.0;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLinearScheduleComesBackWithTPlusOneAlphaBarsAndTBetas() throws Exception {
        HttpResponse<String> response = get("/api/v1/schedule?name=linear&T=1000");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        NoiseSchedule linear = NoiseSchedule.named("linear", 1000);
        assertThat(body.get("alphaBar").size()).isEqualTo(1001);
        assertThat(body.get("beta").size()).isEqualTo(1000);
        assertThat(body.get("alphaBar").get(0).asDouble()).isEqualTo(1.0);
        for (int t : new int[] {1, 10, 100, 500, 1000}) {
            assertThat(body.get("alphaBar").get(t).asDouble()).isCloseTo(linear.alphaBar(t), org.assertj.core.data.Offset.offset(EXACT));
            assertThat(body.get("beta").get(t - 1).asDouble()).isEqualTo(linear.beta(t));
        }
        assertThat(body.get("beta").get(0).asDouble()).isEqualTo(1e-4);
        assertThat(body.get("beta").get(999).asDouble()).isEqualTo(0.02);
    }

    @Test
    void theSameRequestGivesTheSameBytesAndAnETagThatRevalidates() throws Exception {
        HttpResponse<String> first = get("/api/v1/schedule?name=cosine&T=200");
        HttpResponse<String> second = get("/api/v1/schedule?name=cosine&T=200");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(get("/api/v1/schedule?name=cosine&T=200", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void anUnknownNameIsA400NamingTheFieldAndTheAllowedValues() throws Exception {
        HttpResponse<String> response = get("/api/v1/schedule?name=sigmoid");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("field").asString()).isEqualTo("name");
        assertThat(body.get("error").asString()).isEqualTo("name must be one of linear, cosine; was \"sigmoid\"");
        assertThat(body.get("allowed").toString()).isEqualTo("[\"linear\",\"cosine\"]");
    }

    @Test
    void aStepCountOutOfRangeOrNotANumberIsA400() throws Exception {
        JsonNode tooMany = json.readTree(get("/api/v1/schedule?T=100001").body());
        assertThat(tooMany.get("field").asString()).isEqualTo("T");
        assertThat(tooMany.get("error").asString()).isEqualTo("T must be between 1 and 10000, was 100001");
        HttpResponse<String> notANumber = get("/api/v1/schedule?T=lots");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notANumber.body()).get("error").asString()).isEqualTo("T must be a whole number, was \"lots\"");
    }
}
