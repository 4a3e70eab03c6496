package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sign-up answers whether a username is taken, so the answers are rationed per client address
 * ({@link AttemptLimit#SIGN_UP_ADDRESS}). Each test uses addresses of its own: the context, and
 * so the buckets, are shared with other tests.
 */
@CourseTest
@ExtendWith(OutputCaptureExtension.class)
class SignUpThrottleTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService users;

    /** A form with a well-formed username and a password too short to save: cheap, and still a username check. */
    private static SignUpForm probe(String username) {
        return new SignUpForm(username, "Probe", "short", "short");
    }

    @Test
    void oneAddressGetsThirtyUsernameChecksThenSignUpIsPausedWithNothingSavedAndThePauseIsLoggedOnce(
            CapturedOutput output) {
        ClientAddress prober = ClientAddress.of("192.0.2.30");
        for (int i = 0; i < AttemptLimit.SIGN_UP_ADDRESS.attempts(); i++) {
            String username = "probed-" + i;
            assertThatThrownBy(() -> users.signUp(probe(username), prober)).as("sign-up " + i)
                    .isInstanceOf(SignUpRejected.class);
        }
        SignUpForm real = new SignUpForm("paused-learner", "Paused", PASSWORD, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> users.signUp(real, prober)).isInstanceOf(SignUpPaused.class)
                    .hasMessage("Too many sign-ups came from your network, so sign-up is paused for a while. "
                            + "Nothing was saved. Try again in about 1 minute.");
        }
        assertThat(users.find("paused-learner")).isEmpty();
        assertThat(output.getAll().split("Sign-up paused for the client address 192.0.2.30 after 30 sign-ups", -1))
                .as("one log line for the whole pause").hasSize(2);

        assertThat(users.signUp(real, ClientAddress.of("192.0.2.31")).username()).as("another address")
                .isEqualTo("paused-learner");
    }

    @Test
    void aSignUpRefusedForTheShapeOfItsUsernameCostsNothing() {
        ClientAddress typist = ClientAddress.of("192.0.2.40");
        for (int i = 0; i < AttemptLimit.SIGN_UP_ADDRESS.attempts() * 2; i++) {
            assertThatThrownBy(() -> users.signUp(probe("No Spaces Allowed"), typist))
                    .isInstanceOfSatisfying(SignUpRejected.class, rejected -> assertThat(rejected.problems())
                            .containsKey(SignUpForm.Field.USERNAME));
        }
        assertThat(users.signUp(new SignUpForm("careful-typist", "Typist", PASSWORD, PASSWORD), typist).username())
                .isEqualTo("careful-typist");
    }
}
