package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
class UserServiceTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;
    @Autowired
    UserRepository repository;
    @Autowired
    PasswordEncoder passwords;

    private Account signUp(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return users.signUp(new SignUpForm(name, "Learner " + prefix, PASSWORD, PASSWORD));
    }

    @Test
    void aNewAccountIsALearnerOnly() {
        Account account = signUp("new");
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        assertThat(account.displayName()).isEqualTo("Learner new");
    }

    @Test
    void thePasswordIsStoredAsAnArgon2HashThatMatchesOnlyThePassword() {
        Account account = signUp("hash");
        String hash = repository.credentials(account.username()).orElseThrow().passwordHash();
        assertThat(hash).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD).startsWith("{argon2}");
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(PASSWORD + "x", hash)).isFalse();
    }

    @Test
    void aTakenUsernameSaysSoWhateverItsCase() {
        Account first = signUp("taken");
        assertThatThrownBy(() -> users.signUp(new SignUpForm(first.username().toUpperCase(), "Copy", PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(SignUpRejected.class, rejected -> assertThat(rejected.problems())
                        .containsEntry(SignUpForm.Field.USERNAME,
                                "The username \u201c" + first.username() + "\u201d is taken. Choose another one."));
    }

    @Test
    void anInvalidFormIsRefusedWithEveryFieldsMessage() {
        assertThatThrownBy(() -> users.signUp(new SignUpForm("x", "", "short", "other")))
                .isInstanceOfSatisfying(SignUpRejected.class, rejected -> assertThat(rejected.problems())
                        .containsOnlyKeys(SignUpForm.Field.values()));
    }

    @Test
    @WithMockUser(username = "some-admin", roles = {"LEARNER", "ADMIN"})
    void anAdminGrantsAndRemovesRolesAndEachChangeBumpsTheVersion() {
        Account learner = signUp("grant");
        Account author = users.grantRole(learner, Role.AUTHOR);
        assertThat(author.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
        assertThat(author.version()).isEqualTo(learner.version() + 1);
        Account back = users.removeRole(author, Role.AUTHOR);
        assertThat(back.roles()).containsExactly(Role.LEARNER);
        assertThat(users.find(learner.username()).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    @WithMockUser(username = "some-admin", roles = {"LEARNER", "ADMIN"})
    void aChangeFromAStaleCopyIsRefusedAndSaysWhatChanged() {
        Account seenByBoth = signUp("stale");
        users.grantRole(seenByBoth, Role.AUTHOR);
        assertThatThrownBy(() -> users.grantRole(seenByBoth, Role.REVIEWER))
                .isInstanceOf(RoleChangeRefused.class)
                .hasMessage("Someone else changed " + seenByBoth.username() + " after you loaded it: its roles are now "
                        + "Learner, Author (you saw Learner). Nothing was saved; look at the current roles and try again.");
        assertThat(users.find(seenByBoth.username()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.AUTHOR);
    }

    @Test
    @WithMockUser(username = "some-admin", roles = {"LEARNER", "ADMIN"})
    void theLearnerRoleCannotBeRemoved() {
        Account learner = signUp("keep");
        assertThatThrownBy(() -> users.removeRole(learner, Role.LEARNER))
                .isInstanceOf(RoleChangeRefused.class)
                .hasMessageContaining("Every account keeps the Learner role");
    }

    @Test
    @WithMockUser(username = "someone", roles = {"LEARNER", "AUTHOR", "REVIEWER"})
    void everyoneButAnAdminIsDeniedListingAccountsAndChangingRoles() {
        Account learner = signUp("denied");
        assertThatThrownBy(() -> users.grantRole(learner, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.removeRole(learner, Role.LEARNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.listAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThat(users.find(learner.username()).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsDeniedChangingRoles() {
        Account learner = signUp("anon");
        assertThatThrownBy(() -> users.grantRole(learner, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }
}
