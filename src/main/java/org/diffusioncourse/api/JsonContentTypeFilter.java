package org.diffusioncourse.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every POST under {@code /api/} must declare a JSON body: {@code application/json}, with no
 * parameter but an optional {@code charset=utf-8} (RFC 8259 JSON is UTF-8). Anything else,
 * a missing Content-Type included, is refused with 415 before the body is read.
 *
 * <p>Why: a browser sends text/plain, form and multipart POSTs from any page without asking the
 * server first (a CORS "simple request"), so a page elsewhere could make its visitors' browsers
 * start computations here. A JSON POST from another origin needs a preflight, which the API
 * never grants. Checked for every POST, so an endpoint added later is covered too.
 */
final class JsonContentTypeFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of("application/json", "application/json; charset=utf-8");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && !isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            new ApiError("Content-Type must be application/json (charset utf-8 if given), was "
                    + (type == null ? "missing" : "\"" + JsonFields.shorten(type) + "\""), HttpHeaders.CONTENT_TYPE, ALLOWED)
                    .send(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        if (!type.getType().equals("application") || !type.getSubtype().equals("json")) {
            return false;
        }
        for (String parameter : type.getParameters().keySet()) {
            if (!parameter.equals("charset") || !StandardCharsets.UTF_8.equals(charset(type))) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Charset charset(MediaType type) {
        try {
            return type.getCharset();
        } catch (IllegalArgumentException unknownCharset) {
            return null;
        }
    }
}
