package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diffusioncourse.support.HttpVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers every page of the site is served with, over real HTTP: a Content-Security-Policy
 * whose per-response nonce is on each script of the page, no MIME sniffing, no framing, no
 * referrer to other sites, no caching of pages, and a session cookie that other sites' requests
 * do not carry. Chromium checks that the site works under the policy
 * ({@code ContentSecurityPolicyInBrowserTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-sign-in;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class SecurityHeadersOverHttpTest {

    private static final List<String> PAGES = List.of("", "login", "signup", "lab", "lessons/forward-process",
            "lessons/forward-process?t=600&seed=11");
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/_-]{22,}={0,2})'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");

    @LocalServerPort
    int port;

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher nonce = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(nonce.find()).as("a nonce in " + header(response, "Content-Security-Policy")).isTrue();
        return nonce.group(1);
    }

    @Test
    void everyPageHasAPolicyThatAllowsOnlyItsOwnScriptsByNonce() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        for (String path : PAGES) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String policy = header(page, "Content-Security-Policy");
            assertThat(policy).as(path)
                    .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                            "frame-ancestors 'none'")
                    .doesNotContain("'unsafe-inline' 'unsafe-eval'", "script-src 'self' 'unsafe-inline'", "*");
            String nonce = nonceOf(page);
            List<String> scripts = SCRIPT.matcher(page.body()).results().map(m -> m.group()).toList();
            assertThat(scripts).as("the scripts of /" + path).isNotEmpty()
                    .allSatisfy(script -> assertThat(script).contains("nonce=\"" + nonce + "\""));
        }
    }

    @Test
    void eachResponseHasItsOwnNonce() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        assertThat(nonceOf(visitor.get("login"))).isNotEqualTo(nonceOf(visitor.get("login")));
    }

    @Test
    void pagesForbidSniffingFramingCrossSiteReferrersAndCaching() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        for (String path : PAGES) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(header(page, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(page, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(page, "Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(header(page, "Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndNotSentWithOtherSitesRequests() throws Exception {
        HttpResponse<String> page = new HttpVisitor(port).get("login");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void theStaticFilesKeepTheirOwnCachingAndAreNotSniffed() throws Exception {
        HttpResponse<String> css = new HttpVisitor(port).get("styles.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("max-age=3600");
        assertThat(css.headers().map()).doesNotContainKeys("pragma", "expires");

        HttpVisitor visitor = new HttpVisitor(port);
        Matcher bundle = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(visitor.get("login").body());
        assertThat(bundle.find()).as("the page names its bundle").isTrue();
        HttpResponse<String> script = visitor.get(bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(header(script, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.headers().allValues("Cache-Control")).singleElement().asString()
                .doesNotContain("no-store").contains("max-age");
        assertThat(script.headers().map()).doesNotContainKeys("pragma", "expires");
    }

    @Test
    void everyPageLinksItsIconAndManifestAndBothAreServedToAnyone() throws Exception {
        HttpVisitor visitor = new HttpVisitor(port);
        for (String path : PAGES) {
            String body = visitor.get(path).body();
            assertThat(body).as(path).containsPattern("<link[^>]*href=\"favicon.svg\"[^>]*>")
                    .containsPattern("<link[^>]*rel=\"manifest\"[^>]*>");
        }
        HttpResponse<String> icon = visitor.get("favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg").contains("<title>");
        HttpResponse<String> manifest = visitor.get("manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(manifest.body()).path("icons").get(0)
                .path("src").asText()).isEqualTo("favicon.svg");
    }
}
