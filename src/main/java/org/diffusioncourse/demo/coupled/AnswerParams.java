package org.diffusioncourse.demo.coupled;

import java.util.List;
import java.util.Map;

/** A check the coupled demos' practice answers share. */
public final class AnswerParams {

    private AnswerParams() {
    }

    /** Adds a message for each of {@code keys} that {@code params} lacks. */
    public static void requireKeys(Map<String, String> params, List<String> keys, String quantity, List<String> problems) {
        for (String key : keys) {
            if (!params.containsKey(key)) {
                problems.add("quantity '" + quantity + "' needs " + key + " in params");
            }
        }
    }
}
