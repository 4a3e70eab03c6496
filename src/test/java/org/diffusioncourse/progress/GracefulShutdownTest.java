package org.diffusioncourse.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.diffusioncourse.Application;
import org.diffusioncourse.base.ShutdownGate;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance that is stopped: once its {@link ShutdownGate} closes it reports not ready and
 * refuses a new API sampling run saying why, and when its context closes the learner's position
 * that was still waiting for its quiet spell to end is in the database, not dropped.
 */
class GracefulShutdownTest {

    @Test
    void aStoppingInstanceRefusesNewRunsIsNotReadyAndWritesPendingProgressBeforeItCloses(@TempDir Path data)
            throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--course.data-dir=" + data.toAbsolutePath(),
                "--course.content-poll-ms=0",
                "--course.admin-password=admin passphrase for shutdown tests",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        HttpClient http = HttpClient.newHttpClient();
        String site = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        long owner;
        try {
            UserService users = app.getBean(UserService.class);
            Accounts.ensure(users, app.getBean(JdbcClient.class), "graceful-gale");
            owner = users.find("graceful-gale").orElseThrow().id();
            TouchWriter writer = app.getBean(TouchWriter.class);
            writer.touched(owner, "forward-process", "t=10");
            writer.flush();
            // Within the quiet spell: this one waits in memory for its turn.
            writer.touched(owner, "ddpm", "seed=3&t=40");
            assertThat(get(http, site + "/actuator/health/readiness").statusCode()).isEqualTo(200);

            app.getBean(ShutdownGate.class).close();

            HttpResponse<String> readiness = get(http, site + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(site + "/api/v1/sample"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"target\": \"two-blobs\", \"process\": \"ddpm-cosine\", \"sampler\": \"ddim\", \"n\": 50}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(run.statusCode()).as(run.body()).isEqualTo(503);
            assertThat(run.headers().firstValue("Retry-After")).hasValue(Long.toString(ShutdownGate.RETRY_AFTER_SECONDS));
            assertThat(run.body()).contains("the sampling run was refused: the server is shutting down");
        } finally {
            app.close();
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("course"),
                "course", "");
             PreparedStatement query = db.prepareStatement(
                     "select lesson_id, demo_query from learner_progress where user_id = ?")) {
            query.setLong(1, owner);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("ddpm");
                assertThat(row.getString(2)).isEqualTo("seed=3&t=40");
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
