package org.diffusioncourse.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code research_note} table, through plain SQL; every query is for one owner. */
@Repository
class NoteRepository {

    private static final String COLUMNS = "id, lesson_id, object_key, object_label, link, question, body, next_action, "
            + "created_at, updated_at, version";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResearchNote> find(long owner, String lessonId, String objectKey) {
        return jdbc.sql("select " + COLUMNS + " from research_note where user_id = :owner and lesson_id = :lesson and object_key = :key")
                .param("owner", owner).param("lesson", lessonId).param("key", objectKey)
                .query(NoteRepository::row).optional();
    }

    Optional<ResearchNote> findById(long owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from research_note where user_id = :owner and id = :id")
                .param("owner", owner).param("id", id).query(NoteRepository::row).optional();
    }

    /** Newest first (by last save), then by id so equal times keep a fixed order. */
    List<ResearchNote> all(long owner) {
        return jdbc.sql("select " + COLUMNS + " from research_note where user_id = :owner order by updated_at desc, id desc")
                .param("owner", owner).query(NoteRepository::row).list();
    }

    List<ResearchNote> inLesson(long owner, String lessonId) {
        return jdbc.sql("select " + COLUMNS + " from research_note where user_id = :owner and lesson_id = :lesson "
                        + "order by updated_at desc, id desc")
                .param("owner", owner).param("lesson", lessonId).query(NoteRepository::row).list();
    }

    void insert(long owner, NoteDraft draft, Instant now) {
        jdbc.sql("insert into research_note (user_id, lesson_id, object_key, object_label, link, question, body, next_action, "
                        + "created_at, updated_at, version) values (:owner, :lesson, :key, :label, :link, :question, :body, :next, "
                        + ":now, :now, 0)")
                .param("owner", owner).param("lesson", draft.lessonId()).param("key", draft.object().key())
                .param("label", draft.object().label()).param("link", draft.object().link())
                .param("question", draft.question()).param("body", draft.body()).param("next", draft.nextAction())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Updates only if the row is still at {@code version}; false when it is not (or is gone). */
    boolean update(long owner, long id, long version, NoteDraft draft, Instant now) {
        return jdbc.sql("update research_note set question = :question, body = :body, next_action = :next, "
                        + "object_label = :label, link = :link, updated_at = :now, version = version + 1 "
                        + "where user_id = :owner and id = :id and version = :version")
                .param("question", draft.question()).param("body", draft.body()).param("next", draft.nextAction())
                .param("label", draft.object().label()).param("link", draft.object().link())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("owner", owner).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean delete(long owner, long id, long version) {
        return jdbc.sql("delete from research_note where user_id = :owner and id = :id and version = :version")
                .param("owner", owner).param("id", id).param("version", version).update() == 1;
    }

    private static ResearchNote row(ResultSet rs, int n) throws SQLException {
        return new ResearchNote(rs.getLong("id"), rs.getString("lesson_id"), rs.getString("object_key"),
                rs.getString("object_label"), rs.getString("link"), rs.getString("question"), rs.getString("body"),
                rs.getString("next_action"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }
}
