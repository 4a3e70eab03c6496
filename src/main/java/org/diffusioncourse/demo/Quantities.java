package org.diffusioncourse.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The quantities a demo's practice answers may ask for, each declared once, in the order lessons list them. */
final class Quantities {

    private final Map<String, Quantity> byName = new LinkedHashMap<>();

    void declare(Quantity... declared) {
        for (Quantity quantity : declared) {
            if (byName.putIfAbsent(quantity.name(), quantity) != null) {
                throw new IllegalArgumentException("two quantities are named " + quantity.name());
            }
        }
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * What is wrong with a practice answer's {@code quantity} and {@code params}.
     *
     * @param settingsKeys     the demo's settings keys
     * @param settingsProblems what is wrong with params read as the demo's settings
     */
    List<String> check(String quantity, Map<String, String> params, Set<String> settingsKeys,
            Function<Map<String, String>, List<String>> settingsProblems) {
        Quantity declared = byName.get(quantity);
        return declared == null ? List.of(unknown(quantity).getMessage())
                : declared.problems(params, settingsKeys, settingsProblems);
    }

    /** The refusal of a quantity not declared. */
    IllegalArgumentException unknown(String quantity) {
        return new IllegalArgumentException("quantity must be one of " + String.join(", ", byName.keySet())
                + "; was \"" + quantity + "\"");
    }
}
