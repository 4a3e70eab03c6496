package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import org.diffusioncourse.support.HttpVisitor;
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

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private HttpVisitor signedIn(String username) throws IOException, InterruptedException {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> response = visitor.signIn(username, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return visitor;
    }

    private static void readsHomeAndLesson(HttpVisitor visitor) throws IOException, InterruptedException {
        assertThat(visitor.get("").statusCode()).isEqualTo(200);
        assertThat(visitor.get("lessons/forward-process").statusCode()).isEqualTo(200);
        assertThat(visitor.get("lessons/forward-process?t=600&seed=11").statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorGetsTheLessonsAndIsRedirectedToSignInForTheAccountList() throws Exception {
        HttpVisitor anonymous = new HttpVisitor(port);
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
            HttpVisitor visitor = signedIn(username);
            readsHomeAndLesson(visitor);
            HttpResponse<String> admin = visitor.get("admin/users");
            assertThat(admin.statusCode()).as(username).isEqualTo(403);
            assertThat(admin.body()).contains("<h1>This page is for admins</h1>");
        }
    }

    @Test
    void anAdminGetsTheLessonsAndTheAccountList() throws Exception {
        HttpVisitor admin = signedIn("http-admin");
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
        HttpVisitor anonymous = new HttpVisitor(port);
        for (String path : new String[] {"notes", "my-models", "reviews", "reviews/dashboard", "export/my-notes.md", "export/reviews.csv", "export/reviews.json"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(url("login").toString());
        }

        HttpVisitor learner = signedIn("http-learner");
        HttpResponse<String> mine = learner.get("export/my-notes.md");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"my-notes.md\"");
        assertThat(mine.body()).contains("learner's own question").doesNotContain("author's private question");
        assertThat(learner.get("notes").statusCode()).isEqualTo(200);
        assertThat(learner.get("my-models").statusCode()).isEqualTo(200);
        for (String path : new String[] {"reviews", "reviews/dashboard", "export/reviews.csv", "export/reviews.json"}) {
            HttpResponse<String> denied = learner.get(path);
            assertThat(denied.statusCode()).as(path).isEqualTo(403);
            assertThat(denied.body()).as(path).contains("<h1>This page is for reviewers</h1>");
        }

        HttpVisitor author = signedIn("http-author");
        assertThat(author.get("export/reviews.csv").statusCode()).isEqualTo(200);
        assertThat(author.get("reviews").statusCode()).isEqualTo(403);
        assertThat(author.get("reviews/dashboard").statusCode()).isEqualTo(403);
        assertThat(author.get("export/my-notes.md").body()).contains("author's private question").doesNotContain("learner's own");

        HttpVisitor reviewer = signedIn("http-reviewer");
        assertThat(reviewer.get("reviews").statusCode()).isEqualTo(200);
        assertThat(reviewer.get("reviews/dashboard").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = reviewer.get("export/reviews.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("review_id,lesson_id,claim_id,verdict");
        HttpResponse<String> json = reviewer.get("export/reviews.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"reviews\"");
        HttpVisitor admin = signedIn("http-admin");
        assertThat(admin.get("export/reviews.json").statusCode()).isEqualTo(200);
        assertThat(admin.get("reviews/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void theJsonApiIsPublicAndOpensNoSession() throws Exception {
        HttpVisitor anonymous = new HttpVisitor(port);
        HttpResponse<String> schedule = anonymous.get("api/v1/schedule?name=cosine&T=10");
        assertThat(schedule.statusCode()).isEqualTo(200);
        assertThat(schedule.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(anonymous.sessionId()).isEmpty();
    }

    @Test
    void aWrongPasswordSendsTheHttpVisitorBackToTheFormWithAnError() throws Exception {
        HttpResponse<String> response = new HttpVisitor(port).signIn("http-learner", PASSWORD + "?");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("login?error").toString());
    }

    @Test
    void signingInReplacesTheSessionIdSoAPlantedIdIsUseless() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.get("login");
        String before = visitor.sessionId().orElseThrow();
        HttpResponse<String> response = visitor.signIn("http-learner", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        String after = visitor.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);

        HttpVisitor attacker = new HttpVisitor(port);
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
