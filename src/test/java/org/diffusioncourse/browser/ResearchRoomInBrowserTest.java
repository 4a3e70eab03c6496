package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner's notes and a reviewer's verdicts in a real Chromium: sign up, write a note with
 * the keyboard, reload and find it again; a reviewer records a review and a learner then sees
 * the badge on the lesson page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-accounts-web;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0",
        // The same properties as AccountInBrowserTest, so the two share one running server.
        "course.admin-password=" + AccountInBrowserTest.ADMIN_PASSWORD
})
class ResearchRoomInBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
    }

    private Page newPage() {
        BrowserContext context = chromium.browser.newContext();
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onPageError(pageErrors::add);
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.getByLabel("Username").first().fill(username);
        Locator field = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
        field.fill(password);
        field.press("Enter");
        page.locator("#account-name").waitFor();
    }

    @Test
    void aLearnerSignsUpWritesANoteReloadsAndFindsItAgain() {
        Page page = newPage();
        String username = "notes-" + UUID.randomUUID().toString().substring(0, 8);
        page.navigate(url("signup"));
        page.getByLabel("Username").first().fill(username);
        page.getByLabel("Display name").first().fill("Nora Notes");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(PASSWORD);
        page.getByLabel("Repeat the password").first().fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.locator("#login-notice").waitFor();
        signIn(page, username, PASSWORD);

        page.navigate(url("lessons/forward-process"));
        Locator noteButton = page.locator("#claim-linear-schedule .note-button");
        noteButton.focus();
        page.keyboard().press("Enter");
        Locator question = page.locator("#note-question textarea");
        // The Note button moves the focus to the question, so the learner just types.
        page.waitForFunction("() => document.activeElement && document.activeElement.closest('#note-question') !== null");
        String typed = "Why is alpha_bar_T not exactly zero? <b>not bold</b>";
        page.keyboard().type(typed);
        page.locator("#note-status").filter(new Locator.FilterOptions().setHasText(Pattern.compile("Saved at"))).waitFor();
        // Nothing but typing: the editor sends what was typed within a second and saves it.
        long deadline = System.currentTimeMillis() + 15_000;
        while (!typed.equals(storedQuestion(username)) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(200);
        }
        assertThat(storedQuestion(username)).isEqualTo(typed);

        page.reload();
        page.locator("#claim-linear-schedule .note-button").click();
        page.waitForCondition(() -> question.inputValue().startsWith("Why is alpha_bar_T"));
        assertThat(question.inputValue()).isEqualTo("Why is alpha_bar_T not exactly zero? <b>not bold</b>");

        page.locator("#my-notes-link").click();
        page.waitForURL(Pattern.compile(".*/notes$"));
        Locator item = page.locator(".note-item").first();
        item.waitFor();
        assertThat(item.locator(".note-text").textContent()).isEqualTo("Why is alpha_bar_T not exactly zero? <b>not bold</b>");
        assertThat(item.locator("b").count()).as("the note is text, not markup").isZero();
        assertThat(pageErrors).isEmpty();
    }

    private String storedQuestion(String username) {
        return jdbc.sql("select question from research_note r join app_user u on u.id = r.user_id "
                        + "where u.username = :u and r.object_key = 'claim:linear-schedule'")
                .param("u", username).query(String.class).optional().orElse(null);
    }

    @Test
    void aReviewerRecordsAReviewAndALearnerSeesTheBadge() {
        String reviewer = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        Accounts.ensure(users, jdbc, reviewer, Role.REVIEWER);
        jdbc.sql("delete from claim_review where claim_id = 'markov-gaussian-steps'").update();

        Page review = newPage();
        signIn(review, reviewer, Accounts.PASSWORD);
        review.locator("#review-queue-link").click();
        String card = "#review-forward-process-markov-gaussian-steps";
        review.locator(card).waitFor();
        review.locator(card).getByLabel("Supported", new Locator.GetByLabelOptions().setExact(true)).check();
        review.locator(card + "-evidence input").fill("Ho et al. 2020, Section 2, Eq. (2)");
        review.locator(card + "-caveats textarea").fill("The chain is fixed; the reverse is learned.");
        review.locator(card + "-record").click();
        review.locator(card).waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        Page learner = newPage();
        learner.navigate(url("lessons/forward-process"));
        Locator badge = learner.locator("#claim-markov-gaussian-steps .claim-badge");
        assertThat(badge.textContent()).matches("Supported, reviewed by Name of " + reviewer + " on \\d{4}-\\d\\d-\\d\\d");
        assertThat(learner.locator("#claim-markov-gaussian-steps .claim-caveats").textContent())
                .contains("The chain is fixed; the reverse is learned.");
        assertThat(pageErrors).isEmpty();
    }
}
