package org.diffusioncourse.system;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers of the pages: Spring Security's defaults (no MIME sniffing, no framing,
 * no caching, HSTS over HTTPS), the {@link ContentSecurityPolicy}, and no referrer sent to other
 * sites (a lesson link carries a demo's state, and nothing elsewhere needs it).
 *
 * <p>The headers are written before the request goes on, not when the response is committed
 * (Spring Security's default). Vaadin serves a page by forwarding the request to its servlet,
 * and the response of a forward is committed without the commit hook seeing it, so until now
 * the pages went out with none of these headers. Writing first also draws the policy's nonce
 * before Vaadin builds the page that must carry it. Caching is therefore forbidden with
 * {@code Cache-Control} alone, which handlers that set their own (the static files) replace;
 * Spring's extra {@code Pragma} and {@code Expires} would stay behind on those and contradict it.
 */
final class SecurityHeaders {

    private static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
        return headers -> headers
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new StaticHeadersWriter("Cache-Control", NO_STORE))
                .addHeaderWriter(new ContentSecurityPolicy())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
