package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An axe-core audit (WCAG 2.1 A and AA rules) of each page in Chromium, after the demo and
 * the math have rendered: no serious or critical violation is allowed. Every lesson is
 * audited by {@code EveryLessonInBrowserTest}; here the other pages and a second demo state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-a11y;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class AccessibilityInBrowserTest extends ChromiumTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "lessons/forward-process?dataset=spiral&t=900", "no-such-page", "login", "login?error",
            "signup", "lab", "notation"})
    void thePageHasNoSeriousOrCriticalAccessibilityViolations(String path) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator("h1").first().waitFor();
            if (path.startsWith("lessons/")) {
                page.locator("#forward-figure svg").waitFor();
            }
            typesetMath(page);
            List<Map<String, Object>> violations = Axe.seriousViolations(page);
            assertThat(violations).as("serious or critical axe violations on /" + path).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "login", "signup", "lab", "notation"})
    void thePageHasNoSeriousOrCriticalViolationsInTheDarkTheme(String path) {
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator("h1").first().waitFor();
            typesetMath(page);
            page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            // Lumo eases colours over a few hundred milliseconds: audit the colours the learner ends up with.
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
            page.waitForTimeout(300);
            assertThat(Axe.seriousViolations(page)).as("serious or critical axe violations on /" + path + ", dark")
                    .isEmpty();
        }
    }

    @Test
    void theThemeToggleWorksByKeyboardAndIsRememberedAcrossPages() {
        try (BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/");
            Locator toggle = page.locator("#theme-toggle");
            page.waitForCondition(() -> toggle.textContent().equals("Theme: system (light)"));
            assertThat(page.locator("html").getAttribute("theme")).isNull();

            toggle.focus();
            page.keyboard().press("Enter");
            page.waitForCondition(() -> toggle.textContent().equals("Theme: dark"));
            assertThat(page.locator("html").getAttribute("theme")).isEqualTo("dark");

            page.navigate("http://localhost:" + port + "/lab");
            page.waitForCondition(() -> page.locator("#theme-toggle").textContent().equals("Theme: dark"));
            assertThat(page.locator("html").getAttribute("theme")).isEqualTo("dark");

            page.locator("#theme-toggle").focus();
            page.keyboard().press("Enter");
            page.waitForCondition(() -> page.locator("#theme-toggle").textContent().equals("Theme: light"));
            assertThat(page.locator("html").getAttribute("theme")).isNull();
        }
    }

    @Test
    void aLessonPrintsWithoutTheSiteFrameOrControlsAndKeepsItsFigureAndText() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/lessons/forward-process");
            page.locator("#forward-figure svg").waitFor();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".site-header").isVisible()).isFalse();
            assertThat(page.locator(".demo-controls").first().isVisible()).isFalse();
            assertThat(page.locator("#forward-figure svg").isVisible()).isTrue();
            assertThat(page.locator("#forward-figure-text").isVisible()).isTrue();
            assertThat(page.locator("course-math .katex").first().isVisible()).isTrue();
            byte[] pdf = page.pdf();
            assertThat(pdf.length).isGreaterThan(10_000);
        }
    }

    /**
     * Waits until KaTeX has typeset every formula on the page: a formula's accessible name is its
     * MathML, which is there only then (a symbol on the notation page is a link with no other text).
     */
    private static void typesetMath(Page page) {
        page.waitForFunction("() => [...document.querySelectorAll('course-math')]"
                + ".every(m => m.querySelector('.katex') || m.hasAttribute('data-error'))");
    }
}
