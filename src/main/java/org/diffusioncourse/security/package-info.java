/**
 * Accounts, roles and sign-in. Users live in the {@code app_user} and {@code app_user_role}
 * tables (Flyway migration V2), read and written with Spring JDBC. Passwords are stored only
 * as Argon2 hashes. Role changes are for admins, checked by method security in
 * {@link org.diffusioncourse.security.UserService}, not only by hiding buttons. A sign-in may be
 * kept on a device (remember-me tokens in {@code persistent_logins}, V6), and every request
 * reads the account's row again so that role changes count at once on every instance
 * ({@link org.diffusioncourse.security.AccountSessions}).
 */
@NullMarked
package org.diffusioncourse.security;

import org.jspecify.annotations.NullMarked;
