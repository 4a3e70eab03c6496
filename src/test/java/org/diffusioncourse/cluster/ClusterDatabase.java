package org.diffusioncourse.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.diffusioncourse.support.PostgresTestDatabases;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database on the throw-away cluster that {@code .ci/postgres} starts for
 * the test run ({@code COURSE_TEST_POSTGRES_URL}, a JDBC URL ending in '/', with
 * {@code COURSE_TEST_POSTGRES_USER} and {@code _PASSWORD}). Without that cluster a developer's
 * run skips the multi-instance tests; CI ({@code CI=true}) fails instead, because
 * {@code .ci/run} always starts it.
 */
record ClusterDatabase(String url, String user, String password) {

    static ClusterDatabase fresh(String name) {
        String base = System.getenv("COURSE_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs COURSE_TEST_POSTGRES_URL; .ci/run starts a PostgreSQL cluster and sets it");
            }
            Assumptions.abort("No PostgreSQL cluster (COURSE_TEST_POSTGRES_URL is unset); bash .ci/run starts one");
        }
        PostgresTestDatabases.Server server = new PostgresTestDatabases.Server(base.endsWith("/") ? base : base + "/",
                System.getenv().getOrDefault("COURSE_TEST_POSTGRES_USER", "course"),
                System.getenv().getOrDefault("COURSE_TEST_POSTGRES_PASSWORD", ""),
                Path.of(System.getenv().getOrDefault("COURSE_TEST_POSTGRES_BIN", "/usr/bin")));
        server.recreate(name);
        return new ClusterDatabase(server.url(name), server.user(), server.password());
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
