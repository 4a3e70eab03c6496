package org.diffusioncourse.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Learner accounts written straight into the shared database, hashed as the site hashes
 * ({@code {argon2}} prefix), so a harness can sign many learners in without the sign-up form
 * and its per-address limit.
 */
final class ClusterAccounts {

    static final String PASSWORD = "a long enough passphrase";

    private ClusterAccounts() {
    }

    static List<String> create(ClusterDatabase database, int count) throws SQLException {
        String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement user = connection.prepareStatement(
                     "insert into app_user (username, password_hash, display_name) values (?, ?, ?)", new String[] {"id"});
             PreparedStatement role = connection.prepareStatement("insert into app_user_role (user_id, role) values (?, 'LEARNER')")) {
            for (int i = 0; i < count; i++) {
                String name = "learner" + System.nanoTime() % 1_000_000_000L + "x" + i;
                user.setString(1, name);
                user.setString(2, hash);
                user.setString(3, "Learner " + i);
                user.executeUpdate();
                try (ResultSet keys = user.getGeneratedKeys()) {
                    keys.next();
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
                names.add(name);
            }
        }
        return names;
    }
}
