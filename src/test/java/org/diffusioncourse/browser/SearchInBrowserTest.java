package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner searches from the header with the keyboard alone: types words, presses Enter, reads
 * the results (which pass the axe audit) and follows one to the exact claim on its lesson page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-search;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class SearchInBrowserTest extends ChromiumTest {

    private static final String CLAIM = "lessons/forward-process#claim-cosine-schedule";

    @LocalServerPort
    int port;

    @Test
    void aLearnerSearchesByKeyboardAndLandsOnTheExactClaim() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/");
            page.locator("h1").first().waitFor();

            Locator box = page.getByLabel("Search the course");
            assertThat(box.getAttribute("id")).isEqualTo("site-search");
            box.focus();
            page.keyboard().type("cosine schedules");
            page.keyboard().press("Enter");

            page.waitForURL("**/search?q=cosine+schedules");
            page.locator("#search-results").waitFor();
            assertThat(page.locator(".search-count").textContent()).matches("\\d+ results? for “cosine schedules”\\.");
            assertThat(page.locator("#site-search").inputValue()).isEqualTo("cosine schedules");
            assertThat(Axe.seriousViolations(page)).as("serious or critical axe violations on the results page").isEmpty();

            Locator result = page.locator(".search-link[href='" + CLAIM + "']");
            assertThat(result.count()).isEqualTo(1);
            result.focus();
            page.keyboard().press("Enter");

            page.waitForURL("**/" + CLAIM);
            Locator claim = page.locator("#claim-cosine-schedule");
            claim.waitFor();
            assertThat(claim.textContent()).contains("cosine schedule");
            page.waitForCondition(() -> (Boolean) claim.evaluate(
                    "e => { const r = e.getBoundingClientRect(); return r.top > -2 && r.top < window.innerHeight / 2; }"));
        }
    }

    @Test
    void anEmptySearchShowsAHintAndAnUnparsableOneAnswersCalmlyInTheDarkThemeToo() {
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/search");
            page.locator(".search-hint").waitFor();

            page.navigate("http://localhost:" + port + "/search?q=%22noise+AND+(");
            page.locator(".search-count").waitFor();
            assertThat(page.locator(".search-count").textContent()).contains("for “\"noise AND (”");
            page.locator("#search-results").waitFor();
            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            // Lumo eases colours over a few hundred milliseconds: audit the colours the learner ends up with.
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
            page.waitForTimeout(300);
            assertThat(Axe.seriousViolations(page)).as("serious or critical axe violations on results, dark").isEmpty();
        }
    }
}
