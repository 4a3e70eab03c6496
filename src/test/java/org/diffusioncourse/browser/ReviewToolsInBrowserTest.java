package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.ReviewRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reviewers' tools in Chromium: Alt+J and Alt+K move the focus through a filtered queue,
 * and the queue with a stale claim's diff, the dashboard and the home with its grounding
 * lines pass the axe audit; a review sent from a queue left open after an admin removed the
 * Reviewer role is refused, and the card says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-review-tools;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class ReviewToolsInBrowserTest extends ChromiumTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentService content;

    @BeforeEach
    void fixture() {
        ReviewRows.forwardProcessBy(users, jdbc, content, "browser-bea");
    }

    @AfterEach
    void noReviewsLeft() {
        ReviewRows.clear(jdbc);
    }

    private Page signedIn(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").first().fill("browser-bea");
        Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
        password.fill(Accounts.PASSWORD);
        password.press("Enter");
        page.locator("#account-name").waitFor();
        return page;
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
    }

    @Test
    void altJAndAltKMoveTheFocusThroughAFilteredQueue() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signedIn(context);
            page.navigate("http://localhost:" + port + "/reviews?lesson=forward-process");
            page.locator("#review-forward-process-proxy-threshold").waitFor();
            assertThat(page.locator("vaadin-select#review-lesson").innerText()).contains("The forward process");
            page.keyboard().press("Alt+KeyJ");
            page.waitForCondition(() -> "review-forward-process-variance-preserving".equals(focused(page)));
            page.keyboard().press("Alt+KeyJ");
            page.waitForCondition(() -> "review-forward-process-eps-is-scaled-score".equals(focused(page)));
            // From inside the card's form too: the field keeps its text and the focus moves on.
            page.locator("#review-forward-process-eps-is-scaled-score-evidence input").fill("Vincent 2011");
            page.keyboard().press("Alt+KeyJ");
            page.waitForCondition(() -> "review-forward-process-proxy-threshold".equals(focused(page)));
            page.keyboard().press("Alt+KeyK");
            page.waitForCondition(() -> "review-forward-process-eps-is-scaled-score".equals(focused(page)));
            assertThat(page.locator("#review-forward-process-eps-is-scaled-score del").first().innerText()).contains("is");
            assertThat(Axe.seriousViolations(page)).as("axe on the filtered queue with a diff").isEmpty();
        }
    }

    @Test
    void theDashboardAndTheHomeWithItsGroundingLinesPassTheAudit() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signedIn(context);
            page.navigate("http://localhost:" + port + "/reviews/dashboard");
            page.locator("#review-dashboard-table").waitFor();
            assertThat(page.locator("#dashboard-forward-process").innerText()).contains("The forward process");
            assertThat(Axe.seriousViolations(page)).as("axe on the dashboard").isEmpty();
            page.navigate("http://localhost:" + port + "/");
            page.locator("#grounding-forward-process").waitFor();
            assertThat(Axe.seriousViolations(page)).as("axe on the home").isEmpty();
        }
    }

    @Test
    void aReviewSentFromAnOpenQueueAfterTheReviewerRoleWasRemovedIsRefusedAndTheCardSaysWhy() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signedIn(context);
            page.navigate("http://localhost:" + port + "/reviews?lesson=forward-process");
            String card = "#review-forward-process-proxy-threshold";
            page.locator(card).waitFor();
            page.locator(card + " vaadin-radio-button").first().click();
            page.locator(card + "-evidence input").fill("Sec. 3, Eq. (7)");

            // An admin removes the role, as UserRepository.replaceRoles does: the row, on any instance.
            jdbc.sql("delete from app_user_role where role = 'REVIEWER' and user_id = "
                    + "(select id from app_user where username = 'browser-bea')").update();
            jdbc.sql("update app_user set version = version + 1 where username = 'browser-bea'").update();

            page.locator(card + "-record").click();
            page.locator(card + " .review-message").filter(new Locator.FilterOptions()
                    .setHasText("no longer has the Reviewer role")).waitFor();
            assertThat(jdbc.sql("select count(*) from claim_review where claim_id = 'proxy-threshold'")
                    .query(Integer.class).single()).as("nothing was recorded").isZero();
        }
    }
}
