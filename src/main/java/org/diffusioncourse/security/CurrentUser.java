package org.diffusioncourse.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request. Services that keep a learner's work ask this for
 * the owner instead of taking a user id as a parameter, so no caller can name someone else.
 */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    /** The signed-in account, or empty for an anonymous visitor. */
    public Optional<Account> account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
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
