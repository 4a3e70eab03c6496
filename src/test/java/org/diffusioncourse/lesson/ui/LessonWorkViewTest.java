package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.diffusioncourse.notes.NoteDraft;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.notes.PageObject;
import org.diffusioncourse.notes.ResearchNote;
import org.diffusioncourse.notes.ui.NoteEditor;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** A learner's work on a lesson page: notes on page objects and recorded practice. */
@CourseTest
class LessonWorkViewTest extends SecuredBrowserlessTest {

    private static final String LESSON = "lessons/forward-process";
    private static final String LEARNER = "work-lena";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoteService notes;
    @Autowired
    PracticeService practice;

    @BeforeEach
    void freshLearner() {
        Accounts.ensure(users, jdbc, LEARNER);
        jdbc.sql("delete from research_note where user_id = (select id from app_user where username = :u)").param("u", LEARNER).update();
        jdbc.sql("delete from practice_attempt where user_id = (select id from app_user where username = :u)").param("u", LEARNER).update();
    }

    private void openLesson() {
        navigate(LESSON, LessonView.class);
    }

    private void noteOn(String objectId) {
        ListItem item = $(ListItem.class).id(objectId);
        test($(Button.class, item).withClassName("note-button").single()).click();
    }

    @SuppressWarnings("unchecked")
    private Select<PageObject> target() {
        return $(Select.class).id("note-target");
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsToldWhereSavingNeedsAnAccountButGetsTheHandoffPrompt() {
        openLesson();
        assertThat($(Paragraph.class).id("note-sign-in").getElement().getTextRecursively())
                .contains("Notes are saved for signed-in learners").contains("sign in");
        assertThat($(TextArea.class).all()).noneMatch(a -> a.getId().orElse("").startsWith("note-"));
        noteOn("claim-closed-form-marginal");
        assertThat(target().getValue().key()).isEqualTo("claim:closed-form-marginal");
        assertThat($(Pre.class).id("handoff-prompt").getText()).contains("Object key: claim:closed-form-marginal")
                .contains("q(x_t | x_0) = N(√ᾱ_t x_0");
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aDraftSavesItselfAsTheLearnerTypesAndComesBackAfterAReload() {
        openLesson();
        noteOn("claim-linear-schedule");
        TextArea question = $(TextArea.class).id("note-question");
        assertThat(question.getValueChangeMode()).isEqualTo(ValueChangeMode.TIMEOUT);
        assertThat(question.getValueChangeTimeout()).isEqualTo(NoteEditor.SAVE_EVERY_MS);
        test(question).setValue("Why does the schedule start at 1e-4?");
        test($(TextArea.class).id("note-next-action")).setValue("Compute ᾱ_T myself");
        assertThat($(Span.class).id("note-status").getText()).matches("Saved at \\d\\d:\\d\\d:\\d\\d UTC\\.");
        assertThat($(Pre.class).id("handoff-prompt").getText()).contains("My question:\n  Why does the schedule start at 1e-4?")
                .contains("My planned next action: Compute ᾱ_T myself");

        openLesson();
        noteOn("claim-linear-schedule");
        assertThat($(TextArea.class).id("note-question").getValue()).isEqualTo("Why does the schedule start at 1e-4?");
        assertThat($(TextArea.class).id("note-next-action").getValue()).isEqualTo("Compute ᾱ_T myself");
        assertThat($(Span.class).id("note-status").getText()).startsWith("Last saved at");
    }

    @Test
    @WithMockUser(username = LEARNER)
    void theDemoStateANoteAttachesToCarriesEveryParameter() {
        openLesson();
        $(RangeInput.class).id("forward-t").setValue(640.0);
        test($(Button.class).id("note-demo-state")).click();
        assertThat(target().getValue().label()).isEqualTo("Demo forward-noising at dataset two-moons, n 2000, schedule linear, seed 3, t 640");
        test($(TextArea.class).id("note-body")).setValue("Moons are gone here");
        ResearchNote saved = notes.find("forward-process",
                "demo:forward-noising?dataset=two-moons&n=2000&schedule=linear&seed=3&t=640").orElseThrow();
        assertThat(saved.body()).isEqualTo("Moons are gone here");
        assertThat(saved.link()).isEqualTo("lessons/forward-process?dataset=two-moons&n=2000&schedule=linear&seed=3&t=640#demo");
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aSaveFromAnotherTabIsShownAsAConflictAndNeitherVersionIsLost() {
        openLesson();
        noteOn("misconception-beta-is-the-noise-level");
        test($(TextArea.class).id("note-question")).setValue("mine, first");
        PageObject object = target().getValue();
        ResearchNote stored = notes.find("forward-process", object.key()).orElseThrow();
        notes.save(new NoteDraft("forward-process", object, "from the other tab", "", ""), stored.version());

        test($(TextArea.class).id("note-question")).setValue("mine, second");
        Div conflict = $(Div.class).id("note-conflict");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).contains("saved from another tab").contains("from the other tab");
        assertThat(notes.find("forward-process", object.key()).orElseThrow().question()).isEqualTo("from the other tab");
        assertThat($(TextArea.class).id("note-question").getValue()).isEqualTo("mine, second");

        test($(Button.class).id("note-keep-mine")).click();
        assertThat(notes.find("forward-process", object.key()).orElseThrow().question()).isEqualTo("mine, second");
        assertThat(conflict.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aRecordedPredictionIsKeptBeforeAndAfterTheRevealAcrossReloads() {
        openLesson();
        Div card = $(Div.class).id("practice-crossing-band");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = $(RadioButtonGroup.class, card).single();
        test($(Button.class, card).withClassName("hint-button").single()).click();
        choice.setValue("middle");
        test($(Button.class, card).withClassName("commit-button").single()).click();
        assertThat(practice.find("forward-process", "crossing-band").orElseThrow().prediction()).isEqualTo("middle");
        assertThat(practice.find("forward-process", "crossing-band").orElseThrow().revealed()).isFalse();

        openLesson();
        card = $(Div.class).id("practice-crossing-band");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> again = $(RadioButtonGroup.class, card).single();
        assertThat(again.getValue()).isEqualTo("middle");
        assertThat(again.isReadOnly()).isTrue();
        assertThat($(ListItem.class, card).all()).as("one hint was shown before").hasSize(1);
        Button reveal = $(Button.class, card).withClassName("reveal-button").single();
        assertThat(reveal.isEnabled()).isTrue();
        test(reveal).click();
        String answer = practice.find("forward-process", "crossing-band").orElseThrow().answer();
        assertThat($(Paragraph.class, card).withClassName("practice-outcome").single().getText()).contains(answer);

        openLesson();
        card = $(Div.class).id("practice-crossing-band");
        assertThat($(Paragraph.class, card).withClassName("practice-outcome").single().getText()).contains(answer);
        assertThat($(Button.class, card).withClassName("reveal-button").single().isEnabled()).isFalse();
    }
}
