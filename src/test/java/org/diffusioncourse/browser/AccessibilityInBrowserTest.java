package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An axe-core audit (WCAG 2.1 A and AA rules) of each page in Chromium, after the demo and
 * the math have rendered: no serious or critical violation is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-a11y;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class AccessibilityInBrowserTest extends ChromiumTest {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityInBrowserTest.class.getResourceAsStream(AXE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lessons/forward-process", "lessons/forward-process?dataset=spiral&t=900", "no-such-page",
            "login", "login?error", "signup", "lab"})
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
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                    async () => {
                      const result = await axe.run(document, {
                        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
                      });
                      return result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
                    }""");
            assertThat(violations).as("serious or critical axe violations on /" + path).isEmpty();
        }
    }
}
