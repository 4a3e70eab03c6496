package org.diffusioncourse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.diffusioncourse.demo.catalog.DemoCatalog;
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

/** Recorded predictions against the real schema and the real simulation answers. */
@CourseTest
@WithMockUser(username = "practice-ada")
class PracticeServiceTest {

    @Autowired
    PracticeService practice;
    @Autowired
    ContentService content;
    @Autowired
    DemoCatalog catalog;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private Lesson lesson;

    @BeforeEach
    void cleanAccount() {
        Accounts.ensure(users, jdbc, "practice-ada");
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = 'practice-ada')").update();
        lesson = content.course().lesson("forward-process").orElseThrow();
    }

    private Lesson.PracticeItem item(String id) {
        return lesson.practice().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private ComputedAnswer truth(Lesson.PracticeItem item) {
        return catalog.answer(item.answer());
    }

    private String storedAnswer(String itemId) {
        return jdbc.sql("select answer from practice_attempt a join app_user u on u.id = a.user_id "
                        + "where u.username = 'practice-ada' and a.item_id = :item")
                .param("item", itemId).query(String.class).optional().orElse(null);
    }

    @Test
    void aPredictionIsStoredBeforeTheAnswerExists() {
        PracticeAttempt committed = practice.commit(lesson, item("crossing-band"), "late");
        assertThat(committed.prediction()).isEqualTo("late");
        assertThat(committed.committedAt()).isNotNull();
        assertThat(committed.revealed()).isFalse();
        assertThat(storedAnswer("crossing-band")).as("no answer is stored at commit time").isNull();
    }

    @Test
    void theRevealIsScoredAgainstWhatTheSimulationComputes() {
        Lesson.PracticeItem item = item("crossing-band");
        String right = truth(item).value();
        String wrong = item.choices().stream().filter(c -> !c.equals(right)).findFirst().orElseThrow();

        practice.commit(lesson, item, wrong);
        PracticeAttempt revealed = practice.reveal(lesson, item);
        assertThat(revealed.answer()).isEqualTo(right);
        assertThat(revealed.correct()).isFalse();

        Lesson.PracticeItem numeric = item("alpha-bar-halfway");
        practice.commit(lesson, numeric, "0.079");
        PracticeAttempt close = practice.reveal(lesson, numeric);
        assertThat(close.answer()).isEqualTo(truth(numeric).value()).isEqualTo("0.0786");
        assertThat(close.correct()).as("0.079 is within 2% of 0.0786").isTrue();
    }

    @Test
    void thereIsNoRevealWithoutACommittedPrediction() {
        assertThatThrownBy(() -> practice.reveal(lesson, item("crossing-band")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Commit a prediction before the answer is revealed.");
        practice.hintsShown(lesson, item("crossing-band"), 1);
        assertThatThrownBy(() -> practice.reveal(lesson, item("crossing-band"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCommittedPredictionCannotBeReplacedAndARevealIsNotRepeated() {
        Lesson.PracticeItem item = item("cosine-crossing-band");
        practice.commit(lesson, item, "early");
        assertThatThrownBy(() -> practice.commit(lesson, item, "late"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("“early”");
        PracticeAttempt first = practice.reveal(lesson, item);
        PracticeAttempt second = practice.reveal(lesson, item);
        assertThat(second.revealedAt()).isEqualTo(first.revealedAt());
        assertThat(practice.find(lesson.id(), item.id()).orElseThrow().prediction()).isEqualTo("early");
    }

    @Test
    void aPredictionOutsideTheChoicesOrTooLongIsRefusedWithAMessage() {
        assertThatThrownBy(() -> practice.commit(lesson, item("crossing-band"), "<script>alert(1)</script>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("“<script>alert(1)</script>” is not one of the choices: early, middle, late.");
        assertThatThrownBy(() -> practice.commit(lesson, item("alpha-bar-halfway"), "9".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2000");
        assertThat(practice.find(lesson.id(), "crossing-band").map(PracticeAttempt::committed)).isEmpty();
    }

    @Test
    void hintsShownOnlyEverGoUpAndRubricTicksAreKept() {
        Lesson.PracticeItem item = item("crossing-band");
        practice.hintsShown(lesson, item, 2);
        practice.hintsShown(lesson, item, 1);
        practice.rubric(lesson, item, Set.of(0, 2));
        PracticeAttempt attempt = practice.find(lesson.id(), item.id()).orElseThrow();
        assertThat(attempt.hintsUsed()).isEqualTo(2);
        assertThat(attempt.rubricTicked()).containsExactlyInAnyOrder(0, 2);
        assertThatThrownBy(() -> practice.hintsShown(lesson, item, 4)).hasMessage("hints shown must be 0 to 3; was 4");
    }

    @Test
    void progressCountsCommittedItemsMatchesAndHints() {
        practice.commit(lesson, item("crossing-band"), truth(item("crossing-band")).value());
        practice.reveal(lesson, item("crossing-band"));
        practice.hintsShown(lesson, item("noise-std-quarter"), 1);
        LessonProgress progress = practice.progress(List.of(lesson)).get(lesson.id());
        assertThat(progress).isEqualTo(new LessonProgress(lesson.practice().size(), 1, 1, 1));
        assertThat(progress.summary()).isEqualTo("1 of " + lesson.practice().size()
                + " practice items done, 1 matched the simulation, 1 hint used");
    }

    @Test
    void startingOverForgetsTheAttempt() {
        practice.commit(lesson, item("crossing-band"), "early");
        practice.startOver(lesson, item("crossing-band"));
        assertThat(practice.find(lesson.id(), "crossing-band")).isEmpty();
        practice.commit(lesson, item("crossing-band"), "late");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorHasNoRecord() {
        assertThatThrownBy(() -> practice.commit(lesson, item("crossing-band"), "late"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }
}
