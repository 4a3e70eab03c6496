package org.diffusioncourse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.ui.LessonView;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.RefusingDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@CourseTest
@WithMockUser(username = "queue-quinn", roles = {"LEARNER", "REVIEWER"})
class ReviewQueueViewTest extends SecuredBrowserlessTest {

    private static final String CARD = "review-forward-process-proxy-threshold";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    ContentService content;

    @BeforeEach
    void noReviews() {
        Accounts.ensure(users, jdbc, "queue-quinn", Role.REVIEWER);
        Accounts.ensure(users, jdbc, "queue-rosa", Role.REVIEWER);
        jdbc.sql("delete from claim_review").update();
    }

    @SuppressWarnings("unchecked")
    private void fill(Verdict verdict, String evidence, String caveats) {
        Div card = $(Div.class).id(CARD);
        $(RadioButtonGroup.class, card).single().setValue(verdict);
        test($(TextField.class).id(CARD + "-evidence")).setValue(evidence);
        test($(TextArea.class).id(CARD + "-caveats")).setValue(caveats);
    }

    @Test
    void theQueueShowsEveryUnreviewedClaimInItsLessonWithItsSources() {
        navigate(ReviewQueueView.class);
        int claims = content.course().entries().stream().filter(e -> e.lesson() != null)
                .mapToInt(e -> e.lesson().claims().size()).sum();
        assertThat($(Paragraph.class).id("review-count").getText()).isEqualTo(claims + " claims need review.");
        Div card = $(Div.class).id(CARD);
        assertThat(card.getElement().getTextRecursively()).contains("The forward process").contains("Never reviewed")
                .contains("Massart").contains("Dvoretzky").contains("No reviews yet.");
    }

    @Test
    void aRecordedReviewLeavesTheQueueAndTheBadgeAppearsOnTheLessonPage() {
        navigate(ReviewQueueView.class);
        fill(Verdict.SUPPORTED, "Massart 1990, Theorem 1", "Only for i.i.d. points.");
        test($(Button.class).id(CARD + "-record")).click();
        assertThat($(Div.class).all()).noneMatch(d -> CARD.equals(d.getId().orElse("")));

        navigate("lessons/forward-process", LessonView.class);
        ListItem claim = $(ListItem.class).id("claim-proxy-threshold");
        Span badge = $(Span.class, claim).withClassName("claim-badge").single();
        assertThat(badge.getText()).matches("Supported, reviewed by Name of queue-quinn on \\d{4}-\\d\\d-\\d\\d");
        assertThat(badge.hasClassName("badge-supported")).isTrue();
        assertThat(claim.getElement().getTextRecursively()).contains("Reviewer's caveats: Only for i.i.d. points.");
    }

    @Test
    void aReviewWithoutAnEvidenceLocatorIsRefusedWithAMessage() {
        navigate(ReviewQueueView.class);
        fill(Verdict.NOT_SUPPORTED, "  ", "");
        test($(Button.class).id(CARD + "-record")).click();
        assertThat($(Div.class).id(CARD).getElement().getTextRecursively())
                .contains("Not recorded: Give an evidence locator");
        assertThat(reviews.history("forward-process", "proxy-threshold")).isEmpty();
    }

    @Test
    void aReviewerWhoseClaimWasReviewedMeanwhileIsToldAndKeepsWhatTheyTyped() {
        navigate(ReviewQueueView.class);
        fill(Verdict.SUPPORTED, "Massart 1990, Theorem 1", "mine");
        Lesson lesson = content.course().lesson("forward-process").orElseThrow();
        Lesson.Claim claim = lesson.claims().stream().filter(c -> c.id().equals("proxy-threshold")).findFirst().orElseThrow();
        // Another reviewer records first (same service, as if from another session).
        reviews.record("forward-process", claim, new ReviewInput(Verdict.PARTIALLY_SUPPORTED, "Massart 1990, p. 1270", "theirs"), 0);

        test($(Button.class).id(CARD + "-record")).click();
        String card = $(Div.class).id(CARD).getElement().getTextRecursively();
        assertThat(card).contains("recorded “Partially supported” for this claim").contains("Nothing was saved")
                .contains("theirs");
        assertThat($(TextArea.class).id(CARD + "-caveats").getValue()).isEqualTo("mine");
        assertThat(reviews.history("forward-process", "proxy-threshold")).hasSize(1);
        // Having read it, the reviewer records again and supersedes it.
        test($(Button.class).id(CARD + "-record")).click();
        assertThat(reviews.history("forward-process", "proxy-threshold")).hasSize(2);
    }

    @Test
    void aReviewTheDatabaseRefusesIsShownOnTheCardAndTheFormKeepsItsText() {
        RefusingDatabase.whileRefusing(jdbc, "claim_review", "evidence <> 'refused by the database'", () -> {
            navigate(ReviewQueueView.class);
            fill(Verdict.SUPPORTED, "refused by the database", "my caveats");
            test($(Button.class).id(CARD + "-record")).click();
            assertThat($(Div.class).id(CARD).getElement().getTextRecursively())
                    .contains("Your review was not saved").contains("incident");
            assertThat($(TextArea.class).id(CARD + "-caveats").getValue()).isEqualTo("my caveats");
            assertThat(reviews.history("forward-process", "proxy-threshold")).isEmpty();
        });
    }
}
