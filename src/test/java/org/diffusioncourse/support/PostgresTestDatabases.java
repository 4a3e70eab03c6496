package org.diffusioncourse.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the tests' sites on PostgreSQL when the test JVM is asked to ({@value #DATABASE}
 * {@code =postgresql}, set by the Maven profile {@code postgresql}): each in-memory H2 URL a test
 * names, {@code jdbc:h2:mem:NAME;...}, becomes a PostgreSQL database of its own, made fresh
 * (dropped if there, then created) the first time this JVM asks for it. Tests keep the isolation
 * they have on H2 mem, where a name is one database for the life of the JVM, without a change to
 * any test. File databases ({@code jdbc:h2:file:}) stay H2: they test the embedded default.
 */
public final class PostgresTestDatabases implements EnvironmentPostProcessor, Ordered {

    /** The system property that selects the database of the test run: {@code postgresql} or absent (H2). */
    public static final String DATABASE = "course.test.database";

    private static final Pattern H2_MEM = Pattern.compile("^jdbc:h2:mem:([^;]+)(;.*)?$");
    private static final Set<String> MADE = ConcurrentHashMap.newKeySet();

    /** A PostgreSQL server the tests may create databases on, and its client binaries. */
    public record Server(String baseUrl, String user, String password, Path bin) {

        /** The JDBC URL of {@code database} on this server. */
        public String url(String database) {
            return baseUrl + database;
        }

        /** Drops {@code database} if it exists (closing its connections) and creates it empty. */
        public void recreate(String database) {
            if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("database name " + database + " must match [a-z][a-z0-9_]{0,62}");
            }
            try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
                 Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
                sql.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot recreate the test database " + database + " on " + baseUrl
                        + " as " + user + ": " + e.getMessage(), e);
            }
        }

        /** A client binary of the server's version, e.g. {@code pg_dump}. */
        public Path binary(String name) {
            return bin.resolve(name);
        }
    }

    /** The server of this test run, when it runs on PostgreSQL. */
    public static Optional<Server> server() {
        if (!"postgresql".equals(System.getProperty(DATABASE))) {
            return Optional.empty();
        }
        String url = required("course.test.postgresql.url");
        if (!url.startsWith("jdbc:postgresql://") || !url.endsWith("/")) {
            throw new IllegalStateException("course.test.postgresql.url " + url
                    + " must be a base URL like jdbc:postgresql://127.0.0.1:55432/ (ending in /, no database)");
        }
        return Optional.of(new Server(url, System.getProperty("course.test.postgresql.user", "course"),
                System.getProperty("course.test.postgresql.password", ""), bin()));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Optional<Server> server = server();
        String configured = environment.getProperty("spring.datasource.url");
        if (server.isEmpty() || configured == null) {
            return;
        }
        Matcher mem = H2_MEM.matcher(configured);
        if (!mem.matches()) {
            return;
        }
        String database = "h2mem_" + mem.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (MADE.add(database)) {
            server.get().recreate(database);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("coursePostgresTestDatabase", Map.of(
                "spring.datasource.url", server.get().url(database),
                "spring.datasource.username", server.get().user(),
                "spring.datasource.password", server.get().password())));
    }

    @Override
    public int getOrder() {
        // After the test's own properties and application.properties have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException(DATABASE + "=postgresql needs the system property " + property);
        }
        return value;
    }

    /**
     * course.test.postgresql.bin, else /usr/lib/postgresql/N/bin (Debian's layout, where the
     * postgresql package installs one version N; with several, the last by name).
     */
    private static Path bin() {
        String configured = System.getProperty("course.test.postgresql.bin", "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_dump")))
                    .max(Comparator.naturalOrder())
                    .orElse(Path.of("/usr/bin"));
        } catch (java.io.IOException e) {
            return Path.of("/usr/bin");
        }
    }
}
