package org.diffusioncourse.notes.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.diffusioncourse.notes.NoteConflict;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.ResearchNote;

/**
 * What the note editor needs to keep a learner's drafts. A signed-in learner's are saved as
 * they type ({@link SignedInNotes}); a visitor's are not, and the editor says so instead of
 * showing the form ({@link AnonymousNotes}).
 */
interface NoteStore {

    Optional<ResearchNote> find(String lessonId, String objectKey);

    /**
     * Saves the draft over {@code expectedVersion}.
     *
     * @return the note as stored; empty when nothing is kept
     * @throws NoteConflict when another tab saved or deleted the note meanwhile
     */
    Optional<ResearchNote> save(NoteDraft draft, long expectedVersion);

    /** @throws NoteConflict when the note changed since it was read */
    void delete(ResearchNote note);

    /** What the editor shows instead of the form when nothing is kept; empty when drafts are saved. */
    Optional<Component> notice();
}
