package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The site behind a reverse proxy it is told to trust (here the test itself, on the loopback
 * address), as the README describes: the client address is the one the proxy puts in
 * {@code X-Forwarded-For}, so clients behind the proxy are limited one by one, and a client
 * cannot pass itself off as another by adding addresses of its own to the header.
 * {@code SignInOverHttpTest} shows that without this configuration the header counts for nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-behind-proxy;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1"
})
class SignInBehindAProxyTest {

    @LocalServerPort
    int port;

    /** Time stands still, so no attempt comes back while a test spends an allowance, however slow the machine. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    }

    private HttpResponse<String> wrongPassword(String forwardedFor, String username) throws Exception {
        return new HttpVisitor(port, Map.of("X-Forwarded-For", forwardedFor)).signIn(username, "not the password at all");
    }

    @Test
    void eachClientBehindTheTrustedProxyHasItsOwnAllowance() throws Exception {
        for (int i = 0; i < AttemptLimit.SIGN_IN_ADDRESS.attempts(); i++) {
            assertThat(wrongPassword("203.0.113.7", "sprayed-" + i).statusCode()).as("attempt " + i).isEqualTo(302);
        }
        assertThat(wrongPassword("203.0.113.7", "someone").statusCode()).isEqualTo(429);
        assertThat(wrongPassword("198.51.100.1, 203.0.113.7", "someone").statusCode())
                .as("only the address the proxy saw counts").isEqualTo(429);

        assertThat(wrongPassword("203.0.113.8", "someone").statusCode()).as("another client").isEqualTo(302);
        HttpResponse<String> direct = new HttpVisitor(port).signIn("someone", "not the password at all");
        assertThat(direct.statusCode()).as("the proxy's own address").isEqualTo(302);
    }
}
