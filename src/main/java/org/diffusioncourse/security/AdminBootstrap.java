package org.diffusioncourse.security;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a start with no admin account, creates {@code admin}. Its password comes from
 * {@code COURSE_ADMIN_PASSWORD} (course.admin-password) when set, and is then never logged; a
 * password the sign-up rules refuse ({@link PasswordRules}) stops the start with the reason.
 * Otherwise it is drawn from {@link SecureRandom} and printed once, in a banner. There is no
 * fixed default password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String DISPLAY_NAME = "Administrator";
    static final int GENERATED_LENGTH = 24;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(UserRepository users, PasswordEncoder passwords,
                   @Value("${course.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    /**
     * Creates the first admin if there is none. Returns the generated password when one was
     * generated (it is also logged); empty when an admin existed or the password was configured.
     */
    @Transactional
    Optional<String> ensureAdmin() {
        if (users.countWithRole(Role.ADMIN) > 0) {
            return Optional.empty();
        }
        if (users.usernameTaken(USERNAME)) {
            log.error("No account has the Admin role, and the username '{}' is taken by an ordinary account; "
                    + "no admin was created. Grant ADMIN to an account in the app_user_role table.", USERNAME);
            return Optional.empty();
        }
        boolean configured = !configuredPassword.isEmpty();
        if (configured) {
            refuseIfWeak(configuredPassword);
        }
        String password = configured ? configuredPassword : generate();
        try {
            users.insert(USERNAME, DISPLAY_NAME, passwords.encode(password), EnumSet.of(Role.LEARNER, Role.ADMIN));
        } catch (DuplicateKeyException raced) {
            // Several instances on one shared database started together; another one made it.
            log.info("The first admin account '{}' was created by another instance starting at the same time.", USERNAME);
            return Optional.empty();
        }
        if (configured) {
            log.info("Created the first admin account '{}' with the password from COURSE_ADMIN_PASSWORD.", USERNAME);
            return Optional.empty();
        }
        log.warn("""

                ==================================================================
                  First start: created the admin account.
                    username: {}
                    password: {}
                  This password is shown only this once. Sign in at /login and
                  keep it somewhere safe; it is stored only as a hash.
                ==================================================================""", USERNAME, password);
        return Optional.of(password);
    }

    /** The sign-up rules hold for the admin too; the refusal says why but never shows the password. */
    private static void refuseIfWeak(String password) {
        if (password.length() < SignUpForm.PASSWORD_MIN || password.length() > SignUpForm.PASSWORD_MAX) {
            throw new IllegalStateException("COURSE_ADMIN_PASSWORD is refused: it must have " + SignUpForm.PASSWORD_MIN
                    + " to " + SignUpForm.PASSWORD_MAX + " characters; it has " + password.length());
        }
        PasswordRules.problem(password, USERNAME, DISPLAY_NAME).ifPresent(problem -> {
            throw new IllegalStateException("COURSE_ADMIN_PASSWORD is refused: " + problem);
        });
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
