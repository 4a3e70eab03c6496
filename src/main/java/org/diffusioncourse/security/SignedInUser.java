package org.diffusioncourse.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: the account's id, and the version its row had when
 * its roles were read. Every role change bumps that version, so comparing it with the row's
 * (one primary-key read) says whether the session's roles are still the account's
 * ({@link AccountFreshness}). Equal, like Spring's {@link User}, when the usernames are.
 */
final class SignedInUser extends User {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;

    SignedInUser(long id, long version, String username, String passwordHash,
                 Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, authorities);
        this.id = id;
        this.version = version;
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }
}
