package org.diffusioncourse.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the course, started for real from the packaged jar, as an operator would
 * ({@code java -jar}), on a loopback port, with its own data folder and the shared database and
 * content folder. {@link #kill()} is SIGKILL: no shutdown hook, no flush, nothing graceful.
 */
final class SiteInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final List<String> command;
    private Process process;

    private SiteInstance(String name, int port, Path log, List<String> command) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = command;
    }

    /** Starts the jar; call {@link #awaitReady} before using it. */
    static SiteInstance start(String name, Path work, ClusterDatabase db, Path content, String adminPassword,
                              List<String> extra) throws IOException {
        Path jar = packagedJar();
        Path data = Files.createDirectories(work.resolve(name + "-data"));
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC"));
        // Extra JVM options for a harness run, e.g. CLUSTER_JVM_OPTIONS=-XX:StartFlightRecording=filename=a.jfr
        String jvmOptions = System.getenv().getOrDefault("CLUSTER_JVM_OPTIONS", "").replace("{name}", name);
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.forward-headers-strategy=native",
                "--course.data-dir=" + data,
                "--course.content-dir=" + content,
                "--course.admin-password=" + adminPassword,
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password()));
        command.addAll(extra);
        SiteInstance instance = new SiteInstance(name, port, work.resolve(name + ".log"), command);
        instance.launch();
        return instance;
    }

    /** Starts this instance again, on the same port and data folder, after {@link #kill()}. */
    void restart() throws IOException {
        launch();
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log + "\n" + tail());
            }
            if (status("/actuator/health") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + patience + "; see " + log + "\n" + tail());
    }

    int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * CPU time this instance's JVM has used so far, user plus system, in milliseconds, from
     * {@code /proc/PID/stat} (every thread: requests, the UI, the garbage collector, the JIT).
     */
    double cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / CLOCK_TICKS;
    }

    /** Linux's USER_HZ, which /proc counts CPU time in: 100 on every x86-64 and arm64 kernel. */
    private static final double CLOCK_TICKS = 100;

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, as when the machine or the JVM dies: the JVM gets no chance to run anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static Path packagedJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("diffusion-course-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/; run ./mvnw package (verify runs this test after it)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
