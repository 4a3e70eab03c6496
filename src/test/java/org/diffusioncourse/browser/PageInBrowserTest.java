package org.diffusioncourse.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test of the site on its random port: each test gets a fresh browser context and page
 * (nothing kept from the last test), with every console error and uncaught page error collected
 * in {@link #consoleErrors}, which a test checks is empty at its end.
 */
abstract class PageInBrowserTest extends ChromiumTest {

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        context = chromium.browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** The address of {@code path} on the site under test. */
    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
