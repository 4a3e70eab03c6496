package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The Visual inquiry panel in a real Chromium, worked with the keyboard alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-browser-inquiry;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class InquiryInBrowserTest extends PageInBrowserTest {

    private static final String IN_PANEL = "() => document.activeElement !== null && document.activeElement.closest('#visual-inquiry') !== null";

    @Test
    void theKeyboardAloneChoosesACuePicksItAndOpensAnotherReveal() {
        page.navigate(url("lessons/forward-process"));
        Locator panel = page.locator("#visual-inquiry");
        panel.waitFor();
        assertThat(panel.locator("details").count()).as("no reveal before the pick").isZero();

        // From the demo's Note button, Tab walks into the radio group; the arrow keys choose a cue.
        page.locator("#note-demo-state").focus();
        for (int i = 0; i < 10 && !Boolean.TRUE.equals(page.evaluate(IN_PANEL)); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate(IN_PANEL)).as("Tab reaches the cues").isEqualTo(true);
        page.keyboard().press("ArrowDown");
        Locator checked = panel.locator("vaadin-radio-button[checked]");
        checked.waitFor();
        String cue = checked.locator("label").textContent().strip();

        Locator button = panel.locator("vaadin-button.inquiry-pick-button");
        page.waitForCondition(() -> button.getAttribute("disabled") == null);
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('inquiry-pick-button')"))
                .as("Tab moves from the cues to the button").isEqualTo(true);
        page.keyboard().press("Enter");

        Locator picked = panel.locator("details.inquiry-reveal-picked");
        picked.waitFor();
        assertThat(picked.getAttribute("open")).isNotNull();
        assertThat(picked.locator("summary").textContent()).isEqualTo("Your pick: " + cue);
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => document.activeElement.tagName === 'SUMMARY'")));
        assertThat(panel.locator(".inquiry-status").textContent()).isEqualTo("You picked “" + cue + "”.");

        // The next reveal is one Tab away and opens with Enter.
        Locator other = panel.locator("details.inquiry-reveal").first();
        assertThat(other.getAttribute("open")).isNull();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> other.getAttribute("open") != null);

        assertThat(Axe.seriousViolations(page)).as("serious or critical axe violations after the pick").isEmpty();
        assertThat(consoleErrors).isEmpty();
    }
}
