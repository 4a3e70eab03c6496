package org.diffusioncourse.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser gets when it presents a kept sign-in (remember-me) token that was already
 * replaced: the token changes on every use, so an old one coming back means that the cookie
 * was copied and someone else used it first. Spring Security has by then deleted every kept
 * sign-in of the account and cleared the cookie, and throws, which would be a 500. Here the
 * session is ended and the browser sent to the sign-in page, which says what happened.
 * Placed just before the remember-me filter, the only place that throws it.
 */
final class KeptSignInReused extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeptSignInReused.class);

    private final SecurityContextHolderStrategy securityContexts;

    KeptSignInReused(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (CookieTheftException reused) {
            if (response.isCommitted()) {
                throw reused;
            }
            log.warn("A kept sign-in token was presented after it had been replaced, so its cookie was probably "
                    + "copied; every kept sign-in of that account was deleted and the browser signed out.");
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            securityContexts.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?" + AccountSessions.KEPT_SIGN_IN_REUSED);
        }
    }
}
