package org.diffusioncourse.demo;

import java.util.List;
import java.util.Set;

/** Every demo the course has, and small checks they share. */
public final class Demos {

    private Demos() {
    }

    /** One instance of each demo; the forward demo shares the application's scene cache. */
    public static List<LessonDemo> all(SceneCache forwardScenes) {
        return List.of(
                new ForwardNoising(forwardScenes),
                new org.diffusioncourse.demo.likelihood.LikelihoodFitDemo(),
                new org.diffusioncourse.demo.score.ScoreFieldDemo());
    }

    /** A message for each given key that is not allowed, naming the allowed keys. */
    public static List<String> unknownKeys(Set<String> given, Set<String> allowed, String where) {
        return given.stream().filter(k -> !allowed.contains(k)).sorted().map(k ->
                "unknown parameter '" + k + "' for " + where + "; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList()))).toList();
    }
}
