package org.diffusioncourse.notes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.ResearchNote;

/**
 * My notes: every research-room draft of the signed-in learner, most recently saved first,
 * each linking back to the exact object (and demo state) it is attached to, with a Markdown
 * export of them all. Only ever the learner's own notes: the service reads no one else's.
 */
@Route("notes")
@Menu(title = "My notes", order = 20)
@PageTitle("My notes · Diffusion course")
@PermitAll
public class MyNotesView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public MyNotesView(NoteService notes, ContentService content) {
        addClassName("my-notes");
        add(new H1("My notes"));
        List<ResearchNote> mine = notes.mine();
        Anchor export = new Anchor("/export/my-notes.md", "Export all as Markdown");
        export.setId("notes-export");
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", "my-notes.md");
        Paragraph lead = new Paragraph(mine.isEmpty()
                ? "You have no notes yet. On any lesson page, use a Note button or the Research room to attach a "
                        + "question, a note and a next action to an equation, a claim, a source or a demo state."
                : mine.size() + (mine.size() == 1 ? " note" : " notes") + ", most recently saved first.");
        lead.addClassName("lead");
        add(lead);
        if (mine.isEmpty()) {
            return;
        }
        add(export);
        OrderedList list = new OrderedList();
        list.setId("notes-list");
        list.addClassName("note-list");
        for (ResearchNote note : mine) {
            ListItem item = new ListItem();
            item.addClassName("note-item");
            String lessonTitle = content.course().lesson(note.lessonId()).map(l -> l.title()).orElse(note.lessonId());
            H2 heading = new H2();
            // The href is built from a lesson id and an object key the site itself made; the
            // learner's text never goes into it, and all text goes in as text nodes.
            heading.add(new Anchor(note.link(), note.objectLabel()));
            Paragraph meta = new Paragraph(lessonTitle + " · saved " + WHEN.format(note.updatedAt()) + " · key " + note.objectKey());
            meta.addClassName("note-meta");
            item.add(heading, meta);
            field(item, "Question", note.question());
            field(item, "Note", note.body());
            field(item, "Next action", note.nextAction());
            list.add(item);
        }
        add(list);
    }

    private static void field(ListItem item, String name, String text) {
        if (text.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.addClassName("note-field");
        Span label = new Span(name + ": ");
        label.addClassName("note-field-name");
        Span value = new Span(text);
        value.addClassName("note-text");
        p.add(label, value);
        item.add(p);
    }
}
