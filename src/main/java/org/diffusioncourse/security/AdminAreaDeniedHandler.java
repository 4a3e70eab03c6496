package org.diffusioncourse.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What a signed-in non-admin gets on typing an admin address: status 403 and a short page
 * that says so and links home, instead of the browser's own error screen. The page is a
 * constant; nothing from the request is echoed into it.
 */
final class AdminAreaDeniedHandler implements AccessDeniedHandler {

    private static final byte[] PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not allowed · Diffusion course</title>
            <link rel="stylesheet" href="/styles.css"></head>
            <body><main class="site-main">
            <h1>This page is for admins</h1>
            <p>Your account does not have the Admin role, so it cannot open the account list.</p>
            <p><a href="/">Go to the course home</a></p>
            </main></body>
            </html>
            """.getBytes(StandardCharsets.UTF_8);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }
}
