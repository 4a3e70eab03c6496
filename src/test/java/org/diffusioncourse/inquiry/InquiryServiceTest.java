package org.diffusioncourse.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Visual inquiry picks against the real schema (V7) and the real course content. */
@CourseTest
@WithMockUser(username = InquiryServiceTest.IDA)
class InquiryServiceTest {

    static final String IDA = "inquiry-ida";
    static final String OTTO = "inquiry-otto";
    private static final String LESSON = "forward-process";

    @Autowired
    InquiryService inquiries;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private Lesson.Inquiry inquiry;

    @BeforeEach
    void cleanAccounts() {
        for (String name : new String[] {IDA, OTTO}) {
            Accounts.ensure(users, jdbc, name);
            jdbc.sql("delete from inquiry_pick where user_id = (select id from app_user where username = :u)")
                    .param("u", name).update();
        }
        inquiry = content.course().lesson(LESSON).orElseThrow().inquiry();
    }

    private String option(int i) {
        return inquiry.options().get(i).id();
    }

    private long rows(String username) {
        return jdbc.sql("select count(*) from inquiry_pick p join app_user u on u.id = p.user_id where u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    @Test
    void aPickIsStoredAndReadBack() {
        InquiryPick picked = inquiries.pick(LESSON, option(1));
        assertThat(picked.lessonId()).isEqualTo(LESSON);
        assertThat(picked.optionId()).isEqualTo(option(1));
        assertThat(inquiries.find(LESSON)).contains(picked);
        assertThat(inquiries.mine()).containsOnlyKeys(LESSON);
        assertThat(inquiries.find("ddpm")).isEmpty();
    }

    @Test
    void theFirstPickIsKeptAndALaterOneChangesNothing() {
        InquiryPick first = inquiries.pick(LESSON, option(0));
        InquiryPick again = inquiries.pick(LESSON, option(2));
        assertThat(again).isEqualTo(first);
        assertThat(inquiries.find(LESSON).orElseThrow().optionId()).isEqualTo(option(0));
        assertThat(rows(IDA)).isOne();
    }

    @Test
    void anUnknownLessonIsRefusedByNameAndNothingIsStored() {
        assertThatThrownBy(() -> inquiries.pick("no-such-lesson", option(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there is no lesson 'no-such-lesson' in the course, so nothing was picked");
        assertThat(rows(IDA)).isZero();
    }

    @Test
    void anOptionTheLessonDoesNotHaveIsRefusedWithTheOptionsItHas() {
        assertThatThrownBy(() -> inquiries.pick(LESSON, "the-whole-page"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the visual inquiry of lesson 'forward-process' has no option 'the-whole-page'; its options are "
                        + String.join(", ", inquiry.options().stream().map(Lesson.Inquiry.Option::id).toList()));
        // An option of another lesson is no option of this one.
        String elsewhere = content.course().lesson("ddpm").orElseThrow().inquiry().options().getFirst().id();
        assertThat(inquiry.option(elsewhere)).isEmpty();
        assertThatThrownBy(() -> inquiries.pick(LESSON, elsewhere)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(IDA)).isZero();
    }

    @Test
    void aPickWhoseOptionTheAuthorRemovedMayBeReplaced() {
        jdbc.sql("insert into inquiry_pick (user_id, lesson_id, option_id) select id, :lesson, 'renamed-long-ago' "
                + "from app_user where username = :u").param("lesson", LESSON).param("u", IDA).update();
        assertThat(inquiries.find(LESSON).orElseThrow().optionId()).isEqualTo("renamed-long-ago");
        assertThat(inquiries.pick(LESSON, option(3)).optionId()).isEqualTo(option(3));
        assertThat(inquiries.pick(LESSON, option(0)).optionId()).as("and then it is kept").isEqualTo(option(3));
        assertThat(rows(IDA)).isOne();
    }

    @Test
    @WithMockUser(username = OTTO)
    void eachLearnerSeesOnlyTheirOwnPick() {
        jdbc.sql("insert into inquiry_pick (user_id, lesson_id, option_id) select id, :lesson, :option "
                + "from app_user where username = :u").param("lesson", LESSON).param("option", option(0)).param("u", IDA).update();
        assertThat(inquiries.find(LESSON)).as("Ida's pick is not Otto's").isEmpty();
        assertThat(inquiries.mine()).isEmpty();
        assertThat(inquiries.pick(LESSON, option(2)).optionId()).as("and does not stop Otto picking").isEqualTo(option(2));
        assertThat(rows(IDA)).isOne();
        assertThat(jdbc.sql("select p.option_id from inquiry_pick p join app_user u on u.id = p.user_id where u.username = :u")
                .param("u", IDA).query(String.class).single()).as("Ida's pick is untouched").isEqualTo(option(0));
    }

    @Test
    void aPickGoesWithTheAccount() {
        inquiries.pick(LESSON, option(1));
        long ida = users.find(IDA).orElseThrow().id();
        jdbc.sql("delete from app_user where id = :id").param("id", ida).update();
        assertThat(jdbc.sql("select count(*) from inquiry_pick where user_id = :id").param("id", ida)
                .query(Long.class).single()).isZero();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorHasNoStoredPick() {
        assertThatThrownBy(() -> inquiries.pick(LESSON, option(0)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> inquiries.find(LESSON))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
