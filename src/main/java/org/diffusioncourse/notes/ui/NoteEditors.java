package org.diffusioncourse.notes.ui;

import java.util.List;
import java.util.Optional;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Builds a lesson page's research-room editor for whoever is reading it. */
@Component
public class NoteEditors {

    private final NoteService notes;
    private final CurrentUser currentUser;

    NoteEditors(NoteService notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    /**
     * An editor that saves a signed-in learner's drafts and keeps none of a visitor's.
     *
     * @param objects   the page's fixed objects, in page order
     * @param demoState the page's demo at its first settings; empty when the page has no demo
     */
    public NoteEditor editor(Lesson lesson, List<PageObject> objects, Optional<PageObject> demoState) {
        NoteStore store = currentUser.account().isPresent() ? new SignedInNotes(notes) : new AnonymousNotes();
        return new NoteEditor(store, lesson, objects, demoState);
    }
}
