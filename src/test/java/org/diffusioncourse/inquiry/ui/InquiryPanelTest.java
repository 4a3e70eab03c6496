package org.diffusioncourse.inquiry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.diffusioncourse.inquiry.InquiryService;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.SectionKind;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.RefusingDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The Visual inquiry panel on a lesson page, without a browser: where it stands, what it shows
 * before and after the pick, and how a pick is kept for a learner (the account), a visitor (the
 * session) and a learner whose save fails.
 */
@CourseTest
class InquiryPanelTest extends SecuredBrowserlessTest {

    private static final String LEARNER = "inquiry-ines";
    private static final String LESSON = "forward-process";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InquiryService inquiries;
    @Autowired
    ContentService content;

    private Lesson.Inquiry inquiry;

    @BeforeEach
    void freshLearner() {
        Accounts.ensure(users, jdbc, LEARNER);
        jdbc.sql("delete from inquiry_pick where user_id = (select id from app_user where username = :u)")
                .param("u", LEARNER).update();
        inquiry = content.course().lesson(LESSON).orElseThrow().inquiry();
    }

    private Div panel(String lessonId) {
        navigate("lessons/" + lessonId, LessonView.class);
        return $(Div.class).id(InquiryPanel.ID);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Lesson.Inquiry.Option> cues(Div panel) {
        return $(RadioButtonGroup.class, panel).single();
    }

    private Button pickButton(Div panel) {
        return $(Button.class, panel).withClassName("inquiry-pick-button").single();
    }

    private static List<NativeDetails> reveals(Div panel) {
        return descendants(panel).filter(NativeDetails.class::isInstance).map(NativeDetails.class::cast).toList();
    }

    private String status(Div panel) {
        return $(Paragraph.class, panel).withClassName("inquiry-status").single().getText();
    }

    private void pick(Div panel, Lesson.Inquiry.Option option) {
        cues(panel).setValue(option);
        test(pickButton(panel)).click();
    }

    @Test
    @WithAnonymousUser
    void thePanelFollowsTheDemoAndComesBeforeTheSourcesAndNamesItsParts() {
        Div panel = panel(LESSON);
        Element demo = panel.getElement().getParent();
        assertThat(demo.getAttribute("id")).isEqualTo(SectionKind.DEMO.anchor());
        assertThat(demo.getChild(demo.getChildCount() - 1)).as("the last part of the Demo section").isEqualTo(panel.getElement());
        assertThat(demo.getParent().indexOfChild(demo) + 1)
                .isEqualTo(demo.getParent().indexOfChild(demo.getParent().getChildren()
                        .filter(e -> SectionKind.SOURCE_GROUNDING.anchor().equals(e.getAttribute("id"))).findFirst().orElseThrow()));

        H3 heading = $(H3.class, panel).single();
        assertThat(heading.getText()).isEqualTo("Visual inquiry");
        assertThat(panel.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo(heading.getId().orElseThrow());
        assertThat(cues(panel).getLabel()).as("the radio group's accessible name").isEqualTo(inquiry.question());
        assertThat(cues(panel).getListDataView().getItems().map(Lesson.Inquiry.Option::cue))
                .containsExactlyElementsOf(inquiry.options().stream().map(Lesson.Inquiry.Option::cue).toList());
        assertThat(pickButton(panel).getText()).isEqualTo("Show what this cue reveals");
        assertThat(pickButton(panel).isEnabled()).as("nothing chosen yet").isFalse();
    }

    @Test
    @WithAnonymousUser
    void beforeThePickNoRevealIsOnThePageAfterItTheChosenOneIsOpenAndTheOthersCanBeOpened() {
        Div panel = panel(LESSON);
        assertThat(reveals(panel)).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).as("no reveal text anywhere")
                .doesNotContain(inquiry.options().get(2).reveals().substring(0, 40));

        Lesson.Inquiry.Option chosen = inquiry.options().get(2);
        cues(panel).setValue(chosen);
        assertThat(pickButton(panel).isEnabled()).isTrue();
        assertThat(reveals(panel)).as("choosing is not yet picking").isEmpty();
        test(pickButton(panel)).click();

        List<NativeDetails> shown = reveals(panel);
        assertThat(shown).hasSize(inquiry.options().size());
        assertThat(shown.getFirst().getId()).contains("inquiry-reveal-" + chosen.id());
        assertThat(shown.getFirst().isOpen()).isTrue();
        assertThat(shown.getFirst().getSummaryText()).isEqualTo("Your pick: " + chosen.cue());
        assertThat(shown.getFirst().getContent().getElement().getTextRecursively()).isEqualTo(chosen.reveals());
        assertThat(shown.subList(1, shown.size())).allSatisfy(other -> {
            assertThat(other.isOpen()).isFalse();
            assertThat(other.getSummaryText()).startsWith("What this cue reveals: ");
        });
        shown.get(1).setOpen(true);
        assertThat(shown.get(1).isOpen()).isTrue();

        assertThat(cues(panel).isReadOnly()).isTrue();
        assertThat($(Button.class, panel).withClassName("inquiry-pick-button").all()).as("the button is hidden").isEmpty();
        assertThat(status(panel)).isEqualTo("You picked “" + chosen.cue() + "”.");
    }

    @Test
    @WithAnonymousUser
    void aVisitorsPickIsKeptForTheSessionAndThePanelSaysSigningInKeepsIt() {
        Div panel = panel(LESSON);
        assertThat($(Paragraph.class, panel).withClassName("sign-in-notice").single().getText())
                .isEqualTo("Sign in to keep your pick; without an account it is kept only until this browser session ends.");
        Lesson.Inquiry.Option chosen = inquiry.options().get(1);
        pick(panel, chosen);

        panel("ddpm");
        assertThat(reveals($(Div.class).id(InquiryPanel.ID))).as("another lesson has its own pick").isEmpty();
        Div again = panel(LESSON);
        assertThat(cues(again).getValue()).isEqualTo(chosen);
        assertThat(cues(again).isReadOnly()).isTrue();
        assertThat(reveals(again).getFirst().getId()).contains("inquiry-reveal-" + chosen.id());
        assertThat(status(again)).isEqualTo("Your pick, kept from your last visit: “" + chosen.cue() + "”.");
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aLearnersPickIsStoredAndShownAgainOnReturn() {
        Div panel = panel(LESSON);
        assertThat($(Paragraph.class, panel).withClassName("sign-in-notice").all()).isEmpty();
        Lesson.Inquiry.Option chosen = inquiry.options().getFirst();
        pick(panel, chosen);
        assertThat(status(panel)).isEqualTo("You picked “" + chosen.cue() + "”. It is kept with your account.");
        assertThat(inquiries.find(LESSON).orElseThrow().optionId()).isEqualTo(chosen.id());

        Div again = panel(LESSON);
        assertThat(cues(again).getValue()).isEqualTo(chosen);
        assertThat(cues(again).isReadOnly()).isTrue();
        assertThat($(Button.class, again).withClassName("inquiry-pick-button").all()).as("the button is hidden").isEmpty();
        assertThat(reveals(again)).hasSize(inquiry.options().size());
        assertThat(reveals(again).getFirst().isOpen()).isTrue();
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aPickMadeInAnotherTabIsTheOneKeptAndThePanelSaysSo() {
        Div panel = panel(LESSON);
        inquiries.pick(LESSON, inquiry.options().get(3).id());
        pick(panel, inquiry.options().get(0));
        assertThat(status(panel)).isEqualTo("You had already picked “" + inquiry.options().get(3).cue()
                + "” (in another tab, perhaps); the first pick is the one kept.");
        assertThat(cues(panel).getValue()).isEqualTo(inquiry.options().get(3));
        assertThat(reveals(panel).getFirst().getId()).contains("inquiry-reveal-" + inquiry.options().get(3).id());
    }

    @Test
    @WithMockUser(username = LEARNER)
    void aPickTheDatabaseRefusesIsReportedAndThePanelStaysOpenToPickAgain() {
        Lesson.Inquiry.Option refused = inquiry.options().get(1);
        RefusingDatabase.whileRefusing(jdbc, "inquiry_pick", "option_id <> '" + refused.id() + "'", () -> {
            Div panel = panel(LESSON);
            pick(panel, refused);
            assertThat(status(panel)).startsWith("Your pick was not saved").contains("incident");
            assertThat(cues(panel).isReadOnly()).isFalse();
            assertThat(cues(panel).getValue()).isEqualTo(refused);
            assertThat(pickButton(panel).isEnabled()).isTrue();
            assertThat(reveals(panel)).isEmpty();
            assertThat(inquiries.find(LESSON)).isEmpty();
        });
    }

    @Test
    @WithAnonymousUser
    void authorTextIsTextNeverMarkup() {
        String markup = "<img src=x onerror=alert(1)>";
        Lesson lesson = content.course().lesson(LESSON).orElseThrow();
        Lesson.Inquiry.Option hostile = new Lesson.Inquiry.Option("hostile", "cue " + markup, "reveals " + markup);
        Lesson.Inquiry.Option plain = new Lesson.Inquiry.Option("plain", "a plain cue", "a plain reveal");
        Lesson.Inquiry.Option third = new Lesson.Inquiry.Option("third", "a third cue", "a third reveal");
        Lesson marked = new Lesson(lesson.id(), lesson.title(), lesson.summary(), lesson.prerequisites(), lesson.notation(),
                lesson.sources(), lesson.claims(), lesson.practice(), lesson.research(), lesson.misconceptions(),
                new Lesson.Inquiry("question " + markup, List.of(hostile, plain, third)), lesson.sections(), lesson.file());
        navigate("lessons/" + LESSON, LessonView.class);
        InquiryPanel panel = new InquiryPanel(new InMemory(), marked);
        UI.getCurrent().add(panel);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Lesson.Inquiry.Option> group = $(RadioButtonGroup.class, panel).single();
        group.setValue(hostile);
        test($(Button.class, panel).withClassName("inquiry-pick-button").single()).click();

        assertThat(group.getLabel()).isEqualTo("question " + markup);
        NativeDetails reveal = $(NativeDetails.class, panel).id("inquiry-reveal-hostile");
        assertThat(reveal.getSummaryText()).isEqualTo("Your pick: cue " + markup);
        assertThat(reveal.getContent().getElement().getTextRecursively()).isEqualTo("reveals " + markup);
        assertThat(descendants(panel).map(Component::getElement).filter(e -> !e.isTextNode()))
                .noneMatch(e -> e.getTag().equals("img") || e.hasProperty("innerHTML"));
    }

    /** A record that keeps the pick in the test, for a panel built around a hand-made lesson. */
    private static final class InMemory implements InquiryRecord {
        private @Nullable String kept;

        @Override
        public Optional<String> find(Lesson lesson) {
            return Optional.ofNullable(kept);
        }

        @Override
        public String pick(Lesson lesson, String optionId) {
            if (kept == null) {
                kept = optionId;
            }
            return kept;
        }

        @Override
        public Optional<Component> notice() {
            return Optional.empty();
        }
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(InquiryPanelTest::descendants));
    }
}
