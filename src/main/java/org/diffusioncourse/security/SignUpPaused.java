package org.diffusioncourse.security;

/**
 * A sign-up refused because its client address has used up its sign-ups for a while
 * ({@link AttemptLimit#SIGN_UP_ADDRESS}); the form was not checked against the accounts and
 * nothing was saved. The message says so and how long to wait.
 */
public final class SignUpPaused extends RuntimeException {

    SignUpPaused(Throttle.Pause pause) {
        super("Too many sign-ups came from your network, so sign-up is paused for a while. Nothing was saved. "
                + "Try again in about " + (pause.minutes() == 1 ? "1 minute." : pause.minutes() + " minutes."));
    }
}
