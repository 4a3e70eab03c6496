package org.diffusioncourse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A quantity's declared keys and needs give the refusals every demo shares, in one order. */
class QuantityTest {

    private static final Set<String> SETTINGS = Set.of("seed", "t");

    private static List<String> problems(Quantity quantity, Map<String, String> params) {
        return quantity.problems(params, SETTINGS, p -> p.containsKey("seed") && p.get("seed").startsWith("-")
                ? List.of("seed must be between 0 and 9, was " + p.get("seed")) : List.of());
    }

    @Test
    void unknownKeysThenMissingKeysThenSettingsThenFurtherValues() {
        Quantity q = Quantity.of("spread").alsoTakes("x").needs("a step t in params", "t")
                .reads(text -> text.number("x", 0, -1, 1));
        assertThat(problems(q, Map.of("seed", "-1", "x", "2", "w", "3"))).containsExactly(
                "unknown parameter 'w' for the answer's params; allowed: seed, t, x",
                "quantity 'spread' needs a step t in params",
                "seed must be between 0 and 9, was -1",
                "x must be between -1 and 1, was 2");
        assertThat(problems(q, Map.of("t", "3", "x", "0.5"))).isEmpty();
    }

    @Test
    void missingKeysAreNamedOneByOneOrTogether() {
        Map<String, String> onlyX = Map.of("x", "0");
        assertThat(problems(Quantity.of("drift").takesOnly("x", "y", "z").needsEach("x", "y", "z"), onlyX))
                .containsExactly("quantity 'drift' needs y in params", "quantity 'drift' needs z in params");
        assertThat(problems(Quantity.of("drift").takesOnly("x", "y", "z").needsAll("x", "y", "z"), onlyX))
                .containsExactly("quantity 'drift' needs y and z in params");
    }

    @Test
    void paramsThatAreNotSettingsAreNotReadAsSettings() {
        Quantity q = Quantity.of("ratio").takesOnly("seed").withoutSettings();
        assertThat(problems(q, Map.of("seed", "-4"))).isEmpty();
        assertThat(problems(Quantity.of("ratio").takesOnly("seed"), Map.of("seed", "-4")))
                .containsExactly("seed must be between 0 and 9, was -4");
    }
}
