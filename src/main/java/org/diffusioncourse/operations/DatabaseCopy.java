package org.diffusioncourse.operations;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Moves a course's data to another database, typically from the embedded H2 file to
 * PostgreSQL: {@code java -jar course.jar --copy-database --from JDBC_URL --to JDBC_URL}
 * ({@code --from-user}, {@code --to-user}; passwords from {@code COURSE_COPY_FROM_PASSWORD} and
 * {@code COURSE_COPY_TO_PASSWORD}, users also from {@code COURSE_COPY_FROM_USER} and
 * {@code COURSE_COPY_TO_USER}; both default to the site's {@code course} with no password).
 *
 * <p>It refuses a target that has any table, migrates the target with the site's own Flyway
 * migrations to the source's version, copies every course table in foreign-key order in one
 * transaction (accounts, roles, notes, predictions, reviews, kept models with their checkpoints,
 * progress, app_info), then moves the target's id counters past the copied ids, and reads both
 * sides again: it prints each table's row count and digest ({@link CourseTables#summary}) and
 * exits 1 when any of them differs. The site must be stopped while it runs (the H2 file is
 * locked by a running site anyway).
 */
public final class DatabaseCopy {

    /** The argument that asks for the copy instead of the site. */
    public static final String FLAG = "--copy-database";

    /** Exit status: copied, and both sides read the same. */
    public static final int COPIED = 0;
    /** Exit status: refused, failed, or the two sides differ after the copy. */
    public static final int FAILED = 1;
    /** Exit status: the command line itself is wrong. */
    public static final int USAGE = 2;

    private static final String USER = "course";
    private static final List<String> OPTIONS = List.of("--from", "--to", "--from-user", "--to-user");

    /** One side of the copy. */
    record Side(String url, String user, String password) {

        DriverManagerDataSource data() {
            return new DriverManagerDataSource(url, user, password);
        }
    }

    private DatabaseCopy() {
    }

    /** Whether {@code args} ask for the copy. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /**
     * Runs the copy for {@code args}, writing the comparison to {@code out} and refusals,
     * failures and usage errors to {@code err}.
     *
     * @return the exit status
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
                err.println("usage: " + FLAG + " --from JDBC_URL --to JDBC_URL [--from-user USER] [--to-user USER]; "
                        + (OPTIONS.contains(args[i]) ? args[i] + " needs a value" : "unknown option " + args[i]));
                return USAGE;
            }
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--from") || !options.containsKey("--to")) {
            err.println("usage: " + FLAG + " --from JDBC_URL --to JDBC_URL; " + (options.containsKey("--from") ? "--to" : "--from")
                    + " is missing");
            return USAGE;
        }
        Side from = new Side(existingOnly(options.get("--from")),
                options.getOrDefault("--from-user", env.getOrDefault("COURSE_COPY_FROM_USER", USER)),
                env.getOrDefault("COURSE_COPY_FROM_PASSWORD", ""));
        Side to = new Side(options.get("--to"),
                options.getOrDefault("--to-user", env.getOrDefault("COURSE_COPY_TO_USER", USER)),
                env.getOrDefault("COURSE_COPY_TO_PASSWORD", ""));
        try {
            return copy(from, to, out, err) ? COPIED : FAILED;
        } catch (SQLException | FlywayException | IllegalStateException | IllegalArgumentException e) {
            err.println("copy-database: " + e.getMessage());
            return FAILED;
        }
    }

    /** Copies and compares; false when the two sides differ afterwards. */
    static boolean copy(Side from, Side to, PrintStream out, PrintStream err) throws SQLException {
        MigrationInfo version = Migrations.configure(from.data(), from.url()).load().info().current();
        if (version == null) {
            throw new IllegalStateException("the source " + from.url() + " has no Flyway history: it is not a course database");
        }
        Migrations.configure(from.data(), from.url()).target(version.getVersion()).load().validate();
        List<String> tables;
        try (Connection source = from.data().getConnection()) {
            tables = CourseTables.of(source); // refuses a table it does not know before anything is written
        }
        try (Connection target = to.data().getConnection()) {
            Set<String> present = CourseTables.all(target);
            if (!present.isEmpty()) {
                throw new IllegalStateException("the target " + to.url() + " is not empty: it has the tables " + present
                        + "; copy into a new, empty database (PostgreSQL: createdb; H2: a new file)");
            }
        }
        Migrations.configure(to.data(), to.url()).target(version.getVersion()).load().migrate();

        try (Connection source = from.data().getConnection(); Connection target = to.data().getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            List<String> made = CourseTables.of(target);
            if (!made.equals(tables)) {
                throw new IllegalStateException("the source has the tables " + tables + " but the migrated target has "
                        + made + ", at the same schema version " + version.getVersion());
            }
            // The migrations seed a few rows (app_info); the source's own rows replace them.
            try (Statement delete = target.createStatement()) {
                for (String table : tables.reversed()) {
                    delete.executeUpdate("delete from " + table);
                }
            }
            for (String table : tables) {
                CourseTables.copy(source, target, table);
            }
            target.commit();
            source.rollback();
            // After the commit: on H2 moving a counter is DDL, which would commit half a copy.
            for (String table : tables) {
                CourseTables.resetIdentities(target, table);
            }
            target.commit();
        }
        err.println("copied " + tables.size() + " tables at schema version " + version.getVersion() + " from "
                + from.url() + " to " + to.url() + "; reading both sides again");
        return compare(from, to, tables, out);
    }

    /** Prints each table's row counts and digests on both sides; true when all are equal. */
    private static boolean compare(Side from, Side to, List<String> tables, PrintStream out) throws SQLException {
        boolean same = true;
        out.printf(Locale.ROOT, "%-18s %12s %12s  %-16s %-16s%n", "table", "source rows", "target rows", "source digest",
                "target digest");
        try (Connection source = from.data().getConnection(); Connection target = to.data().getConnection()) {
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            for (String table : tables) {
                CourseTables.Summary a = CourseTables.summary(source, table);
                CourseTables.Summary b = CourseTables.summary(target, table);
                boolean equal = a.equals(b);
                same &= equal;
                out.printf(Locale.ROOT, "%-18s %12d %12d  %-16s %-16s %s%n", table, a.rows(), b.rows(),
                        a.digest().substring(0, 16), b.digest().substring(0, 16), equal ? "same" : "DIFFERENT");
            }
        }
        out.println(same ? "every table has the same rows on both sides" : "THE COPY DIFFERS FROM THE SOURCE");
        return same;
    }

    /** An H2 source that does not exist must not be created empty by the attempt to read it. */
    private static String existingOnly(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=")
                ? url + ";IFEXISTS=TRUE" : url;
    }
}
