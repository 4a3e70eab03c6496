package org.diffusioncourse.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request. Services that keep a learner's work ask this for
 * the owner instead of taking a user id as a parameter, so no caller can name someone else.
 */
@Component
public class CurrentUser {

    private final UserRepository users;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * Reads the context through this application's strategy bean rather than the static
     * {@code SecurityContextHolder}, whose strategy is global to the JVM and can belong to
     * another application context (as in tests that run several).
     */
    CurrentUser(UserRepository users, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.users = users;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in account, or empty for an anonymous visitor. */
    public Optional<Account> account() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName());
    }

    /** The signed-in account; refuses when there is none (or it was deleted meanwhile). */
    public Account require() {
        return account().orElseThrow(() -> new AccessDeniedException("Sign in to save your work."));
    }
}
