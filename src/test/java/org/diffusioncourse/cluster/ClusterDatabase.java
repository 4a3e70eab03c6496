package org.diffusioncourse.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
        String root = base.endsWith("/") ? base : base + "/";
        String user = System.getenv().getOrDefault("COURSE_TEST_POSTGRES_USER", "course");
        String password = System.getenv().getOrDefault("COURSE_TEST_POSTGRES_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(root + "postgres", user, password);
             Statement sql = admin.createStatement()) {
            for (String statement : List.of("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name)) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + root + ": " + e.getMessage(), e);
        }
        return new ClusterDatabase(root + name, user, password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
