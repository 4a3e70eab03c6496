package org.diffusioncourse.security;

/**
 * A role change that was not made: the account changed since the admin loaded it, or the
 * change would leave the site without an admin. The message says which, for the admin to read.
 */
public final class RoleChangeRefused extends RuntimeException {

    RoleChangeRefused(String message) {
        super(message);
    }
}
