package org.diffusioncourse.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every page: scripts only from this site and, inline, only
 * those that carry the nonce drawn for this response (the bootstrap scripts Vaadin writes into
 * the page; {@link ScriptNonces} puts the nonce on them). An injected {@code <script>} or
 * {@code onerror=} attribute therefore does not run.
 *
 * <p>What the site needs, and why each source is allowed:
 * <ul>
 * <li>{@code 'unsafe-eval'}: Vaadin's client engine runs the JavaScript the server sends
 *     ({@code executeJs}, event data expressions) by building functions from it; Vaadin's
 *     documentation lists it as required.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and the server set inline styles,
 *     KaTeX writes {@code style} attributes, and each figure is an inline SVG with its own
 *     {@code <style>} block.</li>
 * <li>{@code img-src} and {@code font-src data:}: the bundled KaTeX fonts and the theme's icons
 *     that the build inlines into the stylesheets.</li>
 * <li>{@code connect-src 'self'}: Vaadin's requests, the push websocket, and the figures the
 *     page fetches from {@code /api/v1/figures/...}.</li>
 * </ul>
 * No page may be framed ({@code frame-ancestors 'none'}), post a form elsewhere, change its
 * base URL or embed plugins.
 *
 * <p>The nonce is drawn when the headers are written, before the page is built; the chain
 * writes its headers eagerly ({@link SecurityHeaders}) for this reason.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    /** The request attribute that holds this response's nonce, for {@link ScriptNonces}. */
    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final int NONCE_BYTES = 16;
    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'nonce-%s' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final SecureRandom random = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader(HEADER, POLICY.formatted(nonce));
    }
}
