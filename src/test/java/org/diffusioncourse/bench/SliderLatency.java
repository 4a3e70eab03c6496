package org.diffusioncourse.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A documented harness (not a test) for what a learner feels: the time from pressing an arrow
 * key on the t slider to the new figure being in the page, measured inside Chromium with
 * {@code performance.now()} from the keydown event to the mutation that swaps the SVG.
 * It starts the site on a free port (production bundle, in-memory database), opens the
 * forward-process lesson in headless Debian Chromium, presses ArrowRight {@value #PRESSES}
 * times with a pause between presses, and prints the median, p90 and maximum.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@slider-latency} (needs /usr/bin/chromium).
 */
public final class SliderLatency {

    static final int PRESSES = 100;
    static final int WARM_UP = 40;

    private SliderLatency() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:latency;DB_CLOSE_DELAY=-1", "--course.content-poll-ms=0",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage();
            page.navigate("http://localhost:" + port + "/lessons/forward-process?t=100");
            page.locator("#forward-figure svg").waitFor();
            page.evaluate("""
                    () => {
                      window.__latencies = [];
                      let pressedAt = null;
                      document.querySelector('#forward-t').addEventListener('keydown', () => pressedAt = performance.now());
                      new MutationObserver(() => {
                        if (pressedAt !== null) {
                          window.__latencies.push(performance.now() - pressedAt);
                          pressedAt = null;
                        }
                      }).observe(document.querySelector('#forward-figure'), {childList: true, subtree: true});
                    }""");
            page.locator("#forward-t").focus();
            for (int i = 0; i < PRESSES + WARM_UP; i++) {
                page.keyboard().press("ArrowRight");
                page.waitForTimeout(150);
            }
            @SuppressWarnings("unchecked")
            List<Number> raw = (List<Number>) page.evaluate("() => window.__latencies");
            List<Double> all = new ArrayList<>(raw.stream().map(Number::doubleValue).toList());
            double[] measured = all.subList(Math.min(WARM_UP, all.size()), all.size()).stream()
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "slider key press -> new figure in the page, %d presses (after %d warm-up):%n",
                    measured.length, WARM_UP);
            System.out.printf(Locale.ROOT, "  median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                    quantile(measured, 0.5), quantile(measured, 0.9), measured[measured.length - 1]);
            System.out.println("  all: " + Arrays.toString(Arrays.stream(measured)
                    .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toArray()));
            browser.close();
        } finally {
            app.close();
        }
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
