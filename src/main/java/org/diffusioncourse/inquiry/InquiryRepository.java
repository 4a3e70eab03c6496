package org.diffusioncourse.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.diffusioncourse.base.OwnedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code inquiry_pick} table: at most one row per learner and lesson (its primary key); every
 * query is for one owner. A row is named within its lesson by its option, so the inherited
 * {@code find(owner, lesson, option)} answers "did they pick this one"; {@link #inLesson} reads the pick.
 */
@Repository
class InquiryRepository extends OwnedTable<InquiryPick> {

    InquiryRepository(JdbcClient jdbc) {
        super(jdbc, "inquiry_pick", "lesson_id, option_id, picked_at", "option_id", InquiryRepository::row);
    }

    Optional<InquiryPick> inLesson(long owner, String lessonId) {
        return one(owner, "and lesson_id = :lesson", Map.of("lesson", lessonId));
    }

    List<InquiryPick> all(long owner) {
        return list(owner, "order by lesson_id", Map.of());
    }

    /**
     * Stores the pick unless the lesson already has one; false when it had. A pick inserted by
     * another tab between the check and the insert makes the primary key refuse this one, which
     * the caller reads as "already picked".
     */
    boolean insertFirst(long owner, String lessonId, String optionId, Instant now) {
        return jdbc().sql("insert into inquiry_pick (user_id, lesson_id, option_id, picked_at) "
                        + "select :owner, :lesson, :option, :now where not exists "
                        + "(select 1 from inquiry_pick where user_id = :owner and lesson_id = :lesson)")
                .param("owner", owner).param("lesson", lessonId).param("option", optionId).param("now", utc(now))
                .update() == 1;
    }

    /** Replaces a pick whose option the lesson no longer has; false when the row no longer holds {@code stale}. */
    boolean replaceStale(long owner, String lessonId, String stale, String optionId, Instant now) {
        return jdbc().sql("update inquiry_pick set option_id = :option, picked_at = :now "
                        + "where user_id = :owner and lesson_id = :lesson and option_id = :stale")
                .param("option", optionId).param("now", utc(now)).param("owner", owner)
                .param("lesson", lessonId).param("stale", stale).update() == 1;
    }

    private static InquiryPick row(ResultSet rs, int n) throws SQLException {
        return new InquiryPick(rs.getString("lesson_id"), rs.getString("option_id"),
                Objects.requireNonNull(instant(rs, "picked_at"), "picked_at is NOT NULL"));
    }
}
