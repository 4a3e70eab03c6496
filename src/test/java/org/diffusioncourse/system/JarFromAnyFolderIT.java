package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as a course operator would from an empty folder with no content
 * folder configured: it serves the course bundled in it (a lesson's text reaches the page's
 * Vaadin client), reports ready, and on SIGTERM shuts down gracefully. Run by failsafe after {@code package} ({@code ./mvnw verify}).
 */
class JarFromAnyFolderIT {

    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void theJarServesItsBundledCourseFromAnEmptyFolderAndStopsGracefully(@TempDir Path empty) throws Exception {
        Path jar = packagedJar();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = empty.resolve("app.log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--course.demos.warm-up=false",
                "--course.admin-password=admin passphrase for the jar test")
                .directory(empty.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().remove("COURSE_CONTENT_DIR");
        start.environment().remove("COURSE_DATA_DIR");
        Process app = start.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String site = "http://localhost:" + port;
            assertThat(readyWithin(http, site, app)).as("ready within %s; the log:%n%s", START, tail(log)).isTrue();

            assertThat(lessonAsTheVaadinClientLoadsIt(site, "forward-process")).contains("The forward process");
            HttpResponse<String> figure = http.send(HttpRequest.newBuilder(URI.create(site
                    + "/api/v1/figures/forward-noising/figure.svg")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(figure.statusCode()).isEqualTo(200);
            assertThat(figure.body()).startsWith("<svg");

            Path extracted = empty.resolve("data").resolve(BundledContent.EXTRACTED);
            assertThat(extracted.resolve("course.yml")).hasSameTextualContentAs(Path.of("content", "course.yml"));
            assertThat(Files.readString(log)).contains("Course content: " + extracted.toRealPath())
                    .contains("Loaded 14 lessons from " + extracted.toRealPath());
        } finally {
            app.destroy();
            boolean stopped = app.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                app.destroyForcibly();
            }
            assertThat(stopped).as("stopped within 60 s of SIGTERM").isTrue();
        }
        assertThat(Files.readString(log)).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
    }

    /**
     * The lesson as the page's Vaadin client gets it: the page, the UI's bootstrap ({@code v-r=init},
     * which carries the UI's CSRF key), then the navigation to the lesson, whose answer holds its text.
     */
    private static String lessonAsTheVaadinClientLoadsIt(String site, String lesson) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(site + "/lessons/" + lesson)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String init = browser.send(HttpRequest.newBuilder(URI.create(site + "/?v-r=init&location=lessons%2F" + lesson))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init);
        assertThat(key.find()).as("the UI's CSRF key in %s", init).isTrue();
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"lessons/" + lesson + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(URI.create(site + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        return shown.body();
    }

    private static boolean readyWithin(HttpClient http, String site, Process app) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(site + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().matches("diffusion-course-.*\\.jar")
                    && !f.getFileName().toString().endsWith("-plain.jar")).toList();
            assertThat(jars).as("the packaged jar in target/ (run ./mvnw package first)").hasSize(1);
            return jars.getFirst().toAbsolutePath();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
