package org.diffusioncourse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
class SignUpViewTest extends SignUpBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    void aNewLearnerIsCreatedAndSentToSignIn() {
        String username = "view-" + UUID.randomUUID().toString().substring(0, 8);
        fill(username, "View Learner", PASSWORD, PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(users.find(username).orElseThrow().roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void eachBadFieldShowsItsOwnMessageAndNothingIsCreated() {
        SignUpView view = fill("Ab", "", "short", "shorter");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo("Use 3 to 40 characters (you typed 2).");
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter the name other people will see.");
        assertThat(view.password.isInvalid()).as("the password's message is shown, though the field is cleared").isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 12 characters (you typed 5).");
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(users.find("ab")).isEmpty();
        assertThat(view.password.getValue()).as("passwords are cleared after a refusal").isEmpty();
    }

    @Test
    void aWeakPasswordIsRefusedOnItsFieldAndNothingIsCreated() {
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        SignUpView view = fill(username, "Weak", "password1234", "password1234");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("This password is too easy to guess.");
        assertThat(users.find(username)).isEmpty();

        SignUpView same = fill(username + "-12345", "Weak", username + "-12345", username + "-12345");
        assertThat(same.password.getErrorMessage()).isEqualTo("Do not use your username as your password.");
    }

    @Test
    void aTakenUsernameSaysSo() {
        String username = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        fill(username, "First", PASSWORD, PASSWORD);
        SignUpView again = fill(username, "Second", PASSWORD, PASSWORD);
        assertThat(again.username.isInvalid()).isTrue();
        assertThat(again.username.getErrorMessage()).isEqualTo("The username \u201c" + username + "\u201d is taken. Choose another one.");
        assertThat(again.displayName.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = "already-in", roles = "LEARNER")
    void someoneSignedInIsSentHome() {
        navigate("signup", org.diffusioncourse.lesson.ui.CourseHomeView.class);
    }
}
