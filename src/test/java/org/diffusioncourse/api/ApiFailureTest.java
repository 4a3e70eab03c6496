package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A failure the API does not expect (a bug) is forwarded to the server's error page, {@code /error}.
 * For an API request that page answers under the API's rules, public and without a session; it
 * never sends the client to the sign-in page.
 */
class ApiFailureTest extends ApiOverHttp {

    @Test
    void anUnexpectedFailureUnderApiIsA500WithoutASignInRedirectOrASession() throws Exception {
        for (String accept : new String[] {"application/json", "*/*", "text/html"}) {
            HttpResponse<String> response = api.get(BrokenEndpoint.PATH, "Accept", accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(500);
            assertThat(response.headers().firstValue("Location")).as(accept).isEmpty();
            assertThat(response.headers().allValues("Set-Cookie")).as(accept).isEmpty();
            assertThat(response.body()).as(accept).doesNotContain("IllegalStateException", "a bug");
        }
    }

    @TestConfiguration
    static class Broken {
        @Bean
        BrokenEndpoint brokenEndpoint() {
            return new BrokenEndpoint();
        }
    }

    /** An endpoint with a bug, as a stand-in for any failure the API does not foresee. */
    @RestController
    static class BrokenEndpoint {

        static final String PATH = "/api/v1/broken-for-test";

        @GetMapping(PATH)
        String broken() {
            throw new IllegalStateException("a bug");
        }
    }
}
