package org.diffusioncourse.cluster;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.diffusioncourse.bench.Quantiles;
import org.diffusioncourse.browser.BrowserSupport;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;

/**
 * A documented harness (not a test): what one learner costs the server, and how many learners
 * a core carries. It starts what {@link MultiInstanceIT} starts (PostgreSQL from {@code .ci/postgres},
 * two instances of the packaged jar, nginx with {@code src/deploy/nginx-course.conf}) and measures,
 * reading each instance's CPU time from {@code /proc} (every thread of its JVM):
 *
 * <ol>
 *   <li><b>CPU per slider move, per lesson</b>, on one instance directly (no proxy cache): a learner
 *   presses the arrow key {@value #SWEEP} times to the right (frames nobody asked for yet: drawn),
 *   then {@value #SWEEP} times back (frames this browser already has), then a second learner
 *   repeats the first sweep (frames the server drew for the first: its frame cache). The server
 *   hears the slider only when it rests ({@code StepSlider.REST_MS}), once per sweep here.
 *   <b>CPU per rest</b>: the first learner then presses {@value #RESTS} times, each time to a step
 *   its browser holds, and waits for the rest's round trip: what the server does when it hears
 *   the slider (readout, link, progress). The instance's idle CPU over the same time is
 *   subtracted.</li>
 *   <li><b>Retained heap</b> per open lesson page (per Vaadin UI) and per signed-in session: live
 *   bytes after a full GC ({@code jcmd PID GC.class_histogram}) before and after opening
 *   {@value #PAGES_FOR_HEAP} pages, then signing {@value #PAGES_FOR_HEAP} accounts in.</li>
 *   <li><b>A bounded load run</b> through nginx across both instances: {@code CAPACITY_PAGES}
 *   (default 16) pages, each on a lesson of its own in turn, for {@code CAPACITY_SECONDS} (default
 *   60). Each learner moves its slider once a second {@value #BURST} times, then rests for two
 *   seconds (the server hears it), and again: one rest per {@value #BURST} moves. It reports the
 *   time from key press to new figure (p50, p95, max), errors, and the CPU both instances spent per
 *   move, rests included.</li>
 * </ol>
 * It ends with the capacity model: learners per core at one slider move per second, 1000 ms
 * divided by the CPU milliseconds a move costs (a rest's share included, one per {@value #BURST}
 * moves), for each kind of move and for the load run's mix.
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests} once, then {@code ./mvnw -q test-compile
 * exec:exec@capacity} with {@code COURSE_TEST_POSTGRES_URL} (and {@code _USER}, {@code _PASSWORD})
 * naming a PostgreSQL server, e.g. the one {@code .ci/postgres start} prints.
 */
public final class CapacityRun {

    static final int SWEEP = 30;
    static final int RESTS = 6;
    /** Moves a load-run learner makes between two rests. */
    static final int BURST = 4;
    static final int PAGES_FOR_HEAP = 20;
    private static final long PRESS_GAP_MS = 150;

    private CapacityRun() {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(System.getenv().getOrDefault("CAPACITY_PAGES", "16"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("CAPACITY_SECONDS", "60"));
        String only = System.getenv().getOrDefault("CAPACITY_LESSONS", "");
        ClusterDatabase database = ClusterDatabase.fresh("course_capacity");
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "cluster")), "capacity-").toAbsolutePath();
        String admin = "capacity admin " + System.nanoTime();
        List<String> extra = List.of("--logging.level.root=WARN");
        Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));
        List<String> lessons = course.entries().stream().filter(e -> e.lesson() != null)
                .map(Course.Entry::id).filter(id -> only.isBlank() || List.of(only.split(",")).contains(id)).toList();
        try (SiteInstance a = SiteInstance.start("a", work, database, Path.of("content").toAbsolutePath(), admin, extra)) {
            a.awaitReady(java.time.Duration.ofMinutes(3));
            try (SiteInstance b = SiteInstance.start("b", work, database, Path.of("content").toAbsolutePath(), admin, extra);
                 BrowserSupport chromium = BrowserSupport.start()) {
                b.awaitReady(java.time.Duration.ofMinutes(3));
                settle(a);
                settle(b);
                List<double[]> costs = new ArrayList<>();
                System.out.println("CPU per slider move on one instance (ms; idle subtracted):");
                System.out.printf(Locale.ROOT, "  %-20s %10s %10s %10s %10s%n", "lesson", "new frame", "own cache", "2nd learner", "a rest");
                for (String lesson : lessons) {
                    double[] cost = costPerMove(chromium.browser, a, lesson);
                    if (cost != null) {
                        costs.add(cost);
                        System.out.printf(Locale.ROOT, "  %-20s %10.2f %10.2f %10.2f %10.2f%n", lesson, cost[0], cost[1], cost[2],
                                cost[3]);
                    }
                }
                double[] mean = new double[4];
                for (double[] cost : costs) {
                    for (int i = 0; i < 4; i++) {
                        mean[i] += cost[i] / costs.size();
                    }
                }
                System.out.printf(Locale.ROOT, "  %-20s %10.2f %10.2f %10.2f %10.2f%n", "mean", mean[0], mean[1], mean[2], mean[3]);
                heap(chromium.browser, b, lessons.getFirst(), database);
                // Instance b has drawn one lesson so far: sweep every lesson on it once, so that the
                // load run finds both instances as a site that has run for a while finds them.
                for (String lesson : lessons) {
                    costPerMove(chromium.browser, b, lesson);
                }
                try (Proxy proxy = Proxy.start(work, a, b)) {
                    double cpuPerMove = load(chromium.browser, proxy, List.of(a, b), lessons, pages, seconds);
                    double rest = mean[3] / BURST;
                    System.out.printf(Locale.ROOT, "Capacity model (one slider move per learner per second, a rest every %d moves):%n", BURST);
                    System.out.printf(Locale.ROOT, "  every move a new frame:      %6.0f learners per core%n", 1000 / (mean[0] + rest));
                    System.out.printf(Locale.ROOT, "  frames in the browser:       %6.0f learners per core%n", 1000 / (mean[1] + rest));
                    System.out.printf(Locale.ROOT, "  frames in the server's cache:%6.0f learners per core%n", 1000 / (mean[2] + rest));
                    System.out.printf(Locale.ROOT, "  the load run's mix:          %6.0f learners per core%n", 1000 / cpuPerMove);
                }
            }
        }
    }

    /** Waits until the instance's background work (the demos' warm-up) is done: under 3% CPU for 2 s. */
    private static void settle(SiteInstance instance) throws Exception {
        for (int i = 0; i < 120; i++) {
            double before = instance.cpuMillis();
            Thread.sleep(2000);
            if (instance.cpuMillis() - before < 60) {
                return;
            }
        }
    }

    /**
     * CPU ms per move: new frames, frames this browser has, frames a first learner made the
     * server draw. A warm-up learner sweeps the default state first, so the JIT has compiled
     * this demo's code; the measured learners then work in another state (another seed), whose
     * frames nobody has asked for.
     */
    private static double[] costPerMove(Browser browser, SiteInstance instance, String lesson) throws Exception {
        String url = instance.url("/lessons/" + lesson);
        try (BrowserContext warm = browser.newContext(); BrowserContext first = browser.newContext();
             BrowserContext second = browser.newContext()) {
            Page warmUp = open(warm, url);
            if (warmUp == null) {
                return null;
            }
            sweep(warmUp, instance, "ArrowRight", 0);
            sweep(warmUp, instance, "ArrowLeft", 0);
            String other = (String) warmUp.evaluate("""
                    () => {
                      const src = document.querySelector('#demo demo-figure').getAttribute('src');
                      const params = new URL(src, document.baseURI).searchParams;
                      const key = document.querySelector('#demo [data-main-control]').dataset.param;
                      const other = params.has('seed') ? 'seed' : [...params.keys()].find(k => k !== key
                          && k !== 'revealed' && !Number.isNaN(Number(params.get(k))));
                      if (other) {
                        params.set(other, other === 'seed' ? '90007' : String(Number(params.get(other)) + 0.125));
                      }
                      params.delete('revealed');
                      return params.toString();
                    }""");
            Page one = open(first, url + "?" + other);
            Page two = open(second, url + "?" + other);
            if (one == null || two == null) {
                return null;
            }
            double idle = idleRate(instance);
            double right = sweep(one, instance, "ArrowRight", idle);
            double left = sweep(one, instance, "ArrowLeft", idle);
            double again = sweep(two, instance, "ArrowRight", idle);
            double rest = rests(one, instance, idle);
            return new double[] {right, left, again, rest};
        }
    }

    /** The lesson page with its demo drawn, or null when the lesson has no demo with a main control. */
    private static Page open(BrowserContext context, String url) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url);
        page.locator("h1").first().waitFor();
        try {
            page.locator("#demo [data-main-control]").first().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError noMainControl) {
            return null;
        }
        page.locator("#demo .figure svg").first().waitFor();
        page.waitForTimeout(500);
        return page;
    }

    private static double idleRate(SiteInstance instance) throws Exception {
        double before = instance.cpuMillis();
        long start = System.nanoTime();
        Thread.sleep(3000);
        return (instance.cpuMillis() - before) / ((System.nanoTime() - start) / 1e6);
    }

    private static double sweep(Page page, SiteInstance instance, String key, double idlePerMs) throws Exception {
        Locator control = page.locator("#demo [data-main-control]").first();
        control.focus();
        double before = instance.cpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < SWEEP; i++) {
            page.keyboard().press(key);
            page.waitForTimeout(PRESS_GAP_MS);
        }
        page.waitForTimeout(1000);
        double elapsed = (System.nanoTime() - start) / 1e6;
        return Math.max(0, instance.cpuMillis() - before - idlePerMs * elapsed) / SWEEP;
    }

    /**
     * CPU ms per rest: {@value #RESTS} single presses to steps this browser holds (the sweeps
     * visited them), each followed by a wait longer than the rest time, so each costs the server
     * one round trip and no frame.
     */
    private static double rests(Page page, SiteInstance instance, double idlePerMs) throws Exception {
        Locator control = page.locator("#demo [data-main-control]").first();
        control.focus();
        double before = instance.cpuMillis();
        long start = System.nanoTime();
        for (int i = 0; i < RESTS; i++) {
            page.keyboard().press("ArrowRight");
            page.waitForTimeout(org.diffusioncourse.demo.StepSlider.REST_MS + 1300);
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        return Math.max(0, instance.cpuMillis() - before - idlePerMs * elapsed) / RESTS;
    }

    /** Live bytes after a full collection, from the class histogram's total line. */
    private static long liveBytes(SiteInstance instance) throws Exception {
        String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
        Process process = new ProcessBuilder(jcmd, String.valueOf(instance.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (line.startsWith("Total")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IOException("no Total line from jcmd: " + out.lines().limit(5).toList());
    }

    /**
     * Live heap per open lesson page (a session with one Vaadin UI), then per signed-in session:
     * {@value #PAGES_FOR_HEAP} browsers open the lesson anonymously, then {@value #PAGES_FOR_HEAP}
     * other browsers sign in and open it; the second step's growth less the first's is what
     * signing in adds.
     */
    private static void heap(Browser browser, SiteInstance instance, String lesson, ClusterDatabase database) throws Exception {
        List<BrowserContext> contexts = new ArrayList<>();
        List<String> accounts = ClusterAccounts.create(database, PAGES_FOR_HEAP);
        try {
            // The first pages fill the site's shared caches (frames, scenes), which every later page
            // shares: open a few before the baseline so that only what a page keeps for itself counts.
            for (int i = 0; i < 3; i++) {
                BrowserContext context = browser.newContext();
                contexts.add(context);
                open(context, instance.url("/lessons/" + lesson));
            }
            long before = liveBytes(instance);
            for (int i = 0; i < PAGES_FOR_HEAP; i++) {
                BrowserContext context = browser.newContext();
                contexts.add(context);
                open(context, instance.url("/lessons/" + lesson));
            }
            long anonymous = liveBytes(instance);
            for (int i = 0; i < PAGES_FOR_HEAP; i++) {
                BrowserContext context = browser.newContext();
                contexts.add(context);
                Page page = context.newPage();
                page.setDefaultTimeout(60_000);
                page.navigate(instance.url("/login"));
                page.getByLabel("Username").first().fill(accounts.get(i));
                Locator password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first();
                password.fill(ClusterAccounts.PASSWORD);
                password.press("Enter");
                page.locator("#account-name").waitFor();
                page.navigate(instance.url("/lessons/" + lesson));
                page.locator("#demo .figure svg").first().waitFor();
            }
            long signedIn = liveBytes(instance);
            double perPage = (anonymous - before) / 1024.0 / PAGES_FOR_HEAP;
            System.out.printf(Locale.ROOT, "Retained heap: %.0f KB per open lesson page with its session (%s, %d browsers); "
                            + "%.0f KB per signed-in learner on the same page, %.0f KB more than anonymous%n",
                    perPage, lesson, PAGES_FOR_HEAP, (signedIn - anonymous) / 1024.0 / PAGES_FOR_HEAP,
                    (signedIn - anonymous) / 1024.0 / PAGES_FOR_HEAP - perPage);
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** The load run through the proxy; returns CPU ms per move over both instances. */
    private static double load(Browser browser, Proxy proxy, List<SiteInstance> instances, List<String> lessons,
                               int pages, int seconds) throws Exception {
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> open = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        try {
            for (int i = 0; i < pages; i++) {
                BrowserContext context = browser.newContext();
                contexts.add(context);
                Page page = open(context, proxy.url("/lessons/" + lessons.get(i % lessons.size())));
                if (page == null) {
                    continue;
                }
                page.onResponse(response -> {
                    if (response.status() >= 400) {
                        errors.incrementAndGet();
                    }
                });
                page.onRequestFailed(request -> errors.incrementAndGet());
                page.onPageError(error -> errors.incrementAndGet());
                page.evaluate("""
                        () => {
                          window.__latencies = [];
                          let pressedAt = null;
                          const control = document.querySelector('#demo [data-main-control]');
                          control.addEventListener('keydown', () => { pressedAt = performance.now(); });
                          new MutationObserver(() => {
                            if (pressedAt !== null) {
                              window.__latencies.push(performance.now() - pressedAt);
                              pressedAt = null;
                            }
                          }).observe(document.querySelector('#demo .figure'), {childList: true, subtree: true});
                        }""");
                open.add(page);
            }
            double idle = 0;
            for (SiteInstance instance : instances) {
                idle += idleRate(instance);
            }
            double[] before = new double[instances.size()];
            for (int i = 0; i < before.length; i++) {
                before[i] = instances.get(i).cpuMillis();
            }
            long start = System.nanoTime();
            long gap = 1_000_000_000L / open.size();
            int moves = 0;
            String[] keys = new String[open.size()];
            Arrays.fill(keys, "ArrowRight");
            long next = start;
            int turn = 0;
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                int k = turn % open.size();
                // Each learner takes its turn once a second: BURST moves, then two turns resting (staggered).
                boolean resting = (turn / open.size() + k) % (BURST + 2) >= BURST;
                turn++;
                next += gap;
                if (resting) {
                    long idleWait = (next - System.nanoTime()) / 1_000_000;
                    if (idleWait > 0) {
                        open.get(k).waitForTimeout(idleWait);
                    }
                    continue;
                }
                Page page = open.get(k);
                Locator control = page.locator("#demo [data-main-control]").first();
                double value = Double.parseDouble(control.inputValue());
                if (value >= Double.parseDouble(control.getAttribute("max"))) {
                    keys[k] = "ArrowLeft";
                } else if (value <= Double.parseDouble(control.getAttribute("min"))) {
                    keys[k] = "ArrowRight";
                }
                control.press(keys[k]);
                moves++;
                long wait = (next - System.nanoTime()) / 1_000_000;
                if (wait > 0) {
                    open.get((k + 1) % open.size()).waitForTimeout(wait);
                }
            }
            open.getFirst().waitForTimeout(2000);
            double cpu = -idle * (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < before.length; i++) {
                cpu += instances.get(i).cpuMillis() - before[i];
            }
            List<Double> all = new ArrayList<>();
            for (Page page : open) {
                @SuppressWarnings("unchecked")
                List<Number> latencies = (List<Number>) page.evaluate("() => window.__latencies");
                latencies.forEach(v -> all.add(v.doubleValue()));
            }
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double perMove = cpu / moves;
            System.out.printf(Locale.ROOT, "Load run through nginx, %d pages on %d lessons, %d s, %d moves (%.1f per s), "
                            + "%d new figures seen: key to figure p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d errors; "
                            + "CPU %.2f ms per move over both instances, idle subtracted (%.0f%% of %d cores)%n",
                    open.size(), Math.min(open.size(), lessons.size()), seconds, moves, moves / (double) seconds,
                    sorted.length, Quantiles.of(sorted, 0.5), Quantiles.of(sorted, 0.95), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                    errors.get(), perMove, 100 * cpu / (seconds * 1000.0) / Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
            return perMove;
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
