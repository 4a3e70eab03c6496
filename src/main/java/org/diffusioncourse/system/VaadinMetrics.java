package org.diffusioncourse.system;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Vaadin UI in the metrics:
 * <ul>
 *   <li>{@code course.ui.roundtrip{type=uidl,outcome}}: the server's time for a UI round trip, each
 *       request the browser's Vaadin client sends ({@code v-r=uidl}: a slider move, a click,
 *       a field change; with push over WEBSOCKET_XHR the client's messages are these XHRs too);</li>
 *   <li>{@code course.ui.active}: the Vaadin UIs open now (one per browser tab on a page of the
 *       site), counted from UI init to UI detach (closed tab, expired session).</li>
 * </ul>
 * HTTP sessions are Tomcat's own {@code tomcat.sessions.active.current}.
 */
@Configuration
class VaadinMetrics {

    /** Buckets for the round-trip histogram: the course's goal is a p95 under 100 ms. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500)};

    private final AtomicInteger activeUis = new AtomicInteger();

    @Bean
    VaadinServiceInitListener countUis() {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            activeUis.incrementAndGet();
            init.getUI().addDetachListener(detach -> activeUis.decrementAndGet());
        });
    }

    @Bean
    MeterBinder activeUiGauge() {
        return registry -> Gauge.builder("course.ui.active", activeUis, AtomicInteger::get)
                .description("Vaadin UIs open now (browser tabs on a page of the site)").register(registry);
    }

    @Bean
    FilterRegistrationBean<RoundTrips> uiRoundTrips(MeterRegistry registry) {
        FilterRegistrationBean<RoundTrips> registration = new FilterRegistrationBean<>(new RoundTrips(registry));
        registration.addUrlPatterns("/*");
        registration.setName("uiRoundTrips");
        // Around everything else, the security chain included: the time the client waits on the server.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Times the requests of the Vaadin client; leaves every other request alone. */
    static final class RoundTrips extends OncePerRequestFilter {

        private final MeterRegistry registry;

        RoundTrips(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return type(request) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long start = System.nanoTime();
            String outcome = "error";
            try {
                chain.doFilter(request, response);
                outcome = response.getStatus() < 400 ? "success" : "error";
            } finally {
                Timer.builder("course.ui.roundtrip")
                        .description("Server time of a Vaadin UI round trip (slider move, click, field change)")
                        .tag("type", type(request)).tag("outcome", outcome)
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry)
                        .record(Duration.ofNanos(System.nanoTime() - start));
            }
        }

        /**
         * {@code uidl} for a request of the Vaadin client, null for any other. Push requests
         * ({@code v-r=push}) are left out: a push connection stays open for minutes, it is no round
         * trip. Read from the query string, not {@code getParameter}, which would read a form body.
         */
        static String type(HttpServletRequest request) {
            String query = request.getQueryString();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                if (pair.equals("v-r=uidl")) {
                    return "uidl";
                }
            }
            return null;
        }
    }
}
