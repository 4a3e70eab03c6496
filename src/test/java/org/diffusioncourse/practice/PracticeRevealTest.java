package org.diffusioncourse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reveal runs the simulation before it opens a transaction, so a slow answer holds no
 * connection and no row, and then stores what it computed.
 */
@CourseTest
@WithMockUser(username = "practice-tx")
class PracticeRevealTest {

    @MockitoSpyBean
    DemoCatalog answers;
    @Autowired
    PracticeService practice;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSimulationRunsOutsideATransactionAndItsAnswerIsStoredAfter() {
        Accounts.ensure(users, jdbc, "practice-tx");
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = 'practice-tx')").update();
        Lesson lesson = content.course().lesson("forward-process").orElseThrow();
        Lesson.PracticeItem item = lesson.practice().stream().filter(p -> p.id().equals("alpha-bar-halfway")).findFirst().orElseThrow();
        List<Boolean> inTransaction = new ArrayList<>();
        doAnswer(call -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return call.callRealMethod();
        }).when(answers).answer(any(Lesson.Answer.class));

        practice.commit(lesson, item, "0.0786");
        PracticeAttempt revealed = practice.reveal(lesson, item);

        assertThat(inTransaction).as("the simulation ran once, outside any transaction").containsExactly(false);
        assertThat(revealed.answer()).isEqualTo("0.0786");
        assertThat(revealed.correct()).isTrue();
        assertThat(practice.find(lesson.id(), item.id()).orElseThrow().answer()).isEqualTo("0.0786");
    }
}
