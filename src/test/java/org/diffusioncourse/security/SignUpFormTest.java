package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.diffusioncourse.security.SignUpForm.Field;
import org.junit.jupiter.api.Test;

class SignUpFormTest {

    private static SignUpForm form(String username, String displayName, String password, String confirmation) {
        return new SignUpForm(username, displayName, password, confirmation);
    }

    @Test
    void aWellFormedFormHasNoProblems() {
        assertThat(form("ada.l_9-x", "Ada Lovelace", "correct horse battery", "correct horse battery").problems())
                .isEmpty();
    }

    @Test
    void theUsernameIsTrimmedAndLowerCased() {
        assertThat(form("  Ada.L ", "Ada", "x", "x").username()).isEqualTo("ada.l");
    }

    @Test
    void aTooShortOrTooLongUsernameSaysTheAllowedLengthAndWhatWasTyped() {
        assertThat(form("ab", "Ada", "correct horse battery", "correct horse battery").problems())
                .containsEntry(Field.USERNAME, "Use 3 to 40 characters (you typed 2).");
        assertThat(form("a".repeat(41), "Ada", "correct horse battery", "correct horse battery").problems())
                .containsEntry(Field.USERNAME, "Use 3 to 40 characters (you typed 41).");
    }

    @Test
    void aUsernameWithOtherCharactersNamesTheAllowedOnes() {
        assertThat(form("ada lovelace", "Ada", "correct horse battery", "correct horse battery").problems())
                .containsEntry(Field.USERNAME, "Use only lower-case letters a-z, digits, dots, hyphens and underscores.");
        assertThat(form("<script>", "Ada", "correct horse battery", "correct horse battery").problems())
                .containsKey(Field.USERNAME);
    }

    @Test
    void aMissingDisplayNameIsReported() {
        assertThat(form("ada", "   ", "correct horse battery", "correct horse battery").problems())
                .containsEntry(Field.DISPLAY_NAME, "Enter the name other people will see.");
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThat(form("ada", "Ada", "elevenchars", "elevenchars").problems())
                .containsEntry(Field.PASSWORD, "Use at least 12 characters (you typed 11).")
                .doesNotContainKey(Field.CONFIRMATION);
    }

    @Test
    void aConfirmationThatDiffersIsReported() {
        assertThat(form("ada", "Ada", "correct horse battery", "correct horse battery!").problems())
                .containsOnlyKeys(Field.CONFIRMATION)
                .containsEntry(Field.CONFIRMATION, "The two passwords are not the same.");
    }
}
