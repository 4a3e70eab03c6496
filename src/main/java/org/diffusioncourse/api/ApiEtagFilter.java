package org.diffusioncourse.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A shallow ETag (an MD5 of the body, in the format of Spring's {@code ShallowEtagHeaderFilter})
 * on every 200 answer of GET, HEAD and POST, and 304 Not Modified when If-None-Match holds it.
 *
 * <p>Spring's filter only tags GET and answers a matching If-None-Match on a POST with 412, as
 * HTTP does for state-changing methods. Our POST endpoints change nothing: they are queries
 * whose body is too large for a URL, and the answer is a pure function of the body. So they
 * revalidate like GETs; the server still computes the answer, the client skips the download.
 */
final class ApiEtagFilter extends OncePerRequestFilter {

    private static final Set<String> TAGGED = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!TAGGED.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && !response.isCommitted()) {
            String etag = "\"0" + DigestUtils.md5DigestAsHex(wrapper.getContentAsByteArray()) + "\"";
            response.setHeader(HttpHeaders.ETAG, etag);
            if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * Figures carry the ETag they were drawn with ({@code FigureController}): copying and hashing
     * 30 to 70 KB again on every request would cost more than serving the kept bytes.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith(".svg") && uri.contains("/api/v1/figures/");
    }

    /** Whether {@code ifNoneMatch} (an If-None-Match header, may be null) names {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
