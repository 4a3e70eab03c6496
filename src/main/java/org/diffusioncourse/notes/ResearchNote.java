package org.diffusioncourse.notes;

import java.time.Instant;

/**
 * A learner's draft on one object of a lesson page. {@code version} is the row's
 * optimistic-locking counter: a save names the version it was typed over.
 *
 * @param link where the object is: the lesson path with the demo's query and an anchor
 */
public record ResearchNote(long id, String lessonId, String objectKey, String objectLabel, String link,
                           String question, String body, String nextAction,
                           Instant createdAt, Instant updatedAt, long version) {

    /** Whether nothing has been written in any of the three fields. */
    public boolean isBlank() {
        return question.isBlank() && body.isBlank() && nextAction.isBlank();
    }
}
