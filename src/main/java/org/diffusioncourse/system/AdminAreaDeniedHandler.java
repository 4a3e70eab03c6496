package org.diffusioncourse.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What a signed-in user without the needed role gets on typing a restricted address (the
 * admin area, the review queue): status 403 and a short page that says so and links home,
 * instead of the browser's own error screen. The page text is fixed by the configuration;
 * nothing from the request is echoed into it.
 */
final class AdminAreaDeniedHandler implements AccessDeniedHandler {

    static final AdminAreaDeniedHandler ADMIN = new AdminAreaDeniedHandler("This page is for admins",
            "Your account does not have the Admin role, so it cannot open the account list.");
    static final AdminAreaDeniedHandler REVIEWS = new AdminAreaDeniedHandler("This page is for reviewers",
            "Your account does not have the Reviewer role, so it cannot open the review queue or export reviews.");

    private final byte[] page;

    private AdminAreaDeniedHandler(String heading, String explanation) {
        this.page = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not allowed · Diffusion course</title>
            <link rel="stylesheet" href="/styles.css"></head>
            <body><main class="site-main">
            <h1>%s</h1>
            <p>%s</p>
            <p><a href="/">Go to the course home</a></p>
            </main></body>
            </html>
            """.formatted(heading, explanation).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
