package org.diffusioncourse.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.diffusioncourse.browser.BrowserSupport;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The course as a university would run it: a real PostgreSQL, two instances of the packaged
 * jar sharing it and one content folder, and Debian's nginx in front with the repository's
 * own configuration ({@code src/deploy/nginx-course.conf}). A learner in Chromium works through
 * the proxy; the instance serving them is killed with SIGKILL; the learner reloads, is still
 * signed in, finds everything they saved, and carries on on the other instance.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final String ADMIN_PASSWORD = "cluster admin " + UUID.randomUUID();
    private static final String PASSWORD = "a long enough passphrase";
    private static final Duration START = Duration.ofSeconds(180);

    private static final List<AutoCloseable> open = new ArrayList<>();
    private static ClusterDatabase database;
    private static ContentCopy content;
    private static SiteInstance a;
    private static SiteInstance b;
    private static Proxy proxy;
    private static BrowserSupport chromium;

    @BeforeAll
    static void startTheCluster() throws Exception {
        database = ClusterDatabase.fresh("course_cluster_it");
        content = ContentCopy.of(Path.of("content"));
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster")), "it-").toAbsolutePath();
        // Warm-up would draw every demo on both instances at once; this test needs the cores.
        List<String> extra = List.of("--course.demos.warm-up=false", "--course.content-poll-ms=500");
        a = SiteInstance.start("a", work, database, content.root(), ADMIN_PASSWORD, extra);
        open.add(a);
        // Flyway creates the schema once: the second instance starts when the first is up.
        a.awaitReady(START);
        b = SiteInstance.start("b", work, database, content.root(), ADMIN_PASSWORD, extra);
        open.add(b);
        b.awaitReady(START);
        proxy = Proxy.start(work, a, b);
        open.add(proxy);
        chromium = BrowserSupport.start();
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    @Test
    @Order(1)
    void aRepeatedApiRequestIsServedByTheProxysCache() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"target\":\"two-moons\",\"process\":\"ddpm-linear\",\"sampler\":\"ddim\",\"steps\":20,\"n\":300,\"seed\":"
                + (1000 + (int) (Math.random() * 1000)) + "}";
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(http.send(HttpRequest.newBuilder(URI.create(proxy.url("/api/v1/sample")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers).extracting(answer -> answer.headers().firstValue("X-Cache-Status").orElse(""))
                .containsExactly("MISS", "HIT", "HIT");
        assertThat(answers.get(1).body()).isEqualTo(answers.get(0).body());
        assertThat(answers.get(2).headers().firstValue("ETag")).isEqualTo(answers.get(0).headers().firstValue("ETag"));

        // Another body is another answer, never the cached one.
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(proxy.url("/api/v1/sample")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("\"n\":300", "\"n\":301"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("X-Cache-Status")).hasValue("MISS");
        assertThat(other.body()).isNotEqualTo(answers.get(0).body());

        // GETs too, and a revalidation is answered by the proxy with 304.
        String figure = "/api/v1/figures/forward-noising/figure.svg?t=" + (10 + (int) (Math.random() * 900));
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(proxy.url(figure))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(proxy.url(figure)))
                .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.headers().firstValue("X-Cache-Status")).hasValue("MISS");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("X-Cache-Status")).hasValue("HIT");
    }

    @Test
    @Order(2)
    void anAuthorsEditReachesBothInstances() throws Exception {
        content.edit("lessons/forward-process/index.md", "title: The forward process", "title: The forward process, edited");
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            for (SiteInstance instance : List.of(a, b)) {
                // Each instance polls the shared folder on its own; the page shows the new title.
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                String title = "";
                while (System.nanoTime() < deadline && !title.contains("edited")) {
                    page.navigate(instance.url("/lessons/forward-process"));
                    title = page.locator("h1").first().textContent();
                }
                assertThat(title).as("instance " + instance.name).isEqualTo("The forward process, edited");
            }
        } finally {
            content.edit("lessons/forward-process/index.md", "title: The forward process, edited", "title: The forward process");
        }
    }

    @Test
    @Order(3)
    void aLearnerWhoseInstanceIsKilledCarriesOnSignedInWithEverythingSaved() throws Exception {
        BrowserContext context = chromium.browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        String username = "cluster-" + UUID.randomUUID().toString().substring(0, 8);

        page.navigate(proxy.url("/signup"));
        page.getByLabel("Username").first().fill(username);
        page.getByLabel("Display name").first().fill("Clara Cluster");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        page.getByLabel("Repeat the password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.locator("#login-notice").waitFor();
        page.getByLabel("Username").first().fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        page.getByLabel(Pattern.compile("Keep me signed in")).first().check();
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().press("Enter");
        page.locator("#account-name").waitFor();

        // A note, autosaved while typing, and a committed prediction.
        page.navigate(proxy.url("/lessons/forward-process"));
        page.locator("#claim-linear-schedule .note-button").click();
        Locator question = page.locator("#note-question textarea");
        question.focus();
        page.keyboard().type("Saved before the crash.");
        awaitStored(username, "Saved before the crash.");
        Locator card = page.locator("#practice-crossing-band");
        card.getByLabel("middle", new Locator.GetByLabelOptions().setExact(true)).check();
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Commit my prediction")).click();
        card.locator(".practice-outcome").filter(new Locator.FilterOptions().setHasText("saved")).waitFor();
        assertThat(prediction(username)).isEqualTo("middle");

        SiteInstance serving = servedBy(context);
        SiteInstance other = serving == a ? b : a;
        serving.kill();
        assertThat(serving.alive()).isFalse();

        // The reload reaches the other instance, whose remember-me signs the learner in again.
        Response reload = page.reload();
        assertThat(reload.status()).isEqualTo(200);
        page.locator("#account-name").waitFor();
        assertThat(servedBy(context)).isSameAs(other);
        page.locator("#claim-linear-schedule .note-button").click();
        page.waitForCondition(() -> question.inputValue().equals("Saved before the crash."));
        assertThat(card.locator(".practice-outcome").textContent()).contains("middle");

        // And carries on: the next words are saved by the surviving instance.
        question.focus();
        page.keyboard().press("End");
        page.keyboard().type(" And after it.");
        awaitStored(username, "Saved before the crash. And after it.");
        context.close();

        // The killed instance comes back on the same database and content, and is ready.
        serving.restart();
        serving.awaitReady(START);
    }

    private static SiteInstance servedBy(BrowserContext context) {
        String route = context.cookies().stream().filter(c -> c.name.equals("course_route")).map(c -> c.value)
                .findFirst().orElseThrow(() -> new AssertionError("the proxy set no course_route cookie"));
        return switch (route) {
            case "a" -> a;
            case "b" -> b;
            default -> throw new AssertionError("course_route names no instance: '" + route + "'");
        };
    }

    private static void awaitStored(String username, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String stored = null;
        while (System.nanoTime() < deadline && !expected.equals(stored)) {
            stored = query("select question from research_note r join app_user u on u.id = r.user_id "
                    + "where u.username = ? and r.object_key = 'claim:linear-schedule'", username);
            Thread.sleep(200);
        }
        assertThat(stored).isEqualTo(expected);
    }

    private static String prediction(String username) throws SQLException {
        return query("select prediction from practice_attempt p join app_user u on u.id = p.user_id "
                + "where u.username = ? and p.item_id = 'crossing-band'", username);
    }

    private static String query(String sql, String username) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
