package org.diffusioncourse.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx on a loopback port, in front of two instances, configured by the file an
 * operator would use ({@code src/deploy/nginx-course.conf}) with its placeholders filled in.
 */
final class Proxy implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path TEMPLATE = Path.of("src/deploy/nginx-course.conf");

    final int port;
    final Path dir;
    private final Process process;

    private Proxy(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    static Proxy start(Path work, SiteInstance a, SiteInstance b) throws IOException, InterruptedException {
        if (!Files.isExecutable(NGINX)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs nginx at " + NGINX + "; .ci/run installs it with apt-get");
            }
            Assumptions.abort("No nginx at " + NGINX + "; install it with: apt-get install nginx-light");
        }
        Path dir = Files.createDirectories(work.resolve("nginx")).toAbsolutePath();
        for (String sub : List.of("cache", "temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi")) {
            Files.createDirectories(dir.resolve(sub));
        }
        int port = SiteInstance.freePort();
        String site = Files.readString(TEMPLATE)
                .replace("@LISTEN@", "127.0.0.1:" + port)
                .replace("@INSTANCE_A@", a.address())
                .replace("@INSTANCE_B@", b.address())
                .replace("@CACHE_DIR@", dir.resolve("cache").toString());
        Files.writeString(dir.resolve("course.conf"), site);
        boolean root = "root".equals(System.getProperty("user.name"));
        String main = (root ? "user root;\n" : "") + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %1$s/course.conf;
                }
                """.formatted(dir);
        Files.writeString(dir.resolve("nginx.conf"), main);
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Proxy proxy = new Proxy(port, dir, process);
        proxy.awaitListening(Duration.ofSeconds(20));
        return proxy;
    }

    private void awaitListening(Duration patience) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out"))
                        + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx does not listen on " + port);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
