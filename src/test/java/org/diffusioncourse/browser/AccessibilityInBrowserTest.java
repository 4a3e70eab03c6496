package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
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
            "signup", "lab"})
    void thePageHasNoSeriousOrCriticalAccessibilityViolations(String path) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator("h1").first().waitFor();
            if (path.startsWith("lessons/")) {
                page.locator("#forward-figure svg").waitFor();
                page.locator("course-math .katex").first().waitFor();
            }
            List<Map<String, Object>> violations = Axe.seriousViolations(page);
            assertThat(violations).as("serious or critical axe violations on /" + path).isEmpty();
        }
    }
}
