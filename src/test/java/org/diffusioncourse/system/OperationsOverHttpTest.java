package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's view over real HTTP: public health that says only UP or DOWN, liveness and
 * readiness, and the Prometheus page, readable with the scrape token and by nobody anonymous,
 * listing every metric family the README documents once a demo and the API have been used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-ops;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        "course.metrics.token=" + OperationsOverHttpTest.TOKEN
})
class OperationsOverHttpTest {

    static final String TOKEN = "scrape-token-for-tests-7c1f";
    /** A small sampling run of the JSON API. */
    static final String SAMPLE = "{\"target\": \"two-blobs\", \"process\": \"ddpm-cosine\", \"sampler\": \"ddim\", \"n\": 50}";

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @BeforeEach
    void exerciseADemoTheApiAndTheUi() throws Exception {
        assertThat(send(at("/api/v1/figures/forward-noising/figure.svg?dataset=spiral&schedule=cosine&t=321&seed=11&n=800")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> run = send(at("/api/v1/sample").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SAMPLE)));
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        // A request of the Vaadin client, made up: refused by Vaadin, but timed all the same.
        send(at("/?v-r=uidl&v-uiId=0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    @Test
    void withTheScrapeTokenThePrometheusPageListsEveryFamilyOfTheReadme() throws Exception {
        HttpResponse<String> page = send(at("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> lines = page.body().lines().toList();
        for (String family : List.of(
                "http_server_requests_seconds_count{",
                "course_ui_roundtrip_seconds_count{outcome=",
                "course_ui_roundtrip_seconds_bucket{",
                "course_ui_active ",
                "tomcat_sessions_active_current_sessions ",
                "course_demo_render_seconds_count{demo=\"forward-noising\",figure=\"figure\"",
                "course_demo_render_seconds_bucket{demo=\"forward-noising\",figure=\"figure\",le=\"0.1\"",
                "cache_gets_total{cache=\"forward-noising-frames\",result=\"hit\"}",
                "cache_gets_total{cache=\"forward-noising-frames\",result=\"miss\"} 1",
                "course_api_runs{state=\"running\"}",
                "course_api_runs{state=\"waiting\"}",
                "course_training_runs{state=\"training\"}",
                "course_training_runs{state=\"waiting\"}",
                "course_training_slots_used ",
                "executor_active_threads{name=\"sampler-lab\"}",
                "executor_queued_tasks{name=\"sampler-lab\"}")) {
            assertThat(lines).as(family).anySatisfy(line -> assertThat(line).startsWith(family));
        }
        assertThat(lines).as("one sampling run through the API").anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_count{").contains("uri=\"/api/v1/sample\"").endsWith(" 1"));
    }

    @Test
    void withoutTheTokenOrWithAWrongOneThePrometheusPageIsRefused() throws Exception {
        assertThat(send(at("/actuator/prometheus")).statusCode()).isNotEqualTo(200);
        HttpResponse<String> wrong = send(at("/actuator/prometheus").header("Authorization", "Bearer not-" + TOKEN));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("course_");
    }

    @Test
    void theTokenReadsThePrometheusPageOnlyAndAnonymousVisitorsGetNoMetrics() throws Exception {
        assertThat(send(at("/actuator/metrics")).statusCode()).isNotEqualTo(200);
        assertThat(send(at("/actuator/metrics/course.api.runs")).statusCode()).isNotEqualTo(200);
        assertThat(send(at("/actuator/metrics").header("Authorization", "Bearer " + TOKEN)).statusCode()).isNotEqualTo(200);
    }

    @Test
    void publicHealthSaysItsStatusAndNothingElse() throws Exception {
        for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = send(at(path));
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
        HttpResponse<String> health = send(at("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "content", "db");
    }
}
