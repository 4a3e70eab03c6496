package org.diffusioncourse.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
@WithMockUser(username = "mynotes-mia")
class MyNotesViewTest extends SecuredBrowserlessTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> & <b>bold</b>";

    @Autowired
    NoteService notes;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoNotes() throws InterruptedException {
        Accounts.ensure(users, jdbc, "mynotes-mia");
        jdbc.sql("delete from research_note where user_id = (select id from app_user where username = 'mynotes-mia')").update();
        notes.save(new NoteDraft("forward-process", new PageObject("claim:linear-schedule", "claim", "Claim linear-schedule",
                "lessons/forward-process#claim-linear-schedule", ""), "older question", "", ""), NoteService.NEW);
        Thread.sleep(5);
        notes.save(new NoteDraft("forward-process", new PageObject("source:ho-2020-ddpm", "source", "Source ho-2020-ddpm",
                "lessons/forward-process#source-ho-2020-ddpm", ""), HOSTILE, "line one\nline two", "read it"), NoteService.NEW);
    }

    @Test
    void myNotesListsEveryNoteNewestFirstWithALinkBackToItsObject() {
        navigate(MyNotesView.class);
        var items = $(ListItem.class).withClassName("note-item").all();
        assertThat(items).hasSize(2);
        assertThat($(Anchor.class, items.get(0)).first().getHref()).isEqualTo("lessons/forward-process#source-ho-2020-ddpm");
        assertThat($(Anchor.class, items.get(1)).first().getHref()).isEqualTo("lessons/forward-process#claim-linear-schedule");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("older question").contains("The forward process");
        assertThat($(Anchor.class).id("notes-export").getHref()).isEqualTo("/export/my-notes.md");
    }

    @Test
    void aLearnersTextIsShownAsTextNeverAsMarkup() {
        navigate(MyNotesView.class);
        Span text = $(Span.class).withClassName("note-text").all().getFirst();
        assertThat(text.getText()).isEqualTo(HOSTILE);
        assertThat(text.getElement().getChildCount()).isEqualTo(1);
        assertThat(text.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(text.getElement().getProperty("innerHTML")).isNull();
    }
}
