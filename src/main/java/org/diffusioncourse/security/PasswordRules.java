package org.diffusioncourse.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a password is too easy to guess, and why, in words for the person choosing it. The
 * length rule is {@link SignUpForm}'s; this adds what length does not catch (NIST SP 800-63B,
 * section 5.1.1.2: refuse passwords from lists of common or leaked ones, repetitive ones and
 * ones made of the account's own names):
 * <ol>
 * <li>only white space, or one character repeated ({@code aaaaaaaaaaaa});</li>
 * <li>the username itself, in any case;</li>
 * <li>anything zxcvbn estimates below {@value #MIN_SCORE} on its 0-4 scale, that is fewer than
 *     10^8 guesses. zxcvbn matches the password against the frequency lists it ships (30 000
 *     leaked passwords, English words, names, film and TV words), the names on the form,
 *     keyboard walks, sequences, repeats and dates, and explains what it found.</li>
 * </ol>
 * With sign-in throttled, 10^8 guesses are out of reach online; against a stolen table of
 * Argon2 hashes they cost years of one machine's time.
 */
final class PasswordRules {

    static final int MIN_SCORE = 3;
    /*
     * zxcvbn's matching grows with the square of the length (about 0.3 s for 200 random
     * characters). A password whose first 100 characters are hard to guess is hard to guess, so
     * the rest is not measured.
     */
    private static final int MEASURED = 100;
    /** Built once: loading the frequency lists takes about 0.1 s; measuring is thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRules() {
    }

    /**
     * The problem with {@code password} for the account {@code username}, or empty when it is
     * acceptable. {@code names} are further words a guesser would try first (display name, site).
     */
    static Optional<String> problem(String password, String username, String... names) {
        if (password.isBlank()) {
            return Optional.of("Use letters, digits or symbols, not only spaces.");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("Use different characters, not one character repeated.");
        }
        if (!username.isBlank() && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("Do not use your username as your password.");
        }
        List<String> known = new ArrayList<>(List.of(username, "diffusion", "course"));
        for (String name : names) {
            known.add(name);
            known.addAll(List.of(name.split("\\s+")));
        }
        Strength strength = ZXCVBN.measure(password.substring(0, Math.min(password.length(), MEASURED)), known);
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        Feedback feedback = strength.getFeedback();
        StringBuilder why = new StringBuilder("This password is too easy to guess.");
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (!warning.isBlank()) {
            why.append(' ').append(warning);
        }
        List<String> suggestions = feedback.getSuggestions(Locale.ENGLISH);
        if (suggestions.isEmpty()) {
            why.append(" Add another word or two. Uncommon words are better.");
        }
        suggestions.forEach(suggestion -> why.append(' ').append(suggestion));
        return Optional.of(why.toString());
    }
}
