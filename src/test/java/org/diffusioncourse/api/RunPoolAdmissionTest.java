package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.diffusioncourse.api.ApiHttp.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Admission control of the API's sampling runs, with one worker and a queue of one: a run
 * beyond both is refused with 503 and Retry-After, a queued run completes in its turn, and the
 * lesson pages' figure URLs are answered while every place is taken. The places are taken by
 * tasks that wait on a latch, so nothing here depends on how long a run takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-api;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        "course.api.runs.workers=1",
        "course.api.runs.queue=1"
})
class RunPoolAdmissionTest {

    private static final String SAMPLE = "/api/v1/sample";
    private static final String SMALL_RUN = json("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'pf-ode-euler', "
            + "'steps': 10, 'n': 50, 'seed': 3}");
    /** Longer than any answer here should take, so a test that would hang fails instead. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    RunPool pool;
    private ApiHttp api;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<CompletableFuture<?>> holders = new ArrayList<>();
    private final ExecutorService holderThreads = Executors.newCachedThreadPool();

    @BeforeEach
    void connect() {
        api = new ApiHttp(port);
    }

    @AfterEach
    void releaseThePlaces() {
        release.countDown();
        holders.forEach(CompletableFuture::join);
        holderThreads.shutdown();
    }

    /** Takes one place in the pool (a worker, else a place in the queue) until the test ends. */
    private void takeAPlace() {
        int taken = pool.running() + pool.waiting();
        holders.add(CompletableFuture.runAsync(() -> pool.run(() -> {
            release.await();
            return null;
        }), holderThreads));
        await().atMost(PATIENCE).until(() -> pool.running() + pool.waiting() == taken + 1);
    }

    @Test
    void aRunBeyondTheWorkersAndTheQueueIsRefusedWith503AndRetryAfterAndNothingRuns() throws Exception {
        takeAPlace();
        takeAPlace();
        assertThat(pool.running()).isEqualTo(1);
        assertThat(pool.waiting()).isEqualTo(1);
        HttpResponse<String> response = api.post(SAMPLE, SMALL_RUN);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive();
        JsonNode body = ApiHttp.JSON.readTree(response.body());
        assertThat(body.propertyNames()).containsExactly("error", "retryAfter");
        assertThat(body.get("error").asString()).isEqualTo("the server is busy: 1 run is running and 1 run is waiting, "
                + "the most it takes; nothing was run, try again in " + retryAfter + " s");
        assertThat(body.get("retryAfter").asLong()).isEqualTo(retryAfter);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(pool.waiting()).isEqualTo(1);
    }

    @Test
    void aBadRequestIsStillA400WhenThePoolIsFull() throws Exception {
        takeAPlace();
        takeAPlace();
        api.refused(SAMPLE, json("{'target': 'two-blobs', 'process': 'vp-sde', 'sampler': 'pf-ode-euler', 'n': 1}"), "n",
                "n must be between 2 and 20000, was 1");
    }

    @Test
    void aQueuedRunWaitsForTheWorkerAndThenCompletesWithTheSameAnswer() throws Exception {
        String alone = api.ok(SAMPLE, SMALL_RUN).toString();
        takeAPlace();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + SAMPLE)).timeout(PATIENCE)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SMALL_RUN)).build();
        CompletableFuture<HttpResponse<String>> queued = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        await().atMost(PATIENCE).until(() -> pool.waiting() == 1);
        assertThat(queued).isNotDone();
        release.countDown();
        HttpResponse<String> response = queued.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiHttp.JSON.readTree(response.body()).toString()).isEqualTo(alone);
    }

    @Test
    void theFigureUrlsTheLessonPagesAndTheLightEndpointsAreAnsweredWhileEveryPlaceIsTaken() throws Exception {
        takeAPlace();
        takeAPlace();
        HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        for (String url : List.of("/api/v1/figures/forward-noising/figure.svg?t=321", "/api/v1/figures/ddpm-reverse/figure.svg",
                "/api/v1/schedule?T=10", "/lessons/forward-process")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                    .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/field", json("{'target': 'spiral', 'process': 'vp-sde', 't': 0.5, 'points': [[0, 0]]}"))
                .statusCode()).isEqualTo(200);
        assertThat(pool.running() + pool.waiting()).isEqualTo(2);
    }
}
