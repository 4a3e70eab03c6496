package org.diffusioncourse.api;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every successful API answer carries an ETag computed from its bytes. The same request gives
 * the same bytes (answers are deterministic), so a client can revalidate with If-None-Match and
 * get 304 Not Modified, for the GET endpoints and for the POST queries alike ({@link ApiEtagFilter}).
 * A POST must declare a JSON body ({@link JsonContentTypeFilter}), and an address under
 * {@code /api/} that no endpoint takes is the API's own 404 ({@link UnknownApiAddress}).
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

    @Bean
    UnknownApiAddress unknownApiAddress(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
        return new UnknownApiAddress(controllers);
    }
}
