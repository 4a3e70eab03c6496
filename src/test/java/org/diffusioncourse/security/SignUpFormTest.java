package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void aPasswordOfOneRepeatedCharacterIsRefused() {
        assertThat(form("ada", "Ada", "aaaaaaaaaaaa", "aaaaaaaaaaaa").problems())
                .containsEntry(Field.PASSWORD, "Use different characters, not one character repeated.");
    }

    @Test
    void aPasswordOfOnlySpacesIsRefused() {
        String spaces = " ".repeat(12);
        assertThat(form("ada", "Ada", spaces, spaces).problems())
                .containsEntry(Field.PASSWORD, "Use letters, digits or symbols, not only spaces.");
        assertThat(form("ada", "Ada", " \t ".repeat(4), " \t ".repeat(4)).problems())
                .containsEntry(Field.PASSWORD, "Use letters, digits or symbols, not only spaces.");
    }

    @Test
    void aPasswordEqualToTheUsernameIsRefusedWhateverItsCase() {
        assertThat(form("ada.lovelace", "Ada", "ada.lovelace", "ada.lovelace").problems())
                .containsEntry(Field.PASSWORD, "Do not use your username as your password.");
        assertThat(form("ada.lovelace", "Ada", "Ada.Lovelace", "Ada.Lovelace").problems())
                .containsEntry(Field.PASSWORD, "Do not use your username as your password.");
    }

    @Test
    void commonPasswordsAreRefusedWithTheReason() {
        for (String common : List.of("password1234", "123456789012", "qwertyuiopas", "iloveyou1234", "1qaz2wsx3edc",
                "Password1234!", "p4ssw0rd1234")) {
            assertThat(form("ada", "Ada", common, common).problems().get(Field.PASSWORD)).as(common)
                    .startsWith("This password is too easy to guess.");
        }
        assertThat(form("ada", "Ada", "password1234", "password1234").problems())
                .containsEntry(Field.PASSWORD, "This password is too easy to guess. This is a very common password. "
                        + "Add another word or two. Uncommon words are better.");
    }

    /** Every password of twelve or more characters in the frequency list that zxcvbn ships (30 000 leaked passwords). */
    @Test
    void everyListedCommonPasswordLongEnoughToTypeIsRefused() throws IOException {
        List<String> listed;
        try (InputStream in = Zxcvbn.class.getResourceAsStream("matchers/dictionaries/passwords.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(p -> p.length() >= SignUpForm.PASSWORD_MIN).toList();
        }
        assertThat(listed).hasSizeGreaterThan(200);
        assertThat(listed).allSatisfy(common -> assertThat(form("ada", "Ada", common, common).problems())
                .as(common).containsKey(Field.PASSWORD));
    }

    @Test
    void aPasswordMadeOfTheNamesOnTheFormIsRefused() {
        assertThat(form("grace.hopper", "Grace Hopper", "gracehopper1", "gracehopper1").problems().get(Field.PASSWORD))
                .startsWith("This password is too easy to guess.");
    }

    @Test
    void aConfirmationThatDiffersIsReported() {
        assertThat(form("ada", "Ada", "correct horse battery", "correct horse battery!").problems())
                .containsOnlyKeys(Field.CONFIRMATION)
                .containsEntry(Field.CONFIRMATION, "The two passwords are not the same.");
    }
}
