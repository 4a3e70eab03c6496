package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

@CourseTest
class UserRepositoryTest {

    @Autowired
    UserRepository users;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anInsertedAccountIsFoundWithItsRolesAndVersionZero() {
        String name = unique("repo");
        long id = users.insert(name, "Repo Tester", "{noop}hash", EnumSet.of(Role.LEARNER, Role.AUTHOR));
        Account found = users.findById(id).orElseThrow();
        assertThat(found.username()).isEqualTo(name);
        assertThat(found.displayName()).isEqualTo("Repo Tester");
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
        assertThat(found.version()).isZero();
        assertThat(found.createdAt()).isNotNull();
        assertThat(users.findAll()).extracting(Account::username).contains(name);
    }

    @Test
    void usernamesAreFoundAndKeptUniqueWhateverTheirCase() {
        String name = unique("case");
        users.insert(name, "First", "{noop}hash", EnumSet.of(Role.LEARNER));
        assertThat(users.findByUsername(name.toUpperCase())).isPresent();
        assertThat(users.usernameTaken(name.toUpperCase())).isTrue();
        assertThatThrownBy(() -> users.insert(name.toUpperCase(), "Second", "{noop}hash", EnumSet.of(Role.LEARNER)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theCredentialsCarryThePasswordHash() {
        String name = unique("cred");
        users.insert(name, "Cred", "{noop}the-hash", EnumSet.of(Role.LEARNER));
        assertThat(users.credentials(name).orElseThrow().passwordHash()).isEqualTo("{noop}the-hash");
    }

    @Test
    void replacingRolesBumpsTheVersionAndAStaleVersionChangesNothing() {
        long id = users.insert(unique("lock"), "Lock", "{noop}hash", EnumSet.of(Role.LEARNER));
        assertThat(users.replaceRoles(id, 0, EnumSet.of(Role.LEARNER, Role.REVIEWER))).isTrue();
        Account after = users.findById(id).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.REVIEWER);

        assertThat(users.replaceRoles(id, 0, EnumSet.of(Role.LEARNER, Role.ADMIN))).isFalse();
        assertThat(users.findById(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.REVIEWER);
    }

    @Test
    void adminsAreCountedByRole() {
        long before = users.countWithRole(Role.ADMIN);
        users.insert(unique("count"), "Count", "{noop}hash", EnumSet.of(Role.LEARNER, Role.ADMIN));
        assertThat(users.countWithRole(Role.ADMIN)).isEqualTo(before + 1);
    }
}
