package org.diffusioncourse.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code claim_review} table. There is deliberately no update and no delete: a review,
 * once recorded, is history.
 */
@Repository
class ReviewRepository {

    private static final String SELECT = "select r.id, r.lesson_id, r.claim_id, r.claim_hash, r.claim_text, r.claim_sources, "
            + "r.verdict, r.evidence, r.caveats, u.display_name, u.username, r.reviewed_at, r.supersedes "
            + "from claim_review r join app_user u on u.id = r.reviewer_id ";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<ClaimReview> history(String lessonId, String claimId) {
        return jdbc.sql(SELECT + "where r.lesson_id = :lesson and r.claim_id = :claim order by r.id desc")
                .param("lesson", lessonId).param("claim", claimId).query(ReviewRepository::row).list();
    }

    /** The newest review of every reviewed claim. */
    List<ClaimReview> latest() {
        return jdbc.sql(SELECT + "where r.id = (select max(l.id) from claim_review l "
                        + "where l.lesson_id = r.lesson_id and l.claim_id = r.claim_id)")
                .query(ReviewRepository::row).list();
    }

    /** Every review, oldest first, for export. */
    List<ClaimReview> all() {
        return jdbc.sql(SELECT + "order by r.id").query(ReviewRepository::row).list();
    }

    /**
     * Appends a review. The unique chain constraint refuses it (DuplicateKeyException) when
     * another review already superseded {@code supersedes}; the refused insert rolls back to a
     * savepoint taken here, so the caller can still read the review that won (on PostgreSQL a
     * transaction accepts no statement after an error until it is rolled back to a savepoint).
     */
    @Transactional(propagation = Propagation.NESTED)
    void insert(String lessonId, String claimId, String hash, String text, String sources, ReviewInput input,
                long reviewerId, Instant at, long supersedes) {
        jdbc.sql("insert into claim_review (lesson_id, claim_id, claim_hash, claim_text, claim_sources, verdict, evidence, "
                        + "caveats, reviewer_id, reviewed_at, supersedes) values (:lesson, :claim, :hash, :text, :sources, "
                        + ":verdict, :evidence, :caveats, :reviewer, :at, :supersedes)")
                .param("lesson", lessonId).param("claim", claimId).param("hash", hash).param("text", text)
                .param("sources", sources).param("verdict", input.verdict().name()).param("evidence", input.evidence())
                .param("caveats", input.caveats()).param("reviewer", reviewerId).param("at", at.atOffset(ZoneOffset.UTC))
                .param("supersedes", supersedes)
                .update();
    }

    private static ClaimReview row(ResultSet rs, int n) throws SQLException {
        return new ClaimReview(rs.getLong("id"), rs.getString("lesson_id"), rs.getString("claim_id"),
                rs.getString("claim_hash"), rs.getString("claim_text"), rs.getString("claim_sources"),
                Verdict.valueOf(rs.getString("verdict")), rs.getString("evidence"), rs.getString("caveats"),
                rs.getString("display_name"), rs.getString("username"),
                rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(), rs.getLong("supersedes"));
    }
}
