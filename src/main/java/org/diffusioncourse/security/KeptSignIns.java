package org.diffusioncourse.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.diffusioncourse.base.BoundedCache;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Spring Security's persistent remember-me, with one allowance: requests that a page sent at
 * the same moment. Each use replaces the token, and an old token coming back counts as a copied
 * cookie. But when a learner's instance dies, the open page's next requests (Vaadin's round
 * trip, its push connection, a heartbeat) can leave together, all with the old token; the first
 * replaces it and the others would sign the learner out everywhere as a "theft". So for
 * {@link #GRACE} after a replacement, on the instance that made it, the token just replaced
 * still signs in, as long as the replacement is still the current token of that device; it is
 * answered with the current token. Later, or anywhere else, an old token is a theft as before.
 */
final class KeptSignIns extends PersistentTokenBasedRememberMeServices {

    static final Duration GRACE = Duration.ofSeconds(15);
    private static final int REPLACEMENTS_KEPT = 10_000;
    private static final String NEW_TOKEN = KeptSignIns.class.getName() + ".newToken";

    /** Device {@code series}'s token {@code replaced} became {@code current} at {@code at}. */
    private record Replacement(String replaced, String current, String username, Instant at) {
    }

    private final PersistentTokenRepository tokens;
    private final Clock clock;
    private final BoundedCache<String, AtomicReference<Replacement>> replacements = BoundedCache.of(
            "kept-sign-in-replacements", REPLACEMENTS_KEPT, series -> new AtomicReference<>());

    KeptSignIns(String key, AccountDetailsService accounts, PersistentTokenRepository tokens, Clock clock) {
        super(key, accounts, tokens);
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookie, HttpServletRequest request, HttpServletResponse response) {
        if (cookie.length == 2) {
            Replacement recent = replacements.get(cookie[0]).get();
            if (recent != null && recent.replaced().equals(cookie[1]) && clock.instant().isBefore(recent.at().plus(GRACE))) {
                PersistentRememberMeToken stored = tokens.getTokenForSeries(cookie[0]);
                if (stored != null && stored.getTokenValue().equals(recent.current())) {
                    super.setCookie(new String[] {cookie[0], recent.current()}, getTokenValiditySeconds(), request, response);
                    return getUserDetailsService().loadUserByUsername(recent.username());
                }
            }
        }
        UserDetails user = super.processAutoLoginCookie(cookie, request, response);
        if (request.getAttribute(NEW_TOKEN) instanceof String current) {
            replacements.get(cookie[0]).set(new Replacement(cookie[1], current, user.getUsername(), clock.instant()));
        }
        return user;
    }

    /** The recent replacements, for the cache metrics. */
    BoundedCache<?, ?> replacements() {
        return replacements;
    }

    /** Notes the token the parent class just made, for {@link #processAutoLoginCookie}. */
    @Override
    protected void setCookie(String[] cookie, int maxAge, HttpServletRequest request, HttpServletResponse response) {
        super.setCookie(cookie, maxAge, request, response);
        if (cookie.length == 2) {
            request.setAttribute(NEW_TOKEN, cookie[1]);
        }
    }
}
