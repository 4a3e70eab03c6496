package org.diffusioncourse.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.ResearchNote;
import org.diffusioncourse.security.ui.LoginView;

/** A visitor's editor: nothing is stored, and it says that notes need an account. */
record AnonymousNotes() implements NoteStore {

    @Override
    public Optional<ResearchNote> find(String lessonId, String objectKey) {
        return Optional.empty();
    }

    @Override
    public Optional<ResearchNote> save(NoteDraft draft, long expectedVersion) {
        return Optional.empty();
    }

    @Override
    public void delete(ResearchNote note) {
    }

    @Override
    public Optional<Component> notice() {
        Paragraph signIn = new Paragraph();
        signIn.setId("note-sign-in");
        signIn.addClassName("sign-in-notice");
        signIn.add(new Span("Notes are saved for signed-in learners: "), new RouterLink("sign in", LoginView.class),
                new Span(" to attach a question, a note and a next action to any object on this page. "
                        + "The handoff prompt below works without an account."));
        return Optional.of(signIn);
    }
}
