package org.diffusioncourse.security;

import java.util.Map;

/** A sign-up that was refused, with a message for each field that needs fixing. */
public final class SignUpRejected extends RuntimeException {

    private final Map<SignUpForm.Field, String> problems;

    SignUpRejected(Map<SignUpForm.Field, String> problems) {
        super("Sign-up refused: " + problems.values());
        this.problems = Map.copyOf(problems);
    }

    public Map<SignUpForm.Field, String> problems() {
        return problems;
    }
}
