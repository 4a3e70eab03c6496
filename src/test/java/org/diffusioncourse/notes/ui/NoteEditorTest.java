package org.diffusioncourse.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.RefusingDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A draft the database refuses is reported in the editor, with the text kept for the next try. */
@CourseTest
@WithMockUser(username = "editor-edna")
class NoteEditorTest extends SecuredBrowserlessTest {

    @Autowired
    NoteService notes;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftTheDatabaseRefusesIsShownInTheEditorAndTheTextStays() {
        Accounts.ensure(users, jdbc, "editor-edna");
        RefusingDatabase.whileRefusing(jdbc, "research_note", "question <> 'refused by the database'", () -> {
            navigate("lessons/forward-process", LessonView.class);
            test($(TextArea.class).id("note-question")).setValue("refused by the database");
            assertThat($(Span.class).id("note-status").getText()).startsWith("Your note was not saved").contains("incident");
            assertThat($(TextArea.class).id("note-question").getValue()).isEqualTo("refused by the database");
            assertThat(notes.mine()).noneMatch(n -> n.question().equals("refused by the database"));
        });
    }
}
