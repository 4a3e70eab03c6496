package org.diffusioncourse.operations;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The course's tables as one database holds them: which there are (read from its information
 * schema, so a table no one listed here cannot be skipped without a word), their columns and
 * primary keys, their row counts and a digest of their rows that reads the same on H2 and on
 * PostgreSQL.
 */
final class CourseTables {

    /**
     * Every table the migrations make, parents before children (foreign keys), so rows can be
     * inserted in this order and deleted in the reverse one. {@code persistent_logins} holds
     * remember-me sign-ins where a migration adds it; a table absent from a database is absent
     * from its copy too.
     */
    static final List<String> IN_KEY_ORDER = List.of("app_info", "app_user", "app_user_role", "research_note",
            "practice_attempt", "claim_review", "trained_model", "learner_progress", "persistent_logins", "inquiry_pick");

    /** Flyway's own table: each side has the history of its own migration, never copied. */
    static final String HISTORY = "flyway_schema_history";

    private static final int BATCH = 50;

    private CourseTables() {
    }

    /**
     * The course tables of the database, in {@link #IN_KEY_ORDER}.
     *
     * @throws IllegalStateException naming any table that is not one of them
     */
    static List<String> of(Connection db) throws SQLException {
        Set<String> found = all(db);
        found.remove(HISTORY);
        Set<String> unknown = new TreeSet<>(found);
        IN_KEY_ORDER.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("table(s) " + unknown + " in " + db.getMetaData().getURL()
                    + " are not among the course tables " + IN_KEY_ORDER + "; a copy would leave them behind, so "
                    + "nothing is copied (add a new migration's table to CourseTables.IN_KEY_ORDER)");
        }
        return IN_KEY_ORDER.stream().filter(found::contains).toList();
    }

    /** Every table of the connection's schema, lower case, Flyway's included. */
    static Set<String> all(Connection db) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (PreparedStatement tables = db.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type = 'BASE TABLE'")) {
            tables.setString(1, db.getSchema());
            try (ResultSet rows = tables.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    /** The table's columns, lower case, in their order in the table. */
    static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement query = db.createStatement();
             ResultSet none = query.executeQuery("select * from " + table + " where 1 = 0")) {
            for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
                columns.add(none.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /** The table's identity columns (ids the database numbers), lower case. */
    static List<String> identityColumns(Connection db, String table) throws SQLException {
        List<String> identity = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = ? and lower(table_name) = ? and is_identity = 'YES'")) {
            query.setString(1, db.getSchema());
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    identity.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return identity;
    }

    /** {@code select} of all columns in primary-key order (all columns when there is no key). */
    static String selectInKeyOrder(Connection db, String table, List<String> columns) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet pk = db.getMetaData().getPrimaryKeys(null, db.getSchema(), storedName(db, table))) {
            while (pk.next()) {
                key.put(pk.getShort("KEY_SEQ"), pk.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return "select " + String.join(", ", columns) + " from " + table + " order by "
                + String.join(", ", key.isEmpty() ? columns : key.values());
    }

    /**
     * Copies every row of {@code table} from {@code from} to {@code to} in primary-key order, in
     * batches, values as the drivers read and write them (times with their offset, checkpoints
     * as bytes). Returns the number of rows.
     */
    static long copy(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = columns(from, table);
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (Statement query = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            query.setFetchSize(BATCH);
            try (ResultSet read = query.executeQuery(selectInKeyOrder(from, table, columns))) {
                while (read.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, value(read, i));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** Moves each identity column's next value past the largest id copied into {@code table}. */
    static void resetIdentities(Connection db, String table) throws SQLException {
        boolean postgres = Migrations.vendor(db.getMetaData().getURL()).equals("postgresql");
        for (String column : identityColumns(db, table)) {
            long next;
            try (Statement query = db.createStatement();
                 ResultSet max = query.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement reset = db.createStatement()) {
                reset.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)"
                        : "alter table " + table + " alter column " + column + " restart with " + next);
            }
        }
    }

    /** The table's row count and digest. */
    record Summary(long rows, String digest) {
    }

    /**
     * Counts the table's rows and digests them: the sum, modulo 2^256, of the SHA-256 of each
     * row's values written as text (null, numbers, text, bytes as hex, times as UTC instants).
     * The sum does not depend on the order the rows are read in, so two databases that sort
     * text differently still agree on equal tables, and any changed, lost or extra row changes it.
     */
    static Summary summary(Connection db, String table) throws SQLException {
        List<String> columns = columns(db, table);
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (Statement query = db.createStatement()) {
            query.setFetchSize(BATCH);
            try (ResultSet read = query.executeQuery("select " + String.join(", ", columns) + " from " + table)) {
                while (read.next()) {
                    MessageDigest row = sha256();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.update(text(read, i).getBytes(StandardCharsets.UTF_8));
                        row.update((byte) 0x1f);
                    }
                    sum = sum.add(new BigInteger(1, row.digest()));
                    rows++;
                }
            }
        }
        String hex = sum.mod(BigInteger.TWO.pow(256)).toString(16);
        return new Summary(rows, "0".repeat(64 - hex.length()) + hex);
    }

    private static String text(ResultSet read, int column) throws SQLException {
        Object value = value(read, column);
        return switch (value) {
            case null -> "\u0000null";
            case byte[] bytes -> HexFormat.of().formatHex(bytes);
            case OffsetDateTime time -> time.toInstant().toString();
            case Double number -> Double.toString(number);
            case Float number -> Double.toString(number);
            case Number number -> Long.toString(number.longValue());
            default -> value.toString();
        };
    }

    /**
     * The column's value as the driver reads it, except times: those are read as what they are
     * (an offset time for {@code TIMESTAMP WITH TIME ZONE}, a local one without), because both
     * drivers would otherwise give a {@code java.sql.Timestamp} shifted into the JVM's zone.
     */
    static @Nullable Object value(ResultSet read, int column) throws SQLException {
        ResultSetMetaData meta = read.getMetaData();
        if (meta.getColumnType(column) == Types.TIMESTAMP_WITH_TIMEZONE
                || meta.getColumnTypeName(column).equalsIgnoreCase("timestamptz")) {
            return read.getObject(column, OffsetDateTime.class);
        }
        if (meta.getColumnType(column) == Types.TIMESTAMP) {
            return read.getObject(column, LocalDateTime.class);
        }
        return read.getObject(column);
    }

    /** The name as the database stores unquoted identifiers (H2: upper case, PostgreSQL: lower). */
    private static String storedName(Connection db, String name) throws SQLException {
        return db.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
