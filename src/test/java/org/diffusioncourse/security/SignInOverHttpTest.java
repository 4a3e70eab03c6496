package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Signing in over real HTTP, as a browser's form post or a forged one: the CSRF token the
 * sign-in page carries is required, so a page elsewhere cannot sign a visitor in to an
 * account of its choosing (login CSRF); and wrong passwords are throttled per account and per
 * client address ({@link AttemptLimit}), so guessing is slow however many clients guess.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-sign-in;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
@ExtendWith(OutputCaptureExtension.class)
class SignInOverHttpTest {

    static final String PASSWORD = "correct horse battery";
    /** The account an attacker would like a victim to be signed in to. */
    private static final String PLANTED = "planted-account";

    @LocalServerPort
    int port;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SignInThrottle throttle;

    /** Time stands still, so no attempt comes back while a test spends an allowance, however slow the machine. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @BeforeEach
    void accounts() {
        // Every test here signs in from 127.0.0.1; each starts as after a restart.
        throttle.clear();
        if (!users.usernameTaken(PLANTED)) {
            users.insert(PLANTED, "Planted", passwords.encode(PASSWORD), EnumSet.of(Role.LEARNER));
        }
    }

    private static boolean signedIn(HttpVisitor visitor) throws Exception {
        return visitor.get("notes").statusCode() == 200;
    }

    @Test
    void aSignInPostedWithoutTheFormsTokenIsRefusedAndSignsNobodyIn() throws Exception {
        HttpVisitor victim = new HttpVisitor(port);
        victim.get("");
        HttpResponse<String> forged = victim.postForm("login", Map.of("username", PLANTED, "password", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("<h1>This sign-in form has expired</h1>", "href=\"/login\"");
        assertThat(signedIn(victim)).isFalse();
    }

    @Test
    void aSignInPostedWithAMadeUpTokenIsRefused() throws Exception {
        HttpVisitor victim = new HttpVisitor(port);
        victim.get("login");
        HttpResponse<String> forged = victim.postForm("login",
                Map.of("username", PLANTED, "password", PASSWORD, "_csrf", "made-up-token"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signedIn(victim)).isFalse();
    }

    /** The sign-in's answer, in the words of a test: "checked" (302 to ?error), "signed in" (302), or "paused" (429). */
    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() == 429) {
            return "paused";
        }
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().endsWith("?error") ? "checked" : "signed in";
    }

    private void account(String username) {
        if (!users.usernameTaken(username)) {
            users.insert(username, "Target " + username, passwords.encode(PASSWORD), EnumSet.of(Role.LEARNER));
        }
    }

    @Test
    void manyWrongPasswordsForOneAccountPauseItsSignInEvenForTheRightPasswordAndAreLoggedOnce(CapturedOutput output)
            throws Exception {
        account("guessed-alice");
        HttpVisitor attacker = new HttpVisitor(port);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            outcomes.merge(outcome(attacker.signIn("guessed-alice", "wrong guess number " + i)), 1, Integer::sum);
        }
        assertThat(outcomes).containsEntry("checked", AttemptLimit.SIGN_IN_ACCOUNT.attempts())
                .containsEntry("paused", 200 - AttemptLimit.SIGN_IN_ACCOUNT.attempts());

        HttpVisitor owner = new HttpVisitor(port);
        HttpResponse<String> rightPassword = owner.signIn("guessed-alice", PASSWORD);
        assertThat(outcome(rightPassword)).isEqualTo("paused");
        assertThat(signedIn(owner)).isFalse();
        assertThat(rightPassword.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(rightPassword.body()).contains("<h1>Sign-in is paused</h1>", "Try again in about 1 minute.",
                "url=/login?paused=1");
        assertThat(rightPassword.headers().firstValue("Content-Security-Policy")).as("the pages' headers too").isPresent();
        assertThat(rightPassword.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(output.getAll().split("Sign-in paused for the account guessed-alice", -1))
                .as("one log line for the whole lockout").hasSize(2);
    }

    @Test
    void sixteenClientsGuessingOneAccountAtOnceGetNoMoreThanItsAllowanceChecked() throws Exception {
        account("guessed-bob");
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int client = 0; client < 16; client++) {
                int c = client;
                runs.add(clients.submit(() -> {
                    HttpVisitor visitor = new HttpVisitor(port);
                    for (int i = 0; i < 27; i++) {
                        outcomes.merge(outcome(visitor.signIn("guessed-bob", "guess " + c + "/" + i)), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(outcomes.get("checked")).isEqualTo(AttemptLimit.SIGN_IN_ACCOUNT.attempts());
        assertThat(outcome(new HttpVisitor(port).signIn("guessed-bob", PASSWORD))).isEqualTo("paused");
    }

    @Test
    void oneAddressGuessingManyAccountsIsPausedForEveryAccountEvenWithAForgedForwardedFor() throws Exception {
        account("sprayed-carol");
        int allowance = AttemptLimit.SIGN_IN_ADDRESS.attempts();
        for (int i = 0; i < allowance; i++) {
            assertThat(outcome(new HttpVisitor(port).signIn("sprayed-" + i, "Summer2024!!"))).as("attempt " + i)
                    .isEqualTo("checked");
        }
        assertThat(outcome(new HttpVisitor(port).signIn("sprayed-carol", PASSWORD))).isEqualTo("paused");
        // The site trusts no proxy unless configured to (see SignInBehindAProxyTest), so a
        // client cannot name a fresh address for itself.
        HttpVisitor forged = new HttpVisitor(port, Map.of("X-Forwarded-For", "203.0.113.7"));
        assertThat(outcome(forged.signIn("sprayed-carol", PASSWORD))).isEqualTo("paused");
    }

    @Test
    void successfulSignInsCostNothing() throws Exception {
        account("often-dave");
        for (int i = 0; i < AttemptLimit.SIGN_IN_ACCOUNT.attempts() * 2; i++) {
            assertThat(outcome(new HttpVisitor(port).signIn("often-dave", PASSWORD))).as("sign-in " + i).isEqualTo("signed in");
        }
    }

    @Test
    void theSignInFormWithItsOwnTokenSignsIn() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> response = visitor.signIn(PLANTED, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(visitor.url("").toString());
        assertThat(signedIn(visitor)).isTrue();
    }
}
