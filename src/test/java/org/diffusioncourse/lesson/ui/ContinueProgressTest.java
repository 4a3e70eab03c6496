package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.progress.LearnerProgress;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "Continue where you left off": the lesson and demo state a signed-in learner last touched is
 * recorded off the request thread and offered on the course home; a visitor sees none of it.
 */
@CourseTest
class ContinueProgressTest extends SecuredBrowserlessTest {

    @Autowired
    LearnerProgress progress;
    @Autowired
    NoteService notes;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private void fresh(String username) {
        Accounts.ensure(users, jdbc, username);
        jdbc.sql("delete from learner_progress where user_id = (select id from app_user where username = :u)")
                .param("u", username).update();
        jdbc.sql("delete from research_note where user_id = (select id from app_user where username = :u)")
                .param("u", username).update();
    }

    @Test
    @WithMockUser(username = "continue-cleo")
    void theHomePageLinksBackToTheLessonAndDemoStateLastTouched() {
        fresh("continue-cleo");
        navigate(CourseHomeView.class);
        assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").equals("continue"));

        navigate("lessons/forward-process", LessonView.class);
        UI.getCurrent().navigate("lessons/forward-process", QueryParameters.simple(Map.of("t", "100")));
        $(RangeInput.class).id("forward-t").setValue(250.0);
        progress.flush();

        navigate(CourseHomeView.class);
        Anchor link = $(Anchor.class).id("continue-link");
        assertThat(link.getText()).isEqualTo(content.course().lesson("forward-process").orElseThrow().title());
        assertThat(link.getHref()).startsWith("lessons/forward-process?").contains("t=250").doesNotContain("t=100");
        assertThat($(Paragraph.class).id("continue-state").getText()).startsWith("Demo at ").contains("t = 250");
    }

    @Test
    @WithMockUser(username = "continue-kim")
    void notesKeptInALessonShowInItsProgress() {
        fresh("continue-kim");
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = 'continue-kim')").update();
        for (String id : java.util.List.of("one", "two")) {
            PageObject claim = new PageObject("claim:" + id, "claim", "Claim " + id, "lessons/ddpm#claim-" + id, "");
            notes.save(new NoteDraft("ddpm", claim, "Why " + id + "?", "", ""), NoteService.NEW);
        }

        navigate(CourseHomeView.class);
        int items = content.course().lesson("ddpm").orElseThrow().practice().size();
        String expected = "0 of " + items + " practice items done, 2 notes kept";
        assertThat($(Paragraph.class).id("progress-ddpm").getText()).isEqualTo("Your progress: " + expected);
        assertThat($(Paragraph.class).id("course-map-text").getText()).contains(expected);
    }

    @Test
    @WithAnonymousUser
    void aVisitorIsNotRecordedAndSeesNoContinueLink() {
        Integer before = jdbc.sql("select count(*) from learner_progress").query(Integer.class).single();
        navigate("lessons/forward-process", LessonView.class);
        $(RangeInput.class).id("forward-t").setValue(300.0);
        progress.flush();
        assertThat(jdbc.sql("select count(*) from learner_progress").query(Integer.class).single()).isEqualTo(before);

        navigate(CourseHomeView.class);
        assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").equals("continue"));
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").equals("continue-link"));
    }
}
