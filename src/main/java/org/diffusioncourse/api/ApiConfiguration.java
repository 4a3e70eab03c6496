package org.diffusioncourse.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every API answer carries an ETag computed from its bytes. The same request gives the same
 * bytes (answers are deterministic), so a client can revalidate with If-None-Match and get
 * 304 Not Modified.
 */
@Configuration
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtags");
        return registration;
    }
}
