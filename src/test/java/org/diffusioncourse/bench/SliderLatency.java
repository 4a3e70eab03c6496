package org.diffusioncourse.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.diffusioncourse.Application;
import org.diffusioncourse.demo.DemoCatalog;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A documented harness (not a test) for what a learner feels: the time from pressing an arrow
 * key on a demo's main control to the new figure being in the page, measured inside Chromium
 * with {@code performance.now()} from the keydown event to the mutation that swaps the SVG.
 * It starts the site on a free port (production bundle, in-memory database), opens every lesson
 * in headless Debian Chromium, presses the arrow keys {@value #PRESSES} times on the control
 * marked {@code data-main-control} (right until the end of its range, then left, so most
 * presses reach a value not shown before) with a pause between presses, and prints the median,
 * p90 and maximum per lesson, after {@value #WARM_UP} warm-up presses.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@slider-latency} (needs /usr/bin/chromium);
 * {@code SLIDER_LESSONS=forward-process,ddpm} in the environment limits it to those lessons.
 */
public final class SliderLatency {

    static final int PRESSES = 60;
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
            Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
            // SLIDER_LESSONS=forward-process,ddpm measures only those lessons.
            String only = System.getenv().getOrDefault("SLIDER_LESSONS", "");
            for (Course.Entry entry : course.entries()) {
                if (entry.lesson() != null && (only.isBlank() || List.of(only.split(",")).contains(entry.id()))) {
                    measure(page, "http://localhost:" + port + "/lessons/" + entry.id(), entry.id());
                }
            }
            browser.close();
        } finally {
            app.close();
        }
    }

    private static void measure(Page page, String url, String lesson) {
        page.navigate(url);
        page.locator("#demo [data-main-control]").first().waitFor();
        page.locator("#demo .figure svg").first().waitFor();
        page.evaluate("""
                () => {
                  window.__latencies = [];
                  let pressedAt = null;
                  const control = document.querySelector('#demo [data-main-control]');
                  control.addEventListener('keydown', () => pressedAt = performance.now());
                  new MutationObserver(() => {
                    if (pressedAt !== null) {
                      window.__latencies.push(performance.now() - pressedAt);
                      pressedAt = null;
                    }
                  }).observe(document.querySelector('#demo .figure'), {childList: true, subtree: true});
                }""");
        Locator control = page.locator("#demo [data-main-control]").first();
        control.focus();
        String key = "ArrowRight";
        for (int i = 0; i < PRESSES + WARM_UP; i++) {
            double value = Double.parseDouble(control.inputValue());
            double max = Double.parseDouble(control.getAttribute("max"));
            double min = Double.parseDouble(control.getAttribute("min"));
            if (value >= max) {
                key = "ArrowLeft";
            } else if (value <= min) {
                key = "ArrowRight";
            }
            page.keyboard().press(key);
            page.waitForTimeout(150);
        }
        @SuppressWarnings("unchecked")
        List<Number> raw = (List<Number>) page.evaluate("() => window.__latencies");
        List<Double> all = new ArrayList<>(raw.stream().map(Number::doubleValue).toList());
        double[] measured = all.subList(Math.min(WARM_UP, all.size()), all.size()).stream()
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (measured.length == 0) {
            System.out.printf(Locale.ROOT, "%-20s no figure change was seen%n", lesson);
            return;
        }
        System.out.printf(Locale.ROOT, "%-20s %3d presses: median %6.1f ms, p90 %6.1f ms, max %6.1f ms%n", lesson,
                measured.length, quantile(measured, 0.5), quantile(measured, 0.9), measured[measured.length - 1]);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
