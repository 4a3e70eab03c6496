package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The course home shows a signed-in learner's progress per lesson, in the list and on the map. */
@CourseTest
class CourseProgressViewTest extends SecuredBrowserlessTest {

    @Autowired
    PracticeService practice;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "progress-pia")
    void aLearnersCommittedPredictionsShowAsProgressInTheListAndTheMapText() {
        Accounts.ensure(users, jdbc, "progress-pia");
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = 'progress-pia')").update();
        Lesson lesson = content.course().lesson("forward-process").orElseThrow();
        Lesson.PracticeItem item = lesson.practice().getFirst();
        practice.commit(lesson, item, item.choices().getFirst());
        practice.hintsShown(lesson, item, 1);

        navigate(CourseHomeView.class);
        String expected = "1 of " + lesson.practice().size() + " practice items done, 0 matched the simulation, 1 hint used";
        assertThat($(Paragraph.class).id("progress-forward-process").getText()).isEqualTo("Your progress: " + expected);
        assertThat($(Paragraph.class).id("progress-ddpm").getText()).isEqualTo("Your progress: Not started");
        assertThat($(Paragraph.class).id("course-map-text").getText()).contains("your progress: " + expected);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorSeesNoProgress() {
        navigate(CourseHomeView.class);
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getId().orElse("").startsWith("progress-"));
    }
}
