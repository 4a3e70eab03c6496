package org.diffusioncourse.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.diffusioncourse.base.ShutdownGate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every successful API answer carries an ETag computed from its bytes. The same request gives
 * the same bytes (answers are deterministic), so a client can revalidate with If-None-Match and
 * get 304 Not Modified, for the GET endpoints and for the POST queries alike ({@link ApiEtagFilter}).
 * A POST must declare a JSON body ({@link JsonContentTypeFilter}), and an address under
 * {@code /api/} that no endpoint takes is the API's own 404 ({@link UnknownApiAddress}). Sampling
 * runs take their turn in the {@link RunPool}.
 */
@Configuration
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ApiEtagFilter> apiEtags() {
        FilterRegistrationBean<ApiEtagFilter> registration = new FilterRegistrationBean<>(new ApiEtagFilter());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    FilterRegistrationBean<JsonContentTypeFilter> apiJsonOnly() {
        FilterRegistrationBean<JsonContentTypeFilter> registration = new FilterRegistrationBean<>(new JsonContentTypeFilter());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiJsonOnly");
        // After the security chain (order -100), before the ETag filter (lowest precedence).
        registration.setOrder(0);
        return registration;
    }

    /**
     * @param workers runs at a time ({@code course.api.runs.workers}, default 1: the second core of a
     *                two-core machine stays with the learners' slider frames and the Vaadin UI)
     * @param queue   runs that may wait for a worker ({@code course.api.runs.queue}, default 4: at
     *                about 3 s for a run at the compute budget, the last waits about 15 s)
     */
    @Bean
    RunPool runPool(@Value("${course.api.runs.workers:1}") int workers, @Value("${course.api.runs.queue:4}") int queue,
            ShutdownGate gate) {
        return new RunPool(workers, queue, gate);
    }

    /** {@code course.api.runs{state=running|waiting}}: the sampling runs in flight, for the metrics. */
    @Bean
    MeterBinder runPoolMetrics(RunPool runs) {
        return registry -> {
            Gauge.builder("course.api.runs", runs, RunPool::running).tag("state", "running")
                    .description("JSON API sampling runs on a worker now").register(registry);
            Gauge.builder("course.api.runs", runs, RunPool::waiting).tag("state", "waiting")
                    .description("JSON API sampling runs admitted and waiting for a worker").register(registry);
        };
    }

    @Bean
    UnknownApiAddress unknownApiAddress(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
        return new UnknownApiAddress(controllers);
    }
}
