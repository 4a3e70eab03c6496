package org.diffusioncourse.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sign-up form once its client address has used up its sign-ups. A context of its own
 * (its own database name): every browserless request comes from the same address, so the
 * used-up bucket would refuse the sign-ups of {@link SignUpViewTest} in a shared context.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-sign-up-paused;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class SignUpPausedViewTest extends SignUpBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    void afterThirtySignUpsFromOneAddressTheFormSaysSignUpIsPausedKeepsWhatWasTypedAndCreatesNothing() {
        for (int i = 0; i < 30; i++) {
            SignUpView probe = fill("probe-" + i, "Probe", "short", "short");
            assertThat(probe.password.getErrorMessage()).as("sign-up " + i).startsWith("Use at least 12 characters");
        }
        SignUpView view = fill("thirty-first", "Paused", PASSWORD, PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(view.failure.getText()).isEqualTo("Too many sign-ups came from your network, so sign-up is paused "
                + "for a while. Nothing was saved. Try again in about 1 minute.");
        assertThat(view.username.isInvalid()).as("the username is not blamed").isFalse();
        assertThat(view.password.getValue()).as("kept, to send again").isEqualTo(PASSWORD);
        assertThat(users.find("thirty-first")).isEmpty();
    }
}
