package org.diffusioncourse.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.diffusioncourse.Application;
import org.diffusioncourse.simulation.sampler.ConfiguredRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A documented harness (not a test) for admission control: does a learner's slider stay fast
 * while the JSON API is saturated by parallel sampling requests at the compute budget?
 *
 * <p>It starts the site on a free port (production bundle, in-memory database), then alternates
 * <b>idle</b> and <b>saturated</b> blocks in one run, so that a machine that gets busier or
 * quieter during the run moves both alike. In every block it fetches {@value #FETCHES} figure
 * URLs of the forward-noising demo, as the lesson page does at each slider step (a new t each
 * time, never one fetched before, so every frame is drawn: the server keeps recent frames), one
 * every {@value #PAUSE_MS} ms, and times each from the request to the last byte. Between two
 * figures it also times a bare fetch of the small static {@code /styles.css}: the round trip
 * without any drawing.
 *
 * <p>In a saturated block, {@code SATURATION_CLIENTS} threads (default 24, and 8 in alternate
 * rounds) each keep one {@code POST /api/v1/sample} at the compute budget in flight
 * (eight-gaussians, reverse SDE, n = 20 000, 1250 steps: n x NFE x 8 components = 2 x 10^8).
 * A refused client (503) waits {@value #REFUSED_PAUSE_MS} ms, less than Retry-After asks, and
 * tries again, so the pool is always full. Measuring starts once the first answers (200 or 503)
 * show the pool is full, and the block ends by stopping the clients and waiting until every run
 * they started has ended, so the next idle block is idle.
 *
 * <p>The goal: in the saturated blocks the figure's median and p95 are at most 1.5 times those
 * of the idle blocks. It prints each block, then all blocks of a kind pooled, then each
 * saturated block's median over that of the idle block just before it (the pairs are the
 * least moved by a machine whose load changes during the run). The first idle and saturated
 * blocks are a warm-up and not counted. Both the client threads and the server run in this one JVM, as a browser
 * and the site share a laptop; the bare fetch shows how much of a slowdown is the machine's.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@api-saturation}. Environment:
 * {@code SATURATION_ROUNDS} (default 3 rounds of idle + 8 clients + idle + 24 clients),
 * {@code SATURATION_CLIENTS=24} (only that many clients in every saturated block), and
 * {@code SATURATION_SERVER_ARGS} (extra site arguments, e.g.
 * {@code --course.api.runs.workers=24 --course.api.runs.queue=0} for no admission control).
 */
public final class ApiSaturationLatency {

    static final int FETCHES = 120;
    static final int PAUSE_MS = 40;
    static final int REFUSED_PAUSE_MS = 200;
    static final int WARM_UP = 150;

    /** A run at the compute budget: 20 000 x 1250 steps x 8 components = 2e8. */
    static final String BUDGET_RUN = "{\"target\": \"eight-gaussians\", \"process\": \"vp-sde\", \"sampler\": \"reverse-sde\", "
            + "\"steps\": 1250, \"n\": 20000, \"seed\": 1}";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    /** The learner's client; the saturating clients have their own, as another browser would. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final HttpClient others = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final List<String> frames;
    private int nextFrame;

    private ApiSaturationLatency(int port) {
        this.base = "http://localhost:" + port;
        // Every t of both schedules once, in a fixed random order: idle and saturated blocks
        // draw alike frames, and none is drawn twice (the server would answer it from its cache).
        List<String> all = new ArrayList<>();
        for (String schedule : List.of("linear", "cosine")) {
            for (int t = 0; t <= 1000; t++) {
                all.add("/api/v1/figures/forward-noising/figure.svg?dataset=spiral&schedule=" + schedule + "&t=" + t);
            }
        }
        Collections.shuffle(all, new Random(2024));
        this.frames = all;
    }

    public static void main(String[] args) throws Exception {
        if (ConfiguredRun.BUDGET != 20_000L * 1250 * 8) {
            throw new IllegalStateException("BUDGET_RUN is no longer at the compute budget of " + ConfiguredRun.BUDGET);
        }
        List<String> siteArgs = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:saturation;DB_CLOSE_DELAY=-1", "--course.content-poll-ms=0",
                "--logging.level.root=WARN"));
        String extra = System.getenv().getOrDefault("SATURATION_SERVER_ARGS", "").trim();
        if (!extra.isEmpty()) {
            siteArgs.addAll(List.of(extra.split("\\s+")));
        }
        int rounds = Integer.parseInt(System.getenv().getOrDefault("SATURATION_ROUNDS", "3"));
        String fixedClients = System.getenv().getOrDefault("SATURATION_CLIENTS", "");
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, siteArgs.toArray(String[]::new));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String workers = app.getEnvironment().getProperty("course.api.runs.workers");
        String queue = app.getEnvironment().getProperty("course.api.runs.queue");
        try {
            ApiSaturationLatency bench = new ApiSaturationLatency(port);
            System.out.printf(Locale.ROOT, "site on port %d, course.api.runs.workers=%s, course.api.runs.queue=%s, %d cores, load average %s%n",
                    port, workers, queue, Runtime.getRuntime().availableProcessors(), loadAverage());
            long single = bench.timeOneBudgetRun();
            System.out.printf(Locale.ROOT, "one run at the budget, alone: %d ms%n", single);
            // Warm-up, not counted: drawing frames, then the refusals and answers of a saturated API.
            bench.block(WARM_UP, 0);
            bench.block(WARM_UP / 3, 24).print("warm-up, 24 clients");
            Map<String, List<double[]>> figures = new TreeMap<>();
            Map<String, List<double[]>> bares = new TreeMap<>();
            Map<String, List<Double>> pairRatios = new TreeMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (int clients : fixedClients.isBlank() ? new int[] {8, 24} : new int[] {Integer.parseInt(fixedClients)}) {
                    Block idle = bench.block(FETCHES, 0);
                    idle.print("round " + round + " idle");
                    figures.computeIfAbsent("idle", k -> new ArrayList<>()).add(idle.figure);
                    bares.computeIfAbsent("idle", k -> new ArrayList<>()).add(idle.bare);
                    Block saturated = bench.block(FETCHES, clients);
                    saturated.print("round " + round + " " + clients + " clients");
                    String key = "saturated by " + clients + " clients";
                    figures.computeIfAbsent(key, k -> new ArrayList<>()).add(saturated.figure);
                    bares.computeIfAbsent(key, k -> new ArrayList<>()).add(saturated.bare);
                    pairRatios.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(Quantiles.of(saturated.figure, 0.5) / Quantiles.of(idle.figure, 0.5));
                }
            }
            double[] idleFigure = concat(figures.get("idle"));
            double[] idleBare = concat(bares.get("idle"));
            System.out.printf(Locale.ROOT, "%nall rounds (load average now %s):%n", loadAverage());
            for (String key : figures.keySet()) {
                double[] figure = concat(figures.get(key));
                double[] bare = concat(bares.get(key));
                System.out.printf(Locale.ROOT, "%-25s figure median %6.1f ms, p95 %6.1f ms (%d) | bare fetch median %5.1f ms, p95 %5.1f ms"
                                + " | figure vs idle: median %4.2fx, p95 %4.2fx%n", key, Quantiles.of(figure, 0.5), Quantiles.of(figure, 0.95),
                        figure.length, Quantiles.of(bare, 0.5), Quantiles.of(bare, 0.95),
                        Quantiles.of(figure, 0.5) / Quantiles.of(idleFigure, 0.5), Quantiles.of(figure, 0.95) / Quantiles.of(idleFigure, 0.95));
            }
            System.out.printf(Locale.ROOT, "(idle bare fetch median %.1f ms)%n", Quantiles.of(idleBare, 0.5));
            for (Map.Entry<String, List<Double>> ratios : pairRatios.entrySet()) {
                double[] sorted = ratios.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "%-25s figure median over the idle block just before it: %s, median %.2fx%n",
                        ratios.getKey(), Arrays.stream(sorted).mapToObj(r -> String.format(Locale.ROOT, "%.2fx", r)).toList(),
                        Quantiles.of(sorted, 0.5));
            }
        } finally {
            app.close();
        }
    }

    private long timeOneBudgetRun() throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(budgetRun(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("a run at the budget was answered " + response.statusCode());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private HttpRequest budgetRun() {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/sample")).timeout(PATIENCE)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BUDGET_RUN)).build();
    }

    /** One block of figure fetches, with {@code clients} sampling clients running through it (0: idle). */
    private Block block(int fetches, int clients) throws Exception {
        Load load = new Load(clients);
        load.start();
        double[] figure = new double[fetches];
        double[] bare = new double[fetches];
        for (int i = 0; i < fetches; i++) {
            figure[i] = fetch(frames.get(nextFrame++ % frames.size()), "image/svg+xml");
            Thread.sleep(PAUSE_MS / 2);
            bare[i] = fetch("/styles.css", "text/css");
            Thread.sleep(PAUSE_MS / 2);
        }
        load.stop();
        Arrays.sort(figure);
        Arrays.sort(bare);
        return new Block(figure, bare, load);
    }

    /** Milliseconds from sending a GET to its last byte. */
    private double fetch(String pathAndQuery, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(PATIENCE).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !contentType.startsWith(type) || response.body().length == 0) {
            throw new IllegalStateException(pathAndQuery + " was answered " + response.statusCode() + " " + contentType);
        }
        return ms;
    }

    /** The saturating clients of one block. */
    private final class Load {

        private final int clients;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> completedMillis = new ConcurrentLinkedQueue<>();
        private final AtomicInteger firstAnswers = new AtomicInteger();

        Load(int clients) {
            this.clients = clients;
        }

        void start() throws InterruptedException {
            for (int c = 0; c < clients; c++) {
                Thread thread = new Thread(this::loop, "saturating-client-" + c);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            if (clients == 0) {
                return;
            }
            // Full: every client has had an answer, or waits in the pool's queue or on a worker.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (firstAnswers.get() < Math.min(clients, 2) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
        }

        private void loop() {
            boolean first = true;
            while (running.get()) {
                long start = System.nanoTime();
                int status;
                try {
                    status = others.send(budgetRun(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                answers.computeIfAbsent(status, s -> new LongAdder()).increment();
                if (first) {
                    firstAnswers.incrementAndGet();
                    first = false;
                }
                if (status == 200) {
                    completedMillis.add((System.nanoTime() - start) / 1_000_000);
                } else {
                    try {
                        Thread.sleep(REFUSED_PAUSE_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** Stops the clients and waits until every run they started has ended. */
        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(PATIENCE.toMillis());
            }
        }

        String summary() {
            if (clients == 0) {
                return "";
            }
            long[] took = completedMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, " | %d clients: %s; completed runs took median %s s",
                    clients, new TreeMap<>(answers), took.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f", took[took.length / 2] / 1e3));
        }
    }

    private record Block(double[] figure, double[] bare, Load load) {

        void print(String name) {
            System.out.printf(Locale.ROOT, "%-22s figure median %6.1f ms, p95 %6.1f ms | bare fetch median %5.1f ms, p95 %5.1f ms%s%n",
                    name, Quantiles.of(figure, 0.5), Quantiles.of(figure, 0.95), Quantiles.of(bare, 0.5), Quantiles.of(bare, 0.95), load.summary());
        }
    }

    private static double[] concat(List<double[]> parts) {
        double[] all = parts.stream().flatMapToDouble(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }


    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
