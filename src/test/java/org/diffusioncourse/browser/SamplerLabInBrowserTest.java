package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.simulation.sampler.Sampler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The sampler lab in a real Chromium: results arrive by push, the keyboard drives a run and a cancel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-lab-browser;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class SamplerLabInBrowserTest extends PageInBrowserTest {

    @Test
    void theKeyboardChangesTheStepsAndRunsTheSamplerAndTheFigureArrivesByPush() {
        page.navigate(url("lab"));
        Locator figure = page.locator("#lab-figure-a svg");
        figure.waitFor();
        assertThat(page.title()).isEqualTo("Sampler lab · Diffusion course");
        assertThat(page.locator("#lab-figure-a svg title").textContent()).contains("50 steps");
        assertThat(page.locator("#lab-metrics-a").textContent()).contains("NFE per particle");

        page.locator("#lab-steps input").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("20");
        page.keyboard().press("Tab");
        page.waitForCondition(() -> page.url().contains("steps=20"));
        page.locator("#lab-run").focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.locator("#lab-figure-a svg title").textContent().contains("20 steps"));
        assertThat(page.locator("#lab-status").textContent()).startsWith("Sampling finished in");
        assertThat(page.locator("[data-metric='nfe-per-particle-a']").textContent()).isEqualTo("20");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aLongRunShowsProgressAndTheKeyboardCancelsIt() {
        // Two DDPM runs of 20000 particles x 1000 steps: seconds of work, started by the link.
        page.navigate(url("lab?sampler=ddpm&compare=ddpm-cosine/ddpm&n=20000&target=eight-gaussians"));
        Locator cancel = page.locator("#lab-cancel:not([disabled])");
        cancel.waitFor();
        assertThat(page.locator("#lab-progress").isVisible()).isTrue();
        cancel.focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> "cancelled".equals(page.locator("#lab-status").getAttribute("data-state")));
        assertThat(page.locator("#lab-status").textContent()).startsWith("Cancelled.");
        assertThat(page.locator("#lab-figure-a svg").count()).isZero();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theFinishedPageHasNoSeriousOrCriticalAccessibilityViolations() {
        page.navigate(url("lab?compare=vp-sde/dpm-solver%2B%2B2m&steps=20&n=500"));
        page.locator("#lab-figure-b svg").waitFor();
        page.locator("#lab-sweep").click();
        page.locator("#lab-error-figure svg").waitFor();
        List<Map<String, Object>> violations = Axe.seriousViolations(page);
        assertThat(violations).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }
}
