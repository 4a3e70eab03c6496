package org.diffusioncourse.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium headless through Playwright, never a downloaded browser. Outside
 * CI a machine without /usr/bin/chromium skips the browser tests; in CI (CI=true) a missing
 * browser is a failure, because .ci/run installs it.
 */
public final class BrowserSupport implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    public final Playwright playwright;
    public final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSupport start() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs Chromium at " + CHROMIUM + "; .ci/run installs it with apt-get");
            }
            Assumptions.abort("No Chromium at " + CHROMIUM + "; install it with: apt-get install chromium");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
        return new BrowserSupport(playwright, browser);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
