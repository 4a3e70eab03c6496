package org.diffusioncourse.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The remember-me key: a random secret made on the site's first start and kept in the
 * database ({@code app_info}), so every instance that shares the database has the same one and
 * none has a default that anyone could read in this code. A kept sign-in's authentication
 * carries a hash of it, which is how the remember-me provider of any instance knows it was
 * made by this site's remember-me services. (The cookie itself holds no part of it: the
 * device's token is a random value checked against {@code persistent_logins}.)
 *
 * <p>Two instances starting at once may both find no key and both make one: the insert of
 * the second fails on the primary key, and it reads and uses the first one's.
 */
final class RememberMeKey {

    static final String NAME = "remember-me-key";
    private static final int BYTES = 32;

    private RememberMeKey() {
    }

    /** The stored key, or a new one from {@code random} stored now; the same answer on every instance. */
    static String of(JdbcClient jdbc, SecureRandom random) {
        Optional<String> stored = stored(jdbc);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            jdbc.sql("insert into app_info (name, info_value) values (:name, :value)")
                    .param("name", NAME).param("value", made).update();
            return made;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return stored(jdbc).orElseThrow(() -> new IllegalStateException(
                    "The app_info row " + NAME + " was reported as existing but cannot be read"));
        }
    }

    private static Optional<String> stored(JdbcClient jdbc) {
        return jdbc.sql("select info_value from app_info where name = :name").param("name", NAME)
                .query(String.class).optional();
    }
}
