package org.diffusioncourse.system;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.diffusioncourse.security.AccountSessions;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SignInThrottle;
import org.diffusioncourse.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach which address, at the door: a public, stateless chain for the JSON API, and
 * for the Vaadin views the course's own sign-in view, view access from the annotations on each
 * view ({@code @AnonymousAllowed} for lessons, {@code @RolesAllowed} for admin pages), and the
 * admin, review and notes addresses refused here too. It names the addresses of several
 * features, so it lives with the site's cross-cutting configuration rather than in one of them.
 */
@Configuration
@EnableWebSecurity
class HttpSecurityConfig {

    /**
     * The JSON API ({@code /api/**}) is public and only computes: it reads no account and
     * changes no state. It gets its own chain, first, with no session and no cookies, so
     * there is nothing for CSRF to forge; the API sets its own caching headers (ETags). The error
     * page, when it answers an API request, is under the same rules ({@link ApiErrorDispatch}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        new ApiErrorDispatch()))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle signIns,
                                            AccountSessions accountSessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The site's own stylesheet is public: the sign-in page needs it before anyone signs in.
                .requestMatchers("/styles.css", "/favicon.svg", "/manifest.webmanifest").permitAll()
                // Health is public (for a load balancer); metrics (cache statistics and more) are for admins.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                // Admin pages are refused at the door too, not only by the view's @RolesAllowed.
                .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                // Reviewing and the review history: the views and services check again.
                .requestMatchers("/reviews", "/reviews/**").hasAnyRole(Role.REVIEWER.name(), Role.ADMIN.name())
                .requestMatchers("/export/reviews.csv", "/export/reviews.json")
                        .hasAnyRole(Role.REVIEWER.name(), Role.AUTHOR.name(), Role.ADMIN.name())
                // A learner's own notes; the service only ever reads the signed-in learner's.
                .requestMatchers("/export/my-notes.md", "/notes").authenticated());
        http.exceptionHandling(errors -> errors
                .defaultAccessDeniedHandlerFor(AdminAreaDeniedHandler.ADMIN, PathPatternRequestMatcher.withDefaults().matcher("/admin/**"))
                .defaultAccessDeniedHandlerFor(AdminAreaDeniedHandler.REVIEWS, PathPatternRequestMatcher.withDefaults().matcher("/reviews/**"))
                .defaultAccessDeniedHandlerFor(AdminAreaDeniedHandler.REVIEWS, PathPatternRequestMatcher.withDefaults().matcher("/export/reviews.*"))
                .defaultAccessDeniedHandlerFor(AdminAreaDeniedHandler.SIGN_IN_FORM_EXPIRED,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        /*
         * Vaadin's own CSRF settings exempt the sign-in form's POST /login, so a page elsewhere
         * could sign a visitor in to an account of its choosing (login CSRF). The form sends the
         * token that the page carries in its meta tags, so only Vaadin's internal requests, which
         * carry Vaadin's own per-UI token, are exempt here.
         */
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(SecurityHeaders.forPages());
        // Wrong passwords are limited per account and per client address, after the CSRF check.
        http.addFilterBefore(signIns.filter(), UsernamePasswordAuthenticationFilter.class);
        // A new session id on sign-in, so an id planted before sign-in is worthless after it.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // "Keep me signed in", and each request's roles read again when an admin changed them.
        accountSessions.applyTo(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
