package org.diffusioncourse.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * How a sign-in lasts, for the pages' security chain: a session, optionally kept on the device
 * for {@link #KEEP_FOR} (Spring Security's persistent remember-me, tokens in
 * {@code persistent_logins}, so any instance sharing the database honours them), and checked
 * against the account's row on every request ({@link AccountFreshness}), so a role change or a
 * deleted account counts at once on every instance.
 *
 * <p>The kept sign-in's cookie is HttpOnly, SameSite=Lax like the session's, and Secure when
 * the request came over HTTPS. Its token is replaced on every use; sign-out deletes the
 * account's tokens. A kept sign-in reads the account's roles as they are now, like a sign-in
 * with the password. Requests a page sent together with the same token are not taken for a
 * copied cookie ({@link KeptSignIns}).
 */
@Component
public final class AccountSessions implements CacheOwner {

    /** The sign-in form's field that asks to keep the sign-in on this device; "on" when ticked. */
    public static final String KEEP_SIGNED_IN_PARAMETER = "remember-me";
    /** The sign-in page's query parameter saying that a copied kept sign-in was refused. */
    public static final String KEPT_SIGN_IN_REUSED = "kept-sign-in-reused";
    static final String COOKIE = "remember-me";
    static final Duration KEEP_FOR = Duration.ofDays(30);

    private final KeptSignIns rememberMe;
    private final SecurityContextHolderStrategy securityContexts;
    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AccountFreshness freshness;

    AccountSessions(JdbcClient jdbc, JdbcTemplate jdbcTemplate, UserRepository users, AccountDetailsService accounts,
                    ObjectProvider<SecurityContextHolderStrategy> securityContexts, Clock clock) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setJdbcTemplate(jdbcTemplate);
        String key = RememberMeKey.of(jdbc, new SecureRandom());
        this.rememberMe = new KeptSignIns(key, accounts, tokens, clock);
        rememberMe.setParameter(KEEP_SIGNED_IN_PARAMETER);
        rememberMe.setCookieName(COOKIE);
        rememberMe.setTokenValiditySeconds((int) KEEP_FOR.toSeconds());
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        rememberMe.afterPropertiesSet();
        SecurityContextLogoutHandler endSession = new SecurityContextLogoutHandler();
        endSession.setSecurityContextHolderStrategy(this.securityContexts);
        endSession.setSecurityContextRepository(sessions);
        LogoutHandler signOut = new CompositeLogoutHandler(rememberMe, endSession);
        this.freshness = new AccountFreshness(users, accounts, this.securityContexts, sessions, signOut, key);
    }

    @Override
    public List<BoundedCache<?, ?>> caches() {
        return List.of(rememberMe.replacements());
    }

    /** Puts the kept sign-in and the per-request account check into the pages' security chain. */
    public void applyTo(HttpSecurity http) throws Exception {
        http.securityContext(context -> context.securityContextRepository(sessions));
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        http.addFilterBefore(new KeptSignInReused(securityContexts), RememberMeAuthenticationFilter.class);
        http.addFilterAfter(freshness, RememberMeAuthenticationFilter.class);
    }
}
