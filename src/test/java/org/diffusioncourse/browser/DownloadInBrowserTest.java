package org.diffusioncourse.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner saves a lesson's figure with the keyboard alone: Tab reaches "Download SVG" beside
 * the figure, Enter saves it, and the file holds exactly the figure the page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:course-browser;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class DownloadInBrowserTest extends ChromiumTest {

    /** The same walk over the shown figure and the saved file: tags, sorted attributes and text. */
    private static final String WALK = """
            svg => {
              const out = [];
              const walk = el => {
                const attrs = Array.from(el.attributes).map(a => a.name + '=' + a.value).sort().join(' ');
                const text = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.data).join('');
                out.push(el.tagName.toLowerCase() + ' [' + attrs + '] ' + text);
                Array.from(el.children).forEach(walk);
              };
              walk(svg);
              return out;
            }""";

    @LocalServerPort
    int port;
    @Autowired
    DemoCatalog catalog;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void theKeyboardSavesTheShownFigureByteForByte() throws Exception {
        page.navigate("http://localhost:" + port + "/lessons/forward-process?t=250");
        Locator svg = page.locator("#forward-figure svg");
        svg.waitFor();
        Locator link = page.locator("#forward-download-svg");
        link.waitFor();

        page.locator("#forward-t").focus();
        for (int i = 0; i < 80 && !"forward-download-svg".equals(page.evaluate("document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).as("Tab reaches the link").isEqualTo("forward-download-svg");
        Download download = page.waitForDownload(() -> page.keyboard().press("Enter"));

        String src = page.locator("demo-figure#forward-figure").getAttribute("src");
        assertThat(link.getAttribute("href")).isEqualTo(src);
        assertThat(download.suggestedFilename()).isEqualTo(link.getAttribute("download"))
                .startsWith("forward-process_forward-noising_figure_").contains("_t-250_").endsWith(".svg");
        String saved = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(saved).isEqualTo(catalog.demo("forward-noising").orElseThrow().figure("figure", query(src)));

        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.evaluate(WALK, svg.elementHandle());
        @SuppressWarnings("unchecked")
        List<String> file = (List<String>) page.evaluate("text => (" + WALK + ")("
                + "new DOMParser().parseFromString(text, 'image/svg+xml').documentElement)", saved);
        assertThat(file).as("the saved file is the figure the page holds").isEqualTo(shown);
    }

    private static Map<String, String> query(String src) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = URI.create("http://x/" + src).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
