package org.diffusioncourse.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the database on every request of the page chain, so an
 * admin's role change counts at once on every instance, not at the account's next sign-in.
 *
 * <p>The session's principal ({@link SignedInUser}) carries the version the account's row had
 * when its roles were read; every role change bumps it. Each request reads the row's version by
 * primary key, and only when it differs reads the roles again and puts a new authentication
 * into the session, before the door's rules ({@code /reviews/**}, {@code /admin/**}) and the
 * services' {@code @PreAuthorize} see it. That includes Vaadin's requests from a page that is
 * already open. An account that no longer exists is signed out: its session is ended and its
 * kept sign-ins (remember-me tokens) deleted.
 */
final class AccountFreshness extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountFreshness.class);

    private final UserRepository users;
    private final AccountDetailsService accounts;
    private final SecurityContextHolderStrategy securityContexts;
    private final SecurityContextRepository sessions;
    private final LogoutHandler signOut;
    private final String rememberMeKey;

    /** @param signOut ends the session and deletes the account's kept sign-ins */
    AccountFreshness(UserRepository users, AccountDetailsService accounts, SecurityContextHolderStrategy securityContexts,
                     SecurityContextRepository sessions, LogoutHandler signOut, String rememberMeKey) {
        this.users = users;
        this.accounts = accounts;
        this.securityContexts = securityContexts;
        this.sessions = sessions;
        this.signOut = signOut;
        this.rememberMeKey = rememberMeKey;
    }

    /**
     * Paths whose answer is the same for everyone, signed in or not, with any roles: a demo's
     * figures and their data (by far the most frequent request: one per slider step), the
     * bundled scripts and styles, the icons, and the health probes. They skip the database read;
     * every other request, Vaadin's included, still makes it.
     */
    private static final List<String> SAME_FOR_EVERYONE = List.of("/api/v1/figures/", "/VAADIN/build/",
            "/VAADIN/static/", "/icons/", "/favicon.ico", "/actuator/health");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAME_FOR_EVERYONE.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = securityContexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser seen) {
            Optional<Long> version = users.version(seen.id());
            if (version.isEmpty()) {
                log.info("Signed out a session of {}: the account no longer exists.", seen.getUsername());
                signOut.logout(request, response, signedIn);
            } else if (version.get() != seen.version()) {
                refresh(signedIn, seen, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Reads the account's roles again and stores the session's new authentication. */
    private void refresh(Authentication stale, SignedInUser seen, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser now;
        try {
            now = accounts.loadUserByUsername(seen.getUsername());
        } catch (UsernameNotFoundException gone) {
            signOut.logout(request, response, stale);
            return;
        }
        if (now.id() != seen.id()) {
            // Deleted and signed up again under the same name: another account, not this session's.
            signOut.logout(request, response, stale);
            return;
        }
        now.eraseCredentials();
        // A kept sign-in stays one, so it is never taken for a sign-in with the password.
        AbstractAuthenticationToken fresh = stale instanceof RememberMeAuthenticationToken
                ? new RememberMeAuthenticationToken(rememberMeKey, now, now.getAuthorities())
                : UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        fresh.setDetails(stale.getDetails());
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(fresh);
        securityContexts.setContext(context);
        sessions.saveContext(context, request, response);
        log.debug("The roles of {} changed (version {} to {}); the session now has {}.", seen.getUsername(),
                seen.version(), now.version(), now.getAuthorities());
    }
}
