package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first admin, in a database shared only with {@link LastAdminTest}, so that these tests
 * may remove and recreate it; each test leaves exactly one admin behind.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-admins;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private String adminHash() {
        return users.credentials(AdminBootstrap.USERNAME).orElseThrow().passwordHash();
    }

    private void removeAdmin() {
        jdbc.sql("delete from app_user where username = 'admin'").update();
        assertThat(users.countWithRole(Role.ADMIN)).isZero();
    }

    @Test
    void theFirstStartCreatedTheAdminWithAnArgon2Hash() {
        Account admin = users.findByUsername(AdminBootstrap.USERNAME).orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.ADMIN);
        assertThat(adminHash()).startsWith("{argon2}");
    }

    @Test
    void aRestartWithAnAdminCreatesNothingAndKeepsThePassword(CapturedOutput output) {
        String before = adminHash();
        int logged = output.getAll().length();
        assertThat(bootstrap.ensureAdmin()).isEmpty();
        assertThat(adminHash()).isEqualTo(before);
        assertThat(users.countWithRole(Role.ADMIN)).isEqualTo(1);
        assertThat(output.getAll().substring(logged)).doesNotContain("First start: created the admin account");
    }

    @Test
    void withoutAnAdminARandomPasswordIsGeneratedStoredHashedAndLoggedOnce(CapturedOutput output) {
        removeAdmin();
        int logged = output.getAll().length();
        String password = bootstrap.ensureAdmin().orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).doesNotContainAnyWhitespaces();
        assertThat(adminHash()).isNotEqualTo(password).doesNotContain(password);
        assertThat(passwords.matches(password, adminHash())).isTrue();

        assertThat(bootstrap.ensureAdmin()).isEmpty();
        assertThat(passwords.matches(password, adminHash())).isTrue();
        String log = output.getAll().substring(logged);
        assertThat(log.indexOf(password)).isNotNegative().isEqualTo(log.lastIndexOf(password));
        assertThat(log).contains("First start: created the admin account");
    }

    @Test
    void twoFirstStartsDrawDifferentPasswords() {
        removeAdmin();
        Optional<String> first = bootstrap.ensureAdmin();
        removeAdmin();
        Optional<String> second = bootstrap.ensureAdmin();
        assertThat(first).isPresent();
        assertThat(second).isPresent().isNotEqualTo(first);
    }

    @Test
    void aWeakPasswordFromTheEnvironmentStopsTheStartSaysWhyAndIsNeverShown(CapturedOutput output) {
        removeAdmin();
        for (String weak : List.of("aaaaaaaaaaaa", "            ", "password1234", "administrator")) {
            AdminBootstrap bootstrap = new AdminBootstrap(users, passwords, weak);
            assertThatThrownBy(bootstrap::ensureAdmin).as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("COURSE_ADMIN_PASSWORD is refused: ")
                    .satisfies(refusal -> assertThat(weak.isBlank() || !refusal.getMessage().contains(weak)).isTrue());
        }
        assertThat(users.countWithRole(Role.ADMIN)).isZero();
        assertThat(output.getAll()).doesNotContain("password1234");
        bootstrap.ensureAdmin();
    }

    @Test
    void aPasswordFromTheEnvironmentIsUsedAndNeverLogged(CapturedOutput output) {
        removeAdmin();
        String configured = "from-the-environment-42";
        Optional<String> generated = new AdminBootstrap(users, passwords, configured).ensureAdmin();
        assertThat(generated).isEmpty();
        assertThat(passwords.matches(configured, adminHash())).isTrue();
        assertThat(output.getAll()).doesNotContain(configured).contains("COURSE_ADMIN_PASSWORD");
    }
}
