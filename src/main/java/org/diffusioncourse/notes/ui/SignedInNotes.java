package org.diffusioncourse.notes.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.ResearchNote;

/** A signed-in learner's drafts, saved by the {@link NoteService}. */
record SignedInNotes(NoteService notes) implements NoteStore {

    @Override
    public Optional<ResearchNote> find(String lessonId, String objectKey) {
        return notes.find(lessonId, objectKey);
    }

    @Override
    public Optional<ResearchNote> save(NoteDraft draft, long expectedVersion) {
        return Optional.of(notes.save(draft, expectedVersion));
    }

    @Override
    public void delete(ResearchNote note) {
        notes.delete(note);
    }

    @Override
    public Optional<Component> notice() {
        return Optional.empty();
    }
}
