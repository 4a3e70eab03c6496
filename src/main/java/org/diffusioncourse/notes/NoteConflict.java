package org.diffusioncourse.notes;

import java.util.Optional;

/**
 * A save typed over a version that is no longer current: another tab or window saved the
 * same note (or deleted it) meanwhile. Carries what is stored now, so the editor can show
 * the difference and let the learner choose; nothing was overwritten.
 */
public final class NoteConflict extends RuntimeException {

    private final transient ResearchNote current;

    NoteConflict(ResearchNote current) {
        super(current == null ? "This note was deleted in another tab or window after you opened it."
                : "This note was saved from another tab or window after you opened it.");
        this.current = current;
    }

    /** The note as stored now; empty when it was deleted. */
    public Optional<ResearchNote> current() {
        return Optional.ofNullable(current);
    }
}
