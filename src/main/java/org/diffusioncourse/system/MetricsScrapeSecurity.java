package org.diffusioncourse.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A Prometheus server may read {@code /actuator/prometheus}, and nothing else, with
 * {@code Authorization: Bearer TOKEN} when {@code course.metrics.token} ({@code COURSE_METRICS_TOKEN})
 * is set. A request to that address that carries a bearer token gets this chain, first, stateless
 * and without a session: the token is compared in constant time, and a wrong one, or any one
 * while no token is configured, is refused (401). Without a bearer token the request goes to the
 * site's chain, where an admin's session may read it ({@link HttpSecurityConfig}).
 */
@Configuration
class MetricsScrapeSecurity {

    static final String PATH = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] tokenDigest;

    MetricsScrapeSecurity(@Value("${course.metrics.token:}") String token) {
        this.tokenDigest = token.isBlank() ? new byte[0] : sha256(token.strip());
    }

    @Bean
    @Order(0)
    SecurityFilterChain metricsScrapeChain(HttpSecurity http) throws Exception {
        RequestMatcher scrape = request -> PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && bearer(request) != null;
        return http.securityMatcher(scrape)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(accepts(bearer(context.getRequest())))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // A wrong token is a failed authentication: 401, never the site's redirect to its sign-in page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    /** Whether {@code presented} is the configured token; false for any token while none is configured. */
    boolean accepts(String presented) {
        // Digests of equal length, compared by MessageDigest.isEqual, which takes the same time wherever they differ.
        return presented != null && tokenDigest.length > 0 && MessageDigest.isEqual(tokenDigest, sha256(presented));
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
