package org.diffusioncourse.security;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diffusioncourse.base.BoundedCache;
import org.diffusioncourse.base.CacheOwner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on the sign-in form ({@code POST /login}): wrong passwords are limited
 * per username ({@link AttemptLimit#SIGN_IN_ACCOUNT}), whoever sends them, and per client address
 * ({@link AttemptLimit#SIGN_IN_ADDRESS}), whichever usernames it tries. An attempt over either
 * limit is answered {@code 429 Too Many Requests} with {@code Retry-After}, before its password
 * is checked (so the right password is refused too, and costs no Argon2 time); the page sends the
 * browser on to the sign-in page, which says in words how long to wait. Each pause is logged
 * once, when it starts ({@link Throttle}).
 *
 * <p>{@link #filter()} goes into the security chain after the CSRF check, so forged sign-ins
 * from other sites do not use up anyone's attempts.
 */
@Component
public class SignInThrottle implements CacheOwner {

    /** The query parameter of the sign-in page that says sign-in is paused, with the minutes to wait. */
    public static final String PAUSED_PARAMETER = "paused";
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
    private static final int MAX_USERNAME_KEY = 100;

    private final Throttle<String> accounts;
    private final Throttle<ClientAddress> addresses;
    private final SecurityContextHolderStrategy securityContexts;

    @Autowired
    SignInThrottle(Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this(Throttle.timeOf(clock), securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    SignInThrottle(TimeMeter time, SecurityContextHolderStrategy securityContexts) {
        this.accounts = new Throttle<>(AttemptLimit.SIGN_IN_ACCOUNT, time);
        this.addresses = new Throttle<>(AttemptLimit.SIGN_IN_ADDRESS, time);
        this.securityContexts = securityContexts;
    }

    /**
     * Takes an attempt to sign in as {@code username} from {@code from}: empty when its password
     * may be checked, else the pause it falls in. Refused attempts take nothing.
     */
    Optional<Throttle.Pause> attempt(String username, ClientAddress from) {
        Optional<Throttle.Pause> byAddress = addresses.take(from);
        if (byAddress.isPresent()) {
            return byAddress;
        }
        String account = accountKey(username);
        Optional<Throttle.Pause> byAccount = accounts.take(account);
        if (byAccount.isPresent()) {
            addresses.giveBack(from);
        }
        return byAccount;
    }

    /** The attempt signed in: it costs nothing. */
    void succeeded(String username, ClientAddress from) {
        accounts.giveBack(accountKey(username));
        addresses.giveBack(from);
    }

    /** Forgets every attempt, as a restart of the site would. */
    void clear() {
        accounts.clear();
        addresses.clear();
    }

    @Override
    public List<BoundedCache<?, ?>> caches() {
        return List.of(accounts.buckets(), addresses.buckets());
    }

    /** The filter that applies the limits to the sign-in form's POST. */
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !SIGN_IN.matches(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = Optional.ofNullable(request.getParameter("username")).orElse("");
                ClientAddress from = ClientAddress.of(request.getRemoteAddr());
                Optional<Throttle.Pause> pause = attempt(username, from);
                if (pause.isPresent()) {
                    refuse(response, pause.get());
                    return;
                }
                chain.doFilter(request, response);
                if (signedIn()) {
                    succeeded(username, from);
                }
            }
        };
    }

    private boolean signedIn() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Usernames are compared as the accounts table compares them; longer ones cannot exist. */
    private static String accountKey(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME_KEY ? key.substring(0, MAX_USERNAME_KEY) : key;
    }

    /**
     * 429 with {@code Retry-After}, and a page that says the same in words and sends the browser
     * straight on to the sign-in page, which explains the pause where the person is looking.
     * The page holds only the number of minutes; nothing of the request is echoed.
     */
    private static void refuse(HttpServletResponse response, Throttle.Pause pause) throws IOException {
        long minutes = pause.minutes();
        String signIn = "/login?" + PAUSED_PARAMETER + "=" + minutes;
        byte[] page = """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Sign-in paused · Diffusion course</title>
                <meta http-equiv="refresh" content="0; url=%s">
                <link rel="stylesheet" href="/styles.css"></head>
                <body><main class="site-main">
                <h1>Sign-in is paused</h1>
                <p>There were too many wrong passwords for this username, or from your network, so sign-in is \
                paused for a while. This password was not checked. Try again in about %s.</p>
                <p><a href="%s">Go to the sign-in page</a></p>
                </main></body>
                </html>
                """.formatted(signIn, minutes == 1 ? "1 minute" : minutes + " minutes", signIn)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, (pause.retryAfter().toMillis() + 999) / 1000)));
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
