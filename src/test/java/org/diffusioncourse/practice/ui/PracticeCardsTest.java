package org.diffusioncourse.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.practice.PracticeAnswers;
import org.diffusioncourse.practice.PracticeAttempt;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.RefusingDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** A practice card for a visitor (checked, not kept, and saying so) and for a learner whose save fails. */
@CourseTest
class PracticeCardsTest extends SecuredBrowserlessTest {

    private static final String LEARNER = "cards-carl";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PracticeService practice;
    @Autowired
    PracticeAnswers answers;
    @Autowired
    ContentService content;

    @BeforeEach
    void freshLearner() {
        Accounts.ensure(users, jdbc, LEARNER);
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = :u)").param("u", LEARNER).update();
    }

    private Div card() {
        navigate("lessons/forward-process", LessonView.class);
        return $(Div.class).id("practice-crossing-band");
    }

    @SuppressWarnings("unchecked")
    private void commit(Div card, String guess) {
        $(RadioButtonGroup.class, card).single().setValue(guess);
        test($(Button.class, card).withClassName("commit-button").single()).click();
    }

    private String outcome(Div card) {
        return $(Paragraph.class, card).withClassName("practice-outcome").single().getText();
    }

    @Test
    @WithAnonymousUser
    void aVisitorsPredictionIsCheckedAgainstTheSimulationButNotKeptAndTheCardSaysSo() {
        Div card = card();
        assertThat($(Paragraph.class, card).withClassName("sign-in-notice").single().getText())
                .isEqualTo("Sign in to keep your predictions and your progress; without an account this one is checked but not saved.");
        commit(card, "early");
        assertThat(outcome(card)).isEqualTo("Committed: “early”. Now reveal what the simulation computes.");

        test($(Button.class, card).withClassName("reveal-button").single()).click();
        Lesson.PracticeItem item = content.course().lesson("forward-process").orElseThrow().practice().stream()
                .filter(p -> p.id().equals("crossing-band")).findFirst().orElseThrow();
        String truth = answers.answer(item.answer()).value();
        assertThat(outcome(card)).contains(truth);
        assertThat($(Button.class, card).withClassName("start-over-button").all())
                .as("nothing is kept, so there is nothing to start over").isEmpty();
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aPredictionTheDatabaseRefusesIsShownOnTheCardAndStaysOpenToCommitAgain() {
        RefusingDatabase.whileRefusing(jdbc, "practice_attempt", "prediction <> 'late'", () -> {
            Div card = card();
            assertThat($(Paragraph.class, card).withClassName("sign-in-notice").all()).isEmpty();
            commit(card, "late");
            assertThat(outcome(card)).startsWith("Your prediction was not saved").contains("incident");
            @SuppressWarnings("unchecked")
            RadioButtonGroup<String> choice = $(RadioButtonGroup.class, card).single();
            assertThat(choice.isReadOnly()).isFalse();
            assertThat(choice.getValue()).isEqualTo("late");
            assertThat(practice.find("forward-process", "crossing-band").filter(PracticeAttempt::committed)).isEmpty();
        });
    }
}
