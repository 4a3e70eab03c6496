package org.diffusioncourse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.review.ReviewState;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.ReviewRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The queue's filters, kept in the address, the diff on a stale claim's card, and the keyboard. */
@CourseTest
@WithMockUser(username = "filter-fay", roles = {"LEARNER", "REVIEWER"})
class ReviewQueueFiltersTest extends SecuredBrowserlessTest {

    private static final String STALE_CARD = "review-forward-process-eps-is-scaled-score";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentService content;

    @BeforeEach
    void fixture() {
        ReviewRows.forwardProcessBy(users, jdbc, content, "filter-fay");
    }

    /** Other tests in this context read badges; leave them no reviews. */
    @AfterEach
    void noReviewsLeft() {
        ReviewRows.clear(jdbc);
    }

    /** Opens an address with a query, as following a link does. */
    private void open(String address) {
        navigate(ReviewQueueView.class);
        UI.getCurrent().navigate(ReviewQueueView.class,
                com.vaadin.flow.router.QueryParameters.fromString(address.substring(address.indexOf('?') + 1)));
    }

    private List<String> cardIds() {
        return $(ClaimReviewCard.class).all().stream().map(c -> c.getId().orElseThrow()).toList();
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aLinkWithLessonAndStateOpensTheQueueFilteredToThem() {
        open("reviews?lesson=forward-process&state=stale");
        assertThat($(Select.class).id("review-lesson").getValue()).isEqualTo("forward-process");
        assertThat($(Select.class).id("review-state").getValue()).isEqualTo(ReviewState.STALE);
        assertThat($(Paragraph.class).id("review-count").getText()).isEqualTo("1 claim matches these filters.");
        assertThat(cardIds()).containsExactly(STALE_CARD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingFiltersNarrowsTheListAndWritesThemToTheAddress() {
        navigate(ReviewQueueView.class);
        $(Select.class).id("review-lesson").setValue("forward-process");
        assertThat(address()).isEqualTo("reviews?lesson=forward-process");
        // Needs review: the stale, the needing-more-evidence and the never-reviewed claim.
        assertThat(cardIds()).containsExactly("review-forward-process-variance-preserving", STALE_CARD,
                "review-forward-process-proxy-threshold");

        $(Select.class).id("review-source").setValue("ho-2020-ddpm");
        assertThat(address()).isEqualTo("reviews?lesson=forward-process&source=ho-2020-ddpm");
        assertThat(cardIds()).containsExactly("review-forward-process-variance-preserving", STALE_CARD);

        $(Select.class).id("review-source").setValue(null);
        $(Select.class).id("review-state").setValue(ReviewState.SUPPORTED);
        assertThat(address()).isEqualTo("reviews?lesson=forward-process&state=supported");
        assertThat(cardIds()).containsExactly("review-forward-process-markov-gaussian-steps",
                "review-forward-process-closed-form-marginal");
        assertThat($(RadioButtonGroup.class).id("review-scope").isEnabled()).as("a state lists all claims in it").isFalse();
    }

    @Test
    void unknownValuesInTheAddressAreIgnored() {
        open("reviews?lesson=no-such-lesson&source=%3Cscript%3E&state=bogus");
        assertThat($(Select.class).id("review-lesson").getValue()).isNull();
        assertThat($(Select.class).id("review-source").getValue()).isNull();
        assertThat($(Select.class).id("review-state").getValue()).isNull();
        assertThat($(Paragraph.class).id("review-count").getText()).endsWith("claims need review.");
    }

    @Test
    void aStaleClaimsCardShowsTheEarlierTextAndSourcesAgainstTheNewWordByWord() {
        open("reviews?state=stale");
        Div card = $(Div.class).id(STALE_CARD);
        Div diff = $(ChangeDiff.class, card).single();
        assertThat($(ChangeDiff.Removed.class, diff).all()).extracting(r -> r.getElement().getTextRecursively())
                .containsExactly("removed: is");
        assertThat($(ChangeDiff.Added.class, diff).all()).extracting(a -> a.getElement().getTextRecursively())
                .containsExactly("added: equals", "added: vincent-2011");
        assertThat($(ChangeDiff.Removed.class, diff).single().getElement().getTag()).isEqualTo("del");
        assertThat($(ChangeDiff.Added.class, diff).first().getElement().getTag()).isEqualTo("ins");
        assertThat($(Paragraph.class, diff).withClassName("claim-diff-text").single().getElement().getTextRecursively())
                .contains("with respect to x_t removed: is added: equals −ε / √(1 − ᾱ_t)");
        assertThat($(Paragraph.class, diff).withClassName("claim-diff-sources").single().getElement().getTextRecursively())
                .isEqualTo("Sources: song-2021-score-sde, added: vincent-2011, ho-2020-ddpm");
        assertThat($(ChangeDiff.class).all()).as("only stale claims show a diff").hasSize(1);
    }

    @Test
    void altJAndAltKMoveFromCardToCardAndStopAtTheEnds() {
        open("reviews?lesson=forward-process");
        assertThat($(Paragraph.class).id("review-keys").getText()).contains("Alt+J").contains("Alt+K");
        fireShortcut(Key.KEY_J, KeyModifier.ALT);
        assertThat(current()).containsExactly("review-forward-process-variance-preserving");
        fireShortcut(Key.KEY_J, KeyModifier.ALT);
        fireShortcut(Key.KEY_J, KeyModifier.ALT);
        fireShortcut(Key.KEY_J, KeyModifier.ALT);
        assertThat(current()).containsExactly("review-forward-process-proxy-threshold");
        fireShortcut(Key.KEY_K, KeyModifier.ALT);
        assertThat(current()).containsExactly(STALE_CARD);
        assertThat($(Div.class).id(STALE_CARD).getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    private List<String> current() {
        return $(ClaimReviewCard.class).all().stream().filter(c -> c.hasClassName("review-card-current"))
                .map(c -> c.getId().orElseThrow()).toList();
    }
}
