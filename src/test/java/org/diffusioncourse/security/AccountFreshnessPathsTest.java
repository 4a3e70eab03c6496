package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The account check reads the database on every request that could depend on who is signed in,
 * and skips only the answers that are the same for everyone: figures, bundled files, icons and
 * health probes fetched with GET or HEAD.
 */
class AccountFreshnessPathsTest {

    private final AccountFreshness freshness = new AccountFreshness(null, null, null, null, null, "key");

    @Test
    void figuresBundledFilesAndProbesSkipTheCheck() {
        assertThat(skips("GET", "", "/api/v1/figures/forward-noising/figure.svg")).isTrue();
        assertThat(skips("HEAD", "", "/api/v1/figures/forward-noising/figure.csv")).isTrue();
        assertThat(skips("GET", "", "/VAADIN/build/indexhtml-abc.js")).isTrue();
        assertThat(skips("GET", "/course", "/course/icons/icon.png")).isTrue();
        assertThat(skips("GET", "", "/actuator/health/readiness")).isTrue();
    }

    @Test
    void pagesVaadinRequestsTheApiAndEveryOtherMethodAreChecked() {
        assertThat(skips("GET", "", "/reviews")).isFalse();
        assertThat(skips("POST", "", "/")).isFalse();
        assertThat(skips("GET", "", "/admin")).isFalse();
        assertThat(skips("GET", "", "/api/v1/reviews/export.csv")).isFalse();
        assertThat(skips("POST", "", "/api/v1/figures/forward-noising/figure.svg")).isFalse();
        assertThat(skips("GET", "", "/VAADIN/push")).isFalse();
        assertThat(skips("GET", "", "/actuator/prometheus")).isFalse();
        assertThat(skips("GET", "/course", "/api/v1/figures/x")).as("a path outside the context").isFalse();
    }

    private boolean skips(String method, String context, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContextPath(context);
        return freshness.shouldNotFilter(request);
    }
}
