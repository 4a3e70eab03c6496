package org.diffusioncourse.notes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.Handoff;
import org.diffusioncourse.notes.NoteConflict;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.notes.ResearchNote;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The research room's draft: pick an object of the page, write a question, a note and a
 * next action. Signed in, every field saves itself at most {@value #SAVE_EVERY_MS} ms after
 * the last keystroke it has not saved yet, and says when it last saved. If another tab saved
 * the same note meanwhile, nothing is overwritten: both versions are shown and the learner
 * chooses. Anonymous visitors see the handoff prompt and, where the form would be, the
 * {@link NoteStore}'s word that saving needs an account.
 *
 * <p>It is long because the autosave, the conflict choice and the delete all act on the one
 * draft and version it holds; split, they would have to share that state.
 */
public final class NoteEditor extends Div {

    /** The longest a keystroke waits before it is sent and saved (Vaadin's TIMEOUT mode). */
    public static final int SAVE_EVERY_MS = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final NoteStore store;
    private final Lesson lesson;
    private final List<PageObject> fixed;
    private final boolean editable;
    private Optional<PageObject> demoState;
    private PageObject object;
    private long version = NoteService.NEW;
    private boolean conflicted;
    private boolean loading;

    private final Select<PageObject> target = new Select<>();
    private final TextArea question = new TextArea("Question");
    private final TextArea body = new TextArea("Note");
    private final TextArea nextAction = new TextArea("Next action");
    private final Span status = new Span();
    private final Div conflict = new Div();
    private final Button delete = new Button("Delete this note");
    private final Pre handoff = new Pre();

    /** @param demoState the page's demo at its current settings; empty when there is no demo */
    NoteEditor(NoteStore store, Lesson lesson, List<PageObject> objects, Optional<PageObject> demoState) {
        this.store = store;
        this.lesson = lesson;
        this.fixed = List.copyOf(objects);
        this.demoState = demoState;
        this.object = fixed.getFirst();
        addClassName("note-editor");
        setId("note-editor");

        add(new H3("Your notes"));
        target.setLabel("Attach to");
        target.setId("note-target");
        target.setItemLabelGenerator(PageObject::label);
        target.setWidthFull();
        target.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(object)) {
                open(e.getValue());
            }
        });
        add(target);
        Optional<Component> notice = store.notice();
        editable = notice.isEmpty();
        if (notice.isPresent()) {
            add(notice.get());
        } else {
            configure(question, "note-question", NoteDraft.MAX_QUESTION, "What exactly puzzles you about this object?");
            configure(body, "note-body", NoteDraft.MAX_BODY, "What you found so far, in your own words");
            configure(nextAction, "note-next-action", NoteDraft.MAX_NEXT_ACTION, "One concrete thing to try or read next");
            status.setId("note-status");
            status.addClassName("note-status");
            status.getElement().setAttribute("aria-live", "polite");
            conflict.setId("note-conflict");
            conflict.addClassName("problem-box");
            conflict.setVisible(false);
            delete.setId("note-delete");
            delete.addThemeVariants(ButtonVariant.TERTIARY);
            delete.addClickListener(e -> deleteNote());
            Paragraph how = new Paragraph("Saved as you type (within " + SAVE_EVERY_MS / 1000
                    + " s of a keystroke) and listed on your My notes page.");
            how.addClassName("hint-text");
            add(question, body, nextAction, status, conflict, delete, how);
        }
        handoff.setId("handoff-prompt");
        handoff.addClassName("handoff");
        handoff.getElement().setAttribute("tabindex", "0");
        handoff.getElement().setAttribute("aria-label", "Handoff prompt for the chosen object");
        Button copy = new Button("Copy the handoff prompt", e -> e.getSource().getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", handoff.getText()));
        copy.setId("handoff-copy");
        add(new H3("Handoff prompt"), new Paragraph("Paste this into a conversation with a tutor or a colleague, "
                + "so the question stays tied to the chosen object and its evidence."), handoff, copy);
        refreshItems();
        open(object);
    }

    private void configure(TextArea area, String id, int max, String placeholder) {
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(max);
        area.setPlaceholder(placeholder);
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(SAVE_EVERY_MS);
        area.addValueChangeListener(e -> {
            if (!loading) {
                save();
            }
        });
    }

    /** Shows the note on {@code chosen} and moves the keyboard focus to its question. */
    public void select(PageObject chosen) {
        open(chosen);
        if (editable) {
            question.focus();
        } else {
            target.focus();
        }
    }

    /**
     * The demo moved. The state is remembered but the picker is not redrawn on every slider
     * step (that would resend its whole item list each time); the "Note this demo state" button
     * adds the state it names when pressed, and a note already open on an older state stays open.
     */
    public void demoMoved(PageObject state) {
        demoState = Optional.of(state);
    }

    /** The object whose note is shown. */
    public PageObject current() {
        return object;
    }

    private void refreshItems() {
        List<PageObject> items = new ArrayList<>(fixed);
        demoState.ifPresent(items::add);
        if (!items.contains(object)) {
            items.add(object);
        }
        loading = true;
        try {
            target.setItems(items);
            target.setValue(object);
        } finally {
            loading = false;
        }
    }

    private void open(PageObject chosen) {
        object = chosen;
        conflicted = false;
        conflict.setVisible(false);
        conflict.removeAll();
        ResearchNote stored = store.find(lesson.id(), chosen.key()).orElse(null);
        show(stored);
        refreshItems();
        status.setText(stored == null ? "Nothing saved for this object yet." : "Last saved at " + TIME.format(stored.updatedAt()) + ".");
    }

    private void show(@Nullable ResearchNote stored) {
        loading = true;
        try {
            version = stored == null ? NoteService.NEW : stored.version();
            question.setValue(stored == null ? "" : stored.question());
            body.setValue(stored == null ? "" : stored.body());
            nextAction.setValue(stored == null ? "" : stored.nextAction());
            delete.setEnabled(stored != null);
        } finally {
            loading = false;
        }
        handoff.setText(Handoff.prompt(lesson, object, stored));
    }

    private void save() {
        if (conflicted) {
            return;
        }
        NoteDraft draft = new NoteDraft(lesson.id(), object, question.getValue(), body.getValue(), nextAction.getValue());
        if (version == NoteService.NEW && draft.question().isBlank() && draft.body().isBlank() && draft.nextAction().isBlank()) {
            return;
        }
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            status.setText("Not saved: " + String.join(" ", problems));
            return;
        }
        try {
            store.save(draft, version).ifPresent(this::saved);
        } catch (NoteConflict e) {
            showConflict(e.current().orElse(null));
        } catch (DataAccessException failed) {
            // The next keystroke sends the whole text again, so nothing typed is lost.
            status.setText(SaveFailure.report("Your note", failed));
        }
    }

    private void saved(ResearchNote saved) {
        version = saved.version();
        delete.setEnabled(true);
        status.setText("Saved at " + TIME.format(saved.updatedAt()) + ".");
        handoff.setText(Handoff.prompt(lesson, object, saved));
    }

    private void showConflict(@Nullable ResearchNote theirs) {
        conflicted = true;
        conflict.removeAll();
        conflict.getElement().setAttribute("role", "alert");
        conflict.add(new Paragraph(theirs == null
                ? "This note was deleted in another tab or window. Your text is still here and has not been saved."
                : "This note was saved from another tab or window at " + TIME.format(theirs.updatedAt())
                        + ". Your text is still here and has not been saved. The other version:"));
        if (theirs != null) {
            conflict.add(version("Question", theirs.question()), version("Note", theirs.body()),
                    version("Next action", theirs.nextAction()));
        }
        Button keepMine = new Button("Keep my version", e -> {
            conflicted = false;
            conflict.setVisible(false);
            version = theirs == null ? NoteService.NEW : theirs.version();
            save();
        });
        keepMine.setId("note-keep-mine");
        Button takeTheirs = new Button(theirs == null ? "Discard my text" : "Use the other version", e -> {
            conflicted = false;
            conflict.setVisible(false);
            show(theirs);
            status.setText(theirs == null ? "Nothing saved for this object." : "Showing the version saved at "
                    + TIME.format(theirs.updatedAt()) + ".");
        });
        takeTheirs.setId("note-take-theirs");
        conflict.add(keepMine, takeTheirs);
        conflict.setVisible(true);
        status.setText("Not saved: this note changed elsewhere.");
    }

    private static Paragraph version(String name, String text) {
        Paragraph p = new Paragraph(name + ": " + (text.isBlank() ? "(empty)" : text));
        p.addClassName("conflict-version");
        return p;
    }

    private void deleteNote() {
        Optional<ResearchNote> stored = store.find(lesson.id(), object.key());
        if (stored.isEmpty()) {
            show(null);
            return;
        }
        if (stored.get().version() != version) {
            showConflict(stored.get());
            return;
        }
        try {
            store.delete(stored.get());
            show(null);
            status.setText("Deleted.");
        } catch (NoteConflict e) {
            showConflict(e.current().orElse(null));
        } catch (DataAccessException failed) {
            status.setText(SaveFailure.report("Deleting your note", failed).replace(" was not saved", " did not happen"));
        }
    }
}
