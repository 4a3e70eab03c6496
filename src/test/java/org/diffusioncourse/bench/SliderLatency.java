package org.diffusioncourse.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import org.diffusioncourse.demo.catalog.DemoCatalog;
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
 * p95 and maximum per lesson, after {@value #WARM_UP} warm-up presses.
 *
 * <p>Between two presses the page also times a bare {@code fetch} of a small static file from the
 * same server ({@code /styles.css}, not cached): the network and server floor of one round trip,
 * measured in the same run so that a busy machine slows both alike. The ratios figure/fetch are
 * the goal: the figure's median at most 2 fetch medians, its p95 at most 3 fetch medians (the
 * stricter reading; the ratio of the two p95s is printed too). It also prints the figure's size in
 * bytes, and per plotted point (the figure says how many it plots in {@code data-points}).
 *
 * <p>For each mode it then prints where a step's time went, from the page's resource timing:
 * from the key to the start of the figure's GET, the GET itself (and the server's time to its
 * first byte; 0 when the browser's cache answered), and from the GET's end to the new SVG in the
 * page, with how many presses overlapped a Vaadin round trip. That line found what made steps on
 * demand slow: not the GET but the browser rendering the whole long lesson page after the slider
 * moved, before the new frame could be put in (see {@code styles.css}, {@code .lesson-section}).
 *
 * <p>Each lesson is measured twice: {@code scrub}, as a learner gets it (the figure fetches the
 * next step in the direction of travel ahead of the key press), and {@code on-demand}, with that
 * look-ahead switched off ({@code data-look-ahead="off"}), so every step costs its own round trip,
 * as after a change of direction or in a browser's data-saving mode.
 *
 * <p>The server is warmed first, as a site that has drawn a few hundred frames is: before a
 * lesson is measured, the page fetches up to {@value #SERVER_WARM_UP} of its figure URLs along the
 * whole range of the main control, in other states than the measured ones (another seed, or
 * another value of its first other numeric parameter), so nothing measured is already drawn.
 * Without it the first hundred frames of a demo also measure the JIT compiling the drawing code
 * (about 5.7 ms a forward frame for the first 40, 2.7 ms for the next 100, 1.4 ms after that).
 * {@code SLIDER_SERVER_WARM_UP=0} measures a cold server.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@slider-latency} (needs /usr/bin/chromium);
 * {@code SLIDER_LESSONS=forward-process,ddpm} in the environment limits it to those lessons.
 */
public final class SliderLatency {

    static final int PRESSES = 60;
    static final int WARM_UP = 40;
    static final int SERVER_WARM_UP = 400;

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
            Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
            // SLIDER_LESSONS=forward-process,ddpm measures only those lessons.
            String only = System.getenv().getOrDefault("SLIDER_LESSONS", "");
            for (Course.Entry entry : course.entries()) {
                if (entry.lesson() != null && (only.isBlank() || List.of(only.split(",")).contains(entry.id()))) {
                    String url = "http://localhost:" + port + "/lessons/" + entry.id();
                    // On demand first, so that the server draws every frame it is asked for (the
                    // scrubbing pass would leave them in its frame cache), and each mode in a fresh
                    // context, so that the browser's cache is empty too.
                    for (boolean lookAhead : new boolean[] {false, true}) {
                        try (BrowserContext context = browser.newContext()) {
                            measure(context.newPage(), url, entry.id(), lookAhead);
                        }
                    }
                }
            }
            browser.close();
        } finally {
            app.close();
        }
    }

    /**
     * @param lookAhead whether the figure may fetch the next step ahead (as it does for learners);
     *                  without it every step is fetched when the key is pressed
     */
    private static void measure(Page page, String url, String lesson, boolean lookAhead) {
        page.navigate(url);
        page.locator("#demo [data-main-control]").first().waitFor();
        page.locator("#demo .figure svg").first().waitFor();
        int serverWarmUp = Integer.parseInt(System.getenv().getOrDefault("SLIDER_SERVER_WARM_UP", String.valueOf(SERVER_WARM_UP)));
        if (serverWarmUp > 0) {
            warmServer(page, serverWarmUp);
        }
        if (!lookAhead) {
            page.evaluate("() => document.querySelectorAll('demo-figure').forEach(f => f.dataset.lookAhead = 'off')");
        }
        page.evaluate("""
                () => {
                  window.__latencies = [];
                  window.__fetches = [];
                  window.__bytes = [];
                  let pressedAt = null;
                  const control = document.querySelector('#demo [data-main-control]');
                  window.__parts = [];
                  performance.setResourceTimingBufferSize(100000);
                  control.addEventListener('keydown', () => { pressedAt = performance.now(); window.__pressedAt = pressedAt; });
                  new MutationObserver(() => {
                    if (pressedAt !== null) {
                      window.__latencies.push(performance.now() - pressedAt);
                      pressedAt = null;
                      const figure = document.querySelector('#demo .figure');
                      const svg = figure.querySelector('svg');
                      const points = svg && (svg.getAttribute('data-points') || figure.getAttribute('data-points'));
                      window.__bytes.push([figure.innerHTML.length, points ? Number(points) : 0]);
                      // Where the time went: the figure's GET (whole, and the server's time to its
                      // first byte), and whether a Vaadin round trip started in the same interval.
                      const since = performance.getEntriesByType('resource').filter(e => e.startTime >= window.__pressedAt);
                      const get = since.filter(e => e.name.includes('/api/v1/figures/')).pop();
                      window.__parts.push([get ? get.responseEnd - get.startTime : -1,
                          get ? get.responseStart - get.requestStart : -1,
                          since.some(e => e.name.includes('v-r=uidl')) ? 1 : 0,
                          get ? get.startTime - window.__pressedAt : -1,
                          get ? performance.now() - get.responseEnd : -1]);
                    }
                  }).observe(document.querySelector('#demo .figure'), {childList: true, subtree: true});
                  window.__fetchOnce = async () => {
                    const start = performance.now();
                    const response = await fetch('/styles.css', {cache: 'no-store'});
                    await response.text();
                    window.__fetches.push(performance.now() - start);
                  };
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
            page.evaluate("() => window.__fetchOnce()");
            control.focus();
        }
        double[] measured = measured(page, "window.__latencies");
        double[] fetches = measured(page, "window.__fetches");
        if (measured.length == 0) {
            System.out.printf(Locale.ROOT, "%-20s %-9s no figure change was seen%n", lesson, lookAhead ? "scrub" : "on-demand");
            return;
        }
        @SuppressWarnings("unchecked")
        List<List<Number>> sizes = (List<List<Number>>) page.evaluate("() => window.__bytes");
        double bytes = sizes.stream().mapToDouble(b -> b.get(0).doubleValue()).sorted().toArray()[sizes.size() / 2];
        double points = sizes.stream().mapToDouble(b -> b.get(1).doubleValue()).max().orElse(0);
        @SuppressWarnings("unchecked")
        List<List<Number>> parts = (List<List<Number>>) page.evaluate("() => window.__parts.slice(" + WARM_UP + ")");
        double[] gets = parts.stream().mapToDouble(q -> q.get(0).doubleValue()).filter(v -> v >= 0).sorted().toArray();
        double[] firstBytes = parts.stream().mapToDouble(q -> q.get(1).doubleValue()).filter(v -> v >= 0).sorted().toArray();
        long withRoundTrip = parts.stream().filter(q -> q.get(2).intValue() == 1).count();
        double[] before = parts.stream().mapToDouble(q -> q.get(3).doubleValue()).filter(v -> v >= 0).sorted().toArray();
        double[] after = parts.stream().mapToDouble(q -> q.get(4).doubleValue()).filter(v -> v >= 0).sorted().toArray();
        double figureMedian = Quantiles.of(measured, 0.5);
        double fetchMedian = Quantiles.of(fetches, 0.5);
        System.out.printf(Locale.ROOT, "%-20s %-9s %3d presses: figure median %6.1f ms, p95 %6.1f ms, max %6.1f ms | "
                        + "bare fetch median %5.1f ms, p95 %5.1f ms | ratio median %4.2f, p95 %4.2f (p95/p95 %4.2f) | figure %7.0f bytes%s%n",
                lesson, lookAhead ? "scrub" : "on-demand", measured.length, figureMedian, Quantiles.of(measured, 0.95), measured[measured.length - 1],
                fetchMedian, Quantiles.of(fetches, 0.95), figureMedian / fetchMedian, Quantiles.of(measured, 0.95) / fetchMedian,
                Quantiles.of(measured, 0.95) / Quantiles.of(fetches, 0.95), bytes,
                points > 0 ? String.format(Locale.ROOT, ", %.1f bytes per point (%.0f points)", bytes / points, points) : "");
        if (gets.length > 0) {
            System.out.printf(Locale.ROOT, "%-20s %-9s     key to GET start %5.1f ms, the GET %5.1f ms (server to first byte %5.1f ms), "
                            + "its end to the DOM %5.1f ms (medians); %d of %d presses fetched; a Vaadin round trip started during %d%n",
                    lesson, lookAhead ? "scrub" : "on-demand", Quantiles.of(before, 0.5), Quantiles.of(gets, 0.5), Quantiles.of(firstBytes, 0.5),
                    Quantiles.of(after, 0.5), gets.length, parts.size(), withRoundTrip);
        }
    }

    /**
     * Fetches about {@code count} figures of the page's demo along its main control's range, in
     * three states the measurement never visits: seeds 90001 to 90003, or, for a demo without a
     * seed, its first other numeric parameter moved by 0.125, 0.25 and 0.375.
     */
    private static void warmServer(Page page, int count) {
        page.evaluate("""
                async (count) => {
                  const figure = document.querySelector('#demo demo-figure');
                  const control = document.querySelector('#demo [data-main-control]');
                  const base = new URL(figure.getAttribute('src'), document.baseURI);
                  const key = control.dataset.param;
                  const values = control.dataset.values ? control.dataset.values.split(',') : null;
                  const min = Number(control.min);
                  const max = Number(control.max);
                  const other = base.searchParams.has('seed') ? 'seed' : [...base.searchParams.keys()]
                      .find(k => k !== key && k !== 'revealed' && !Number.isNaN(Number(base.searchParams.get(k))));
                  const variants = 3;
                  const stride = Math.max(1, Math.ceil((max - min + 1) * variants / count));
                  for (let v = 1; v <= variants; v++) {
                    const url = new URL(base);
                    if (other) {
                      url.searchParams.set(other, other === 'seed' ? String(90000 + v)
                          : String(Number(base.searchParams.get(other)) + 0.125 * v));
                    }
                    for (let step = min; step <= max; step += stride) {
                      url.searchParams.set(key, values ? values[step] : String(step));
                      await (await fetch(url, {cache: 'no-store'})).text();
                    }
                  }
                }""", count);
    }

    /** The values of a list the page collected, without the warm-up presses, sorted. */
    private static double[] measured(Page page, String list) {
        @SuppressWarnings("unchecked")
        List<Number> raw = (List<Number>) page.evaluate("() => " + list);
        List<Double> all = new ArrayList<>(raw.stream().map(Number::doubleValue).toList());
        return all.subList(Math.min(WARM_UP, all.size()), all.size()).stream()
                .mapToDouble(Double::doubleValue).sorted().toArray();
    }

}
