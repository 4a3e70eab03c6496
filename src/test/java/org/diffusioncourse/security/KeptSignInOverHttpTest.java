package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.diffusioncourse.support.HttpVisitor;
import org.diffusioncourse.support.SteppedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * "Keep me signed in" over real HTTP, and the session kept true to the account's row: a
 * session lost (its instance died) is replaced by the kept sign-in only when the box was
 * ticked; sign-out deletes it; a copied token is refused and signs the account out everywhere;
 * and a role removed or an account deleted counts on the very next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-kept-sign-in;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class KeptSignInOverHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> KEEP = Map.of(AccountSessions.KEEP_SIGNED_IN_PARAMETER, "on");

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    /** Moved on by the tests that need a token's short grace after its replacement to be over. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private long account(String username, Set<Role> roles) {
        return users.findByUsername(username).map(Account::id)
                .orElseGet(() -> users.insert(username, "Name of " + username, passwords.encode(PASSWORD), roles));
    }

    private HttpVisitor signedIn(String username, Map<String, String> extra) throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> response = visitor.signIn(username, PASSWORD, extra);
        assertThat(response.headers().firstValue("Location")).hasValue(visitor.url("").toString());
        return visitor;
    }

    private static boolean signedIn(HttpVisitor visitor) throws Exception {
        return visitor.get("notes").statusCode() == 200;
    }

    private int keptSignIns(String username) {
        return jdbc.sql("select count(*) from persistent_logins where username = :u").param("u", username)
                .query(Integer.class).single();
    }

    @Test
    void withTheBoxTickedALostSessionIsReplacedOnTheNextRequestAndTheTokenIsReplacedToo() throws Exception {
        account("kept-kim", EnumSet.of(Role.LEARNER));
        HttpVisitor browser = new HttpVisitor(port);
        HttpResponse<String> signIn = browser.signIn("kept-kim", PASSWORD, KEEP);
        String setCookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AccountSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Max-Age=" + AccountSessions.KEEP_FOR.toSeconds(), "HttpOnly", "SameSite=Lax")
                .as("not Secure over plain HTTP, or the browser would never send it back").doesNotContain("Secure");
        assertThat(keptSignIns("kept-kim")).isEqualTo(1);
        String first = browser.cookie(AccountSessions.COOKIE).orElseThrow();

        browser.forgetSession();
        assertThat(browser.sessionId()).isEmpty();
        assertThat(signedIn(browser)).isTrue();
        assertThat(browser.sessionId()).as("a new session").isPresent();
        assertThat(browser.cookie(AccountSessions.COOKIE)).as("a used token is replaced").isPresent().get().isNotEqualTo(first);
        assertThat(keptSignIns("kept-kim")).as("same device, same row").isEqualTo(1);
    }

    @Test
    void requestsAPageSentTogetherWithTheSameTokenAllSignInAndEndWithTheSameNewToken() throws Exception {
        account("parallel-pia", EnumSet.of(Role.LEARNER));
        HttpVisitor page = signedIn("parallel-pia", KEEP);
        String before = page.cookie(AccountSessions.COOKIE).orElseThrow();
        page.forgetSession();
        // The page's push connection left with the same cookie, before the first answer came back.
        HttpVisitor push = new HttpVisitor(port);
        push.setCookie(AccountSessions.COOKIE, before);

        assertThat(signedIn(page)).isTrue();
        assertThat(signedIn(push)).as("not taken for a copied cookie").isTrue();
        assertThat(push.cookie(AccountSessions.COOKIE)).isEqualTo(page.cookie(AccountSessions.COOKIE)).isPresent()
                .get().isNotEqualTo(before);
        assertThat(keptSignIns("parallel-pia")).isEqualTo(1);
    }

    @Test
    void withoutTheBoxALostSessionIsSignedOut() throws Exception {
        account("session-sam", EnumSet.of(Role.LEARNER));
        HttpVisitor browser = signedIn("session-sam", Map.of());
        assertThat(browser.cookie(AccountSessions.COOKIE)).isEmpty();
        assertThat(keptSignIns("session-sam")).isZero();
        assertThat(signedIn(browser)).isTrue();

        browser.forgetSession();
        HttpResponse<String> notes = browser.get("notes");
        assertThat(notes.statusCode()).isEqualTo(302);
        assertThat(notes.headers().firstValue("Location")).hasValue(browser.url("login").toString());
    }

    @Test
    void signingOutDeletesTheKeptSignIn() throws Exception {
        account("leaving-lea", EnumSet.of(Role.LEARNER));
        HttpVisitor browser = signedIn("leaving-lea", KEEP);
        assertThat(keptSignIns("leaving-lea")).isEqualTo(1);

        HttpResponse<String> signOut = browser.postWithPageToken("", "logout", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(keptSignIns("leaving-lea")).isZero();
        assertThat(browser.cookie(AccountSessions.COOKIE)).as("the cookie is cleared").isEmpty();
        browser.forgetSession();
        assertThat(signedIn(browser)).isFalse();
    }

    @Test
    void anOldTokenUsedAfterItWasReplacedIsRefusedWithAMessageAndSignsTheAccountOutOnEveryDevice() throws Exception {
        account("copied-cleo", EnumSet.of(Role.LEARNER));
        HttpVisitor owner = signedIn("copied-cleo", KEEP);
        String copied = owner.cookie(AccountSessions.COOKIE).orElseThrow();
        owner.forgetSession();
        assertThat(signedIn(owner)).as("the owner's next visit replaces the token").isTrue();
        ((SteppedClock) clock).advance(KeptSignIns.GRACE.plusSeconds(1));

        HttpVisitor thief = new HttpVisitor(port);
        thief.setCookie(AccountSessions.COOKIE, copied);
        HttpResponse<String> refused = thief.get("notes");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?" + AccountSessions.KEPT_SIGN_IN_REUSED));
        assertThat(refused.headers().allValues("Set-Cookie")).as("the copied cookie is cleared")
                .anySatisfy(c -> assertThat(c).startsWith(AccountSessions.COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970"));
        assertThat(signedIn(thief)).isFalse();
        assertThat(keptSignIns("copied-cleo")).as("every kept sign-in of the account is gone").isZero();
        owner.forgetSession();
        assertThat(signedIn(owner)).as("the owner signs in again with the password").isFalse();
        assertThat(thief.get("login?" + AccountSessions.KEPT_SIGN_IN_REUSED).statusCode()).isEqualTo(200);
    }

    @Test
    void aKeptSignInGetsTheRolesTheAccountHasNowNotTheOnesItHadWhenTheBoxWasTicked() throws Exception {
        long id = account("demoted-dora", EnumSet.of(Role.LEARNER, Role.REVIEWER));
        HttpVisitor browser = signedIn("demoted-dora", KEEP);
        assertThat(browser.get("reviews").statusCode()).isEqualTo(200);
        Account now = users.findById(id).orElseThrow();
        users.replaceRoles(id, now.version(), EnumSet.of(Role.LEARNER));

        browser.forgetSession();
        assertThat(signedIn(browser)).isTrue();
        // Spring Security sends a kept sign-in that lacks a role to sign in with the password
        // (which might carry more) rather than answering 403; either way the queue stays shut.
        HttpResponse<String> reviews = browser.get("reviews");
        assertThat(reviews.statusCode()).isEqualTo(302);
        assertThat(reviews.headers().firstValue("Location")).hasValue(browser.url("login").toString());
        assertThat(browser.get("export/reviews.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void aRemovedRoleIsRefusedAtTheDoorOnTheVeryNextRequestOfTheSameSession() throws Exception {
        long id = account("reviewer-rita", EnumSet.of(Role.LEARNER, Role.REVIEWER));
        HttpVisitor browser = signedIn("reviewer-rita", Map.of());
        assertThat(browser.get("reviews").statusCode()).isEqualTo(200);
        assertThat(browser.get("export/reviews.csv").statusCode()).isEqualTo(200);
        String session = browser.sessionId().orElseThrow();

        users.replaceRoles(id, users.findById(id).orElseThrow().version(), EnumSet.of(Role.LEARNER));
        assertThat(browser.get("reviews").statusCode()).isEqualTo(403);
        assertThat(browser.get("export/reviews.csv").statusCode()).isEqualTo(403);
        assertThat(browser.get("export/reviews.json").statusCode()).isEqualTo(403);
        assertThat(signedIn(browser)).as("still signed in, as a learner").isTrue();
        assertThat(browser.sessionId()).hasValue(session);

        users.replaceRoles(id, users.findById(id).orElseThrow().version(), EnumSet.of(Role.LEARNER, Role.REVIEWER));
        assertThat(browser.get("reviews").statusCode()).as("a role given back counts at once too").isEqualTo(200);
    }

    @Test
    void anAccountDeletedWhileSignedInIsSignedOutOnItsNextRequestWithItsKeptSignIns() throws Exception {
        account("deleted-dan", EnumSet.of(Role.LEARNER));
        HttpVisitor browser = signedIn("deleted-dan", KEEP);
        assertThat(signedIn(browser)).isTrue();

        jdbc.sql("delete from app_user where username = 'deleted-dan'").update();
        assertThat(signedIn(browser)).isFalse();
        assertThat(keptSignIns("deleted-dan")).isZero();
        assertThat(browser.cookie(AccountSessions.COOKIE)).isEmpty();
    }
}
