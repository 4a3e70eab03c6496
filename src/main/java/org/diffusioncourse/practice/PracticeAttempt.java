package org.diffusioncourse.practice;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A learner's work on one practice item.
 *
 * @param prediction  what they committed to, or null before they commit
 * @param answer      the simulation's answer, stored at the reveal; null before it (or for an open item)
 * @param correct     whether the prediction matched; null before the reveal or for an open item
 */
public record PracticeAttempt(String lessonId, String itemId, @Nullable String prediction, @Nullable Instant committedAt,
                              int hintsUsed, @Nullable String answer, @Nullable Boolean correct,
                              @Nullable Instant revealedAt, Set<Integer> rubricTicked) {

    public PracticeAttempt {
        rubricTicked = Set.copyOf(rubricTicked);
    }

    public boolean committed() {
        return prediction != null;
    }

    public boolean revealed() {
        return revealedAt != null;
    }
}
