package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * In a database shared only with {@link AdminBootstrapTest}, where the first-start admin is
 * the only admin before and after each test.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-admins;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class LastAdminTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;

    private Account admin() {
        return users.find(AdminBootstrap.USERNAME).orElseThrow();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"LEARNER", "ADMIN"})
    void theLastAdminCannotRemoveTheirOwnAdminRole() {
        assertThatThrownBy(() -> users.removeRole(admin(), Role.ADMIN))
                .isInstanceOf(RoleChangeRefused.class)
                .hasMessage("You are the last admin, so you cannot remove your own Admin role. Make another account "
                        + "an admin first, so that someone can still manage accounts.");
        assertThat(admin().roles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"LEARNER", "ADMIN"})
    void withASecondAdminOneOfThemMayStepDown() {
        Account second = users.find("second-admin").orElseGet(() ->
                users.signUp(new SignUpForm("second-admin", "Second Admin", PASSWORD, PASSWORD)));
        Account promoted = users.grantRole(second, Role.ADMIN);
        Account steppedDown = users.removeRole(promoted, Role.ADMIN);
        assertThat(steppedDown.roles()).doesNotContain(Role.ADMIN);
        assertThatThrownBy(() -> users.removeRole(admin(), Role.ADMIN))
                .isInstanceOf(RoleChangeRefused.class)
                .hasMessageStartingWith("You are the last admin");
    }
}
