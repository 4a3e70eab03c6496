package org.diffusioncourse.support;

import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for tests that sign users in with {@code @WithMockUser}: the mock user's name
 * must belong to a real account, because the site stores work under the account's id.
 */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /** Creates the account if it does not exist yet, and gives it the extra roles. */
    public static void ensure(UserService users, JdbcClient jdbc, String username, Role... extra) {
        if (users.find(username).isEmpty()) {
            users.signUp(new SignUpForm(username, "Name of " + username, PASSWORD, PASSWORD));
        }
        long id = users.find(username).orElseThrow().id();
        for (Role role : extra) {
            // Insert-if-missing in SQL that H2 and PostgreSQL both read (no MERGE ... KEY, no ON CONFLICT).
            jdbc.sql("insert into app_user_role (user_id, role) select :id, :role where not exists "
                            + "(select 1 from app_user_role where user_id = :id and role = :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }
}
