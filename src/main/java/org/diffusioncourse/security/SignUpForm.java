package org.diffusioncourse.security;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a learner types to create an account. {@link #problems()} checks everything that needs
 * no database, the strength of the password among it ({@link PasswordRules}); the service adds
 * "username taken".
 */
public record SignUpForm(String username, String displayName, String password, String confirmation) {

    public enum Field { USERNAME, DISPLAY_NAME, PASSWORD, CONFIRMATION }

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int PASSWORD_MIN = 12;
    /** Argon2 hashes any length, but a bound stops a megabyte "password" from costing CPU. */
    public static final int PASSWORD_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");

    public SignUpForm {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        password = password == null ? "" : password;
        confirmation = confirmation == null ? "" : confirmation;
    }

    /** Each field's problem, in form order; empty when the form is acceptable. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            problems.put(Field.USERNAME, "Use " + USERNAME_MIN + " to " + USERNAME_MAX + " characters (you typed "
                    + username.length() + ").");
        } else if (!USERNAME.matcher(username).matches()) {
            problems.put(Field.USERNAME, "Use only lower-case letters a-z, digits, dots, hyphens and underscores.");
        }
        if (displayName.isEmpty()) {
            problems.put(Field.DISPLAY_NAME, "Enter the name other people will see.");
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            problems.put(Field.DISPLAY_NAME, "Use at most " + DISPLAY_NAME_MAX + " characters (you typed "
                    + displayName.length() + ").");
        } else if (displayName.chars().anyMatch(Character::isISOControl)) {
            problems.put(Field.DISPLAY_NAME, "The name cannot contain control characters.");
        }
        if (password.length() < PASSWORD_MIN) {
            problems.put(Field.PASSWORD, "Use at least " + PASSWORD_MIN + " characters (you typed " + password.length() + ").");
        } else if (password.length() > PASSWORD_MAX) {
            problems.put(Field.PASSWORD, "Use at most " + PASSWORD_MAX + " characters.");
        } else {
            PasswordRules.problem(password, username, displayName).ifPresent(weak -> problems.put(Field.PASSWORD, weak));
        }
        if (!confirmation.equals(password)) {
            problems.put(Field.CONFIRMATION, "The two passwords are not the same.");
        }
        return problems;
    }
}
