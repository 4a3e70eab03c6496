package org.diffusioncourse.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of learners' rows: each row belongs to one learner ({@code user_id}) and one lesson
 * ({@code lesson_id}) and is named there by a key column, and every query is for one owner. The
 * reads are here; a subclass adds its statements with {@link #jdbc()}. Times are stored as UTC
 * offsets and read back as instants.
 *
 * @param <T> the row's record
 */
public abstract class OwnedTable<T> {

    private final JdbcClient jdbc;
    private final String select;
    private final String keyColumn;
    private final RowMapper<T> row;

    /**
     * @param table     the table, e.g. {@code practice_attempt}
     * @param columns   the columns {@code row} reads, comma-separated
     * @param keyColumn the column naming a row within its lesson, e.g. {@code item_id}
     */
    protected OwnedTable(JdbcClient jdbc, String table, String columns, String keyColumn, RowMapper<T> row) {
        this.jdbc = jdbc;
        this.select = "select " + columns + " from " + table + " where user_id = :owner ";
        this.keyColumn = keyColumn;
        this.row = row;
    }

    /** The client for the subclass's own statements. */
    protected final JdbcClient jdbc() {
        return jdbc;
    }

    /** {@code owner}'s row named {@code key} in {@code lessonId}, if any (not final: Spring proxies repositories). */
    public Optional<T> find(long owner, String lessonId, String key) {
        return one(owner, "and lesson_id = :lesson and " + keyColumn + " = :key", Map.of("lesson", lessonId, "key", key));
    }

    /** {@code owner}'s row that matches {@code condition} (SQL after {@code where user_id = :owner}) with {@code params}. */
    protected final Optional<T> one(long owner, String condition, Map<String, ?> params) {
        return statement(owner, condition, params).query(row).optional();
    }

    /** {@code owner}'s rows that match {@code condition} (SQL after {@code where user_id = :owner}) with {@code params}. */
    protected final List<T> list(long owner, String condition, Map<String, ?> params) {
        return statement(owner, condition, params).query(row).list();
    }

    private JdbcClient.StatementSpec statement(long owner, String condition, Map<String, ?> params) {
        return jdbc.sql(select + condition).param("owner", owner).params(params);
    }

    /** {@code instant} as the UTC offset the tables store. */
    protected static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or null when the column is null. */
    protected static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
