package org.diffusioncourse.inquiry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.diffusioncourse.inquiry.InquiryService;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A picked visual cue counts as work on the lesson in the course home's progress, beside predictions and notes. */
@CourseTest
class PickOnCourseHomeTest extends SecuredBrowserlessTest {

    private static final String LEARNER = "inquiry-hana";

    @Autowired
    InquiryService inquiries;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = LEARNER)
    void aPickedCueShowsInTheProgressLineAndTheMapText() {
        Accounts.ensure(users, jdbc, LEARNER);
        for (String table : new String[] {"inquiry_pick", "practice_attempt", "research_note"}) {
            jdbc.sql("delete from " + table + " where user_id = (select id from app_user where username = :u)")
                    .param("u", LEARNER).update();
        }
        Lesson lesson = content.course().lesson("ddpm").orElseThrow();
        inquiries.pick(lesson.id(), lesson.inquiry().options().getFirst().id());

        navigate(CourseHomeView.class);
        String expected = "0 of " + lesson.practice().size() + " practice items done, visual cue picked";
        assertThat($(Paragraph.class).id("progress-ddpm").getText()).isEqualTo("Your progress: " + expected);
        assertThat($(Paragraph.class).id("progress-forward-process").getText()).isEqualTo("Your progress: Not started");
        assertThat($(Paragraph.class).id("course-map-text").getText()).contains("your progress: " + expected);
    }
}
