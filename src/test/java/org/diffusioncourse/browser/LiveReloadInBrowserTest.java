package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An author edits a lesson file; the open page redraws itself, and a broken save shows its problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-live;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=200"
})
class LiveReloadInBrowserTest extends ChromiumTest {

    private static final ContentCopy CONTENT = ContentCopy.of(Path.of("content"));
    private static final String LESSON = "lessons/forward-process/index.md";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("course.content-dir", () -> CONTENT.root().toString());
    }


    @Test
    void anOpenLessonFollowsTheAuthorsEditsAndShowsABrokenFilesProblem() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/lessons/forward-process");
            page.locator("h1").first().waitFor();
            assertThat(page.locator("h1").first().textContent()).isEqualTo("The forward process");

            CONTENT.edit(LESSON, "title: The forward process", "title: The forward process (draft 2)");
            page.waitForCondition(() -> page.locator("h1").first().textContent().equals("The forward process (draft 2)"));

            CONTENT.edit(LESSON, "::demo{id=forward-noising", "::demo{id=forward-nosing");
            page.locator("#content-problems").waitFor();
            assertThat(page.locator("#content-problems").textContent())
                    .contains("content/lessons/forward-process/index.md:")
                    .contains("unknown demo 'forward-nosing'; known demos: forward-noising");
            assertThat(page.locator("h1").first().textContent()).isEqualTo("The forward process (draft 2)");
        }
    }

    @Test
    void theOpenNotationPageFollowsAnEditedNotationPanel() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate("http://localhost:" + port + "/notation");
            page.locator("#symbol-T").waitFor();
            CONTENT.edit(LESSON, "  - symbol: \"T\"\n", "  - symbol: \"T, \\\\Omega\"\n");
            page.locator("#symbol-Omega").waitFor();
            assertThat(page.locator("#symbol-Omega .notation-lesson").first().getAttribute("href"))
                    .isEqualTo("lessons/forward-process#notation");
        }
    }
}
