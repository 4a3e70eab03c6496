package org.diffusioncourse.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diffusioncourse.base.OwnedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code research_note} table, through plain SQL; every query is for one owner. */
@Repository
class NoteRepository extends OwnedTable<ResearchNote> {

    private static final String COLUMNS = "id, lesson_id, object_key, object_label, link, question, body, next_action, "
            + "created_at, updated_at, version";

    NoteRepository(JdbcClient jdbc) {
        super(jdbc, "research_note", COLUMNS, "object_key", NoteRepository::row);
    }

    Optional<ResearchNote> findById(long owner, long id) {
        return one(owner, "and id = :id", Map.of("id", id));
    }

    /** Newest first (by last save), then by id so equal times keep a fixed order. */
    List<ResearchNote> all(long owner) {
        return list(owner, "order by updated_at desc, id desc", Map.of());
    }

    /** How many notes {@code owner} keeps per lesson id (lessons without notes absent). */
    Map<String, Integer> countsByLesson(long owner) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc().sql("select lesson_id, count(*) as kept from research_note where user_id = :owner group by lesson_id")
                .param("owner", owner)
                .query(rs -> {
                    counts.put(rs.getString("lesson_id"), rs.getInt("kept"));
                });
        return counts;
    }

    List<ResearchNote> inLesson(long owner, String lessonId) {
        return list(owner, "and lesson_id = :lesson order by updated_at desc, id desc", Map.of("lesson", lessonId));
    }

    /**
     * Inserts the draft as a new note. A unique violation (another tab or instance inserted the
     * same object first) rolls back to a savepoint taken here, so the caller's transaction can
     * still read what won: PostgreSQL refuses every further statement of a transaction after an
     * error unless it is rolled back to a savepoint (H2 would carry on without one).
     */
    @Transactional(propagation = Propagation.NESTED)
    void insert(long owner, NoteDraft draft, Instant now) {
        jdbc().sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question, body, next_action, "
                        + "created_at, updated_at, version) values (:owner, :lesson, :key, :label, :link, :question, :body, :next, "
                        + ":now, :now, 0)")
                .param("owner", owner).param("lesson", draft.lessonId()).param("key", draft.object().key())
                .param("label", draft.object().label()).param("link", draft.object().link())
                .param("question", draft.question()).param("body", draft.body()).param("next", draft.nextAction())
                .param("now", utc(now))
                .update();
    }

    /** Updates only if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(long owner, long id, long version, NoteDraft draft, Instant now) {
        return jdbc().sql("update research_note set question = :question, body = :body, next_action = :next, "
                        + "object_label = :label, link = :link, updated_at = :now, version = version + 1 "
                        + "where user_id = :owner and id = :id and version = :version")
                .param("question", draft.question()).param("body", draft.body()).param("next", draft.nextAction())
                .param("label", draft.object().label()).param("link", draft.object().link())
                .param("now", utc(now))
                .param("owner", owner).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean delete(long owner, long id, long version) {
        return jdbc().sql("delete from research_note where user_id = :owner and id = :id and version = :version")
                .param("owner", owner).param("id", id).param("version", version).update() == 1;
    }

    private static ResearchNote row(ResultSet rs, int n) throws SQLException {
        return new ResearchNote(rs.getLong("id"), rs.getString("lesson_id"), rs.getString("object_key"),
                rs.getString("object_label"), rs.getString("link"), rs.getString("question"), rs.getString("body"),
                rs.getString("next_action"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
