package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in over real HTTP, as a browser's form post or a forged one: the CSRF token the
 * sign-in page carries is required, so a page elsewhere cannot sign a visitor in to an
 * account of its choosing (login CSRF).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-sign-in;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
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

    @BeforeEach
    void accounts() {
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

    @Test
    void theSignInFormWithItsOwnTokenSignsIn() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        HttpResponse<String> response = visitor.signIn(PLANTED, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(visitor.url("").toString());
        assertThat(signedIn(visitor)).isTrue();
    }
}
