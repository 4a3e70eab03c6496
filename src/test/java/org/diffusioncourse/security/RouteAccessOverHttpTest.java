package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The authorization matrix over real HTTP against the running server: what each kind of
 * visitor gets for the route URLs, and that signing in changes the session id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-accounts-web;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        // The same properties as AccountInBrowserTest, so the two share one running server.
        "course.admin-password=admin passphrase for this test"
})
class RouteAccessOverHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void accounts() {
        account("http-learner", EnumSet.of(Role.LEARNER));
        account("http-author", EnumSet.of(Role.LEARNER, Role.AUTHOR));
        account("http-reviewer", EnumSet.of(Role.LEARNER, Role.REVIEWER));
        account("http-admin", EnumSet.of(Role.LEARNER, Role.ADMIN));
    }

    private void account(String username, Set<Role> roles) {
        if (!users.usernameTaken(username)) {
            users.insert(username, "Display of " + username, passwords.encode(PASSWORD), roles);
        }
    }

    /** A browser without JavaScript: keeps cookies, does not follow redirects. */
    private final class Visitor {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
        }

        /** Signs in through the login form's own endpoint, with the CSRF token the page carries. */
        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("login");
            assertThat(page.statusCode()).isEqualTo(200);
            Map<String, String> meta = META.matcher(page.body()).results()
                    .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
            String form = form(Map.of("username", username, "password", password,
                    meta.getOrDefault("_csrf_parameter", "_csrf"), meta.getOrDefault("_csrf", "")));
            return http.send(HttpRequest.newBuilder(url("login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Visitor signedIn(String username) throws IOException, InterruptedException {
        Visitor visitor = new Visitor();
        HttpResponse<String> response = visitor.signIn(username, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return visitor;
    }

    private static void readsHomeAndLesson(Visitor visitor) throws IOException, InterruptedException {
        assertThat(visitor.get("").statusCode()).isEqualTo(200);
        assertThat(visitor.get("lessons/forward-process").statusCode()).isEqualTo(200);
        assertThat(visitor.get("lessons/forward-process?t=600&seed=11").statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorGetsTheLessonsAndIsRedirectedToSignInForTheAccountList() throws Exception {
        Visitor anonymous = new Visitor();
        readsHomeAndLesson(anonymous);
        assertThat(anonymous.get("login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("signup").statusCode()).isEqualTo(200);
        HttpResponse<String> admin = anonymous.get("admin/users");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValue(url("login").toString());
    }

    @Test
    void learnersAuthorsAndReviewersGetTheLessonsButAreDeniedTheAccountList() throws Exception {
        for (String username : new String[] {"http-learner", "http-author", "http-reviewer"}) {
            Visitor visitor = signedIn(username);
            readsHomeAndLesson(visitor);
            HttpResponse<String> admin = visitor.get("admin/users");
            assertThat(admin.statusCode()).as(username).isEqualTo(403);
            assertThat(admin.body()).contains("<h1>This page is for admins</h1>");
        }
    }

    @Test
    void anAdminGetsTheLessonsAndTheAccountList() throws Exception {
        Visitor admin = signedIn("http-admin");
        readsHomeAndLesson(admin);
        assertThat(admin.get("admin/users").statusCode()).isEqualTo(200);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void privateNote(String username, String question) {
        jdbc.sql("delete from research_note where object_key = 'claim:http' and user_id = (select id from app_user where username = :u)")
                .param("u", username).update();
        jdbc.sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question) "
                + "select id, 'forward-process', 'claim:http', 'Claim over HTTP', 'lessons/forward-process', :q "
                + "from app_user where username = :u").param("u", username).param("q", question).update();
    }

    @Test
    void notesAndReviewsNeedTheRightAccountOverHttp() throws Exception {
        privateNote("http-learner", "learner's own question");
        privateNote("http-author", "author's private question");
        Visitor anonymous = new Visitor();
        for (String path : new String[] {"notes", "reviews", "export/my-notes.md", "export/reviews.csv", "export/reviews.json"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(url("login").toString());
        }

        Visitor learner = signedIn("http-learner");
        HttpResponse<String> mine = learner.get("export/my-notes.md");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"my-notes.md\"");
        assertThat(mine.body()).contains("learner's own question").doesNotContain("author's private question");
        assertThat(learner.get("notes").statusCode()).isEqualTo(200);
        for (String path : new String[] {"reviews", "export/reviews.csv", "export/reviews.json"}) {
            HttpResponse<String> denied = learner.get(path);
            assertThat(denied.statusCode()).as(path).isEqualTo(403);
            assertThat(denied.body()).as(path).contains("<h1>This page is for reviewers</h1>");
        }

        Visitor author = signedIn("http-author");
        assertThat(author.get("export/reviews.csv").statusCode()).isEqualTo(200);
        assertThat(author.get("reviews").statusCode()).isEqualTo(403);
        assertThat(author.get("export/my-notes.md").body()).contains("author's private question").doesNotContain("learner's own");

        Visitor reviewer = signedIn("http-reviewer");
        assertThat(reviewer.get("reviews").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = reviewer.get("export/reviews.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("review_id,lesson_id,claim_id,verdict");
        HttpResponse<String> json = reviewer.get("export/reviews.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"reviews\"");
        assertThat(signedIn("http-admin").get("export/reviews.json").statusCode()).isEqualTo(200);
    }

    @Test
    void theJsonApiIsPublicAndOpensNoSession() throws Exception {
        Visitor anonymous = new Visitor();
        HttpResponse<String> schedule = anonymous.get("api/v1/schedule?name=cosine&T=10");
        assertThat(schedule.statusCode()).isEqualTo(200);
        assertThat(schedule.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(anonymous.sessionId()).isEmpty();
    }

    @Test
    void aWrongPasswordSendsTheVisitorBackToTheFormWithAnError() throws Exception {
        HttpResponse<String> response = new Visitor().signIn("http-learner", PASSWORD + "?");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("login?error").toString());
    }

    @Test
    void signingInReplacesTheSessionIdSoAPlantedIdIsUseless() throws Exception {
        Visitor visitor = new Visitor();
        visitor.get("login");
        String before = visitor.sessionId().orElseThrow();
        HttpResponse<String> response = visitor.signIn("http-learner", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        String after = visitor.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        Visitor attacker = new Visitor();
        attacker.cookies.getCookieStore().add(url("").resolve("/"), sessionCookie(before));
        HttpResponse<String> admin = attacker.get("admin/users");
        assertThat(admin.statusCode()).as("the old id is not signed in").isEqualTo(302);
    }

    private static HttpCookie sessionCookie(String id) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }
}
