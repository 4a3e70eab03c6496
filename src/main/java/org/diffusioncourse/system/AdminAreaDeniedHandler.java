package org.diffusioncourse.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What a signed-in user without the needed role gets on typing a restricted address (the
 * admin area, the review queue), and what a sign-in posted without the form's CSRF token gets:
 * status 403 and a short page that says so and links on, instead of the browser's own error
 * screen. The page text is fixed by the configuration; nothing from the request is echoed
 * into it.
 */
final class AdminAreaDeniedHandler implements AccessDeniedHandler {

    static final AdminAreaDeniedHandler ADMIN = new AdminAreaDeniedHandler("This page is for admins",
            "Your account does not have the Admin role, so it cannot open the account list.");
    static final AdminAreaDeniedHandler REVIEWS = new AdminAreaDeniedHandler("This page is for reviewers",
            "Your account does not have the Reviewer role, so it cannot open the review queue or export reviews.");
    /* A forged sign-in from another site, or a sign-in page left open across a restart. */
    static final AdminAreaDeniedHandler SIGN_IN_FORM_EXPIRED = new AdminAreaDeniedHandler("This sign-in form has expired",
            "A sign-in is accepted only from the form of this site's sign-in page, and this one had expired or came "
                    + "from somewhere else. Nothing was checked, and nobody was signed in.",
            "/login", "Go to the sign-in page");

    private final byte[] page;

    private AdminAreaDeniedHandler(String heading, String explanation) {
        this(heading, explanation, "/", "Go to the course home");
    }

    private AdminAreaDeniedHandler(String heading, String explanation, String link, String linkText) {
        this.page = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Not allowed · Diffusion course</title>
            <link rel="stylesheet" href="/styles.css"></head>
            <body><main class="site-main">
            <h1>%s</h1>
            <p>%s</p>
            <p><a href="%s">%s</a></p>
            </main></body>
            </html>
            """.formatted(heading, explanation, link, linkText).getBytes(StandardCharsets.UTF_8);
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
