package org.diffusioncourse.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code learner_progress} table: one row per account, through plain SQL. */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores where {@code owner} is now. Update first, insert when there was no row: portable
     * between H2 and PostgreSQL (no MERGE or ON CONFLICT), and the writer is the only one
     * writing a learner's row, so the insert can only race with another server's. It runs
     * outside a transaction (the writer's thread has none): each statement commits on its own,
     * so on PostgreSQL the update after a refused insert still runs.
     */
    void save(long owner, String lessonId, String demoQuery, Instant at) {
        if (update(owner, lessonId, demoQuery, at) == 1) {
            return;
        }
        try {
            jdbc.sql("insert into learner_progress (user_id, lesson_id, demo_query, touched_at) "
                            + "select :owner, :lesson, :query, :at where exists (select 1 from app_user where id = :owner)")
                    .param("owner", owner).param("lesson", lessonId).param("query", demoQuery).param("at", utc(at)).update();
        } catch (DuplicateKeyException raced) {
            update(owner, lessonId, demoQuery, at);
        }
    }

    private int update(long owner, String lessonId, String demoQuery, Instant at) {
        return jdbc.sql("update learner_progress set lesson_id = :lesson, demo_query = :query, touched_at = :at "
                        + "where user_id = :owner")
                .param("owner", owner).param("lesson", lessonId).param("query", demoQuery).param("at", utc(at)).update();
    }

    Optional<LastTouched> find(long owner) {
        return jdbc.sql("select lesson_id, demo_query, touched_at from learner_progress where user_id = :owner")
                .param("owner", owner)
                .query((rs, n) -> new LastTouched(rs.getString("lesson_id"), rs.getString("demo_query"),
                        rs.getObject("touched_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
