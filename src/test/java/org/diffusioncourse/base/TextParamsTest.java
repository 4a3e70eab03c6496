package org.diffusioncourse.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole numbers and reals are read the same way, each refusal naming key, range and value. */
class TextParamsTest {

    private final List<String> problems = new ArrayList<>();

    private TextParams text(String key, String value) {
        return new TextParams(Map.of(key, value), problems);
    }

    @Test
    void aMissingKeyGivesTheFallbackWithoutAProblem() {
        TextParams none = new TextParams(Map.of(), problems);
        assertThat(none.whole("n", 7, 1, 10)).isEqualTo(7);
        assertThat(none.number("x", 0.5, 0, 1)).isEqualTo(0.5);
        assertThat(problems).isEmpty();
    }

    @Test
    void valuesInRangeAreReadAfterStrippingSpaces() {
        assertThat(text("n", " 10 ").whole("n", 7, 1, 10)).isEqualTo(10);
        assertThat(text("x", "-0").number("x", 0.5, 0, 1)).isEqualTo(-0.0);
        assertThat(problems).isEmpty();
    }

    @Test
    void aWholeNumberOutOfRangeIsShownAsTheNumberRead() {
        assertThat(text("n", "+011").whole("n", 7, 1, 10)).isEqualTo(7);
        assertThat(text("n", "ten").whole("n", 7, 1, 10)).isEqualTo(7);
        assertThat(problems).containsExactly("n must be between 1 and 10, was 11",
                "n must be a whole number between 1 and 10, was \"ten\"");
    }

    @Test
    void aRealOutOfRangeIsShownAsTyped() {
        assertThat(text("x", "1.50").number("x", 0.5, 0, 1)).isEqualTo(0.5);
        assertThat(text("x", "NaN").number("x", 0.5, 0, 1)).isEqualTo(0.5);
        assertThat(text("x", "half").number("x", 0.5, -0.5, 1)).isEqualTo(0.5);
        assertThat(problems).containsExactly("x must be between 0 and 1, was 1.50", "x must be between 0 and 1, was NaN",
                "x must be a number between -0.5 and 1, was \"half\"");
    }
}
