package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The training demo in a real Chromium, by keyboard only: the default state shows its shipped
 * network at once; a new run shows progress and a live loss curve pushed from the server, can be
 * cancelled (the figures keep the last finished network), and trains again to the end, after
 * which every figure shows the new network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-training-browser;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class TrainingInBrowserTest extends PageInBrowserTest {

    @Test
    void aRunIsTrainedCancelledAndTrainedAgainByKeyboardAndTheFiguresFollow() {
        page.navigate(url("lessons/training"));
        Locator loss = page.locator("#training-loss-figure svg");
        loss.waitFor();
        assertThat(page.locator("#training-train").isVisible()).as("the default network is shipped").isFalse();
        String before = page.locator("#training-loss-figure").getAttribute("src");
        assertThat(before).contains("steps=3000");

        // A long run (the most steps the budget allows), cancelled while it trains.
        setSteps("6000");
        Locator cancel = page.locator("#training-cancel");
        cancel.waitFor();
        page.locator("#training-live-figure svg").waitFor();
        assertThat(page.locator("#training-status").textContent()).contains("Training").contains("6000 steps");
        cancel.focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> "cancelled".equals(page.locator("#training-status").getAttribute("data-state")));
        assertThat(page.locator("#training-loss-figure").getAttribute("src")).as("figures keep the last finished network")
                .isEqualTo(before);

        // Train again, to the end: a short run this time.
        setSteps("300");
        page.waitForCondition(() -> "done".equals(page.locator("#training-status").getAttribute("data-state")));
        assertThat(page.locator("#training-status").textContent()).startsWith("Trained").contains("after 300 steps");
        page.waitForCondition(() -> page.locator("#training-loss-figure").getAttribute("src").contains("steps=300"));
        for (String figure : List.of("loss", "field", "preview", "samples", "memorise")) {
            assertThat(page.locator("#training-" + figure + "-figure").getAttribute("src")).as(figure).contains("steps=300");
            assertThat(page.locator("#training-" + figure + "-figure-text").textContent()).as(figure).isNotBlank();
        }
        page.waitForCondition(() -> page.url().contains("steps=300"));
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theDemoHasNoSeriousOrCriticalAccessibilityViolations() {
        page.navigate(url("lessons/training"));
        page.locator("#training-samples-figure svg").waitFor();
        List<Map<String, Object>> violations = Axe.seriousViolations(page);
        assertThat(violations).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    private void setSteps(String value) {
        page.locator("#training-steps input").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type(value);
        page.keyboard().press("Tab");
    }
}
