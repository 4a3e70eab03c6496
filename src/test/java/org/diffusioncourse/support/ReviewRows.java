package org.diffusioncourse.support;

import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.review.ClaimHash;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review rows written straight into {@code claim_review}, for tests that need a known mix of
 * states without signing a reviewer in: the same columns the service writes.
 */
public final class ReviewRows {

    /** The wording of eps-is-scaled-score that the fixture's stale review judged. */
    public static final String EARLIER_EPS_TEXT_FROM = "equals";
    public static final String EARLIER_EPS_TEXT_TO = "is";

    private ReviewRows() {
    }

    /** A review of {@code claim} as it reads in {@code judged}, with the given verdict, by an existing account. */
    public static void insert(JdbcClient jdbc, String reviewer, String lessonId, Lesson.Claim judged, String verdict) {
        jdbc.sql("insert into claim_review (lesson_id, claim_id, claim_hash, claim_text, claim_sources, verdict, evidence, "
                        + "caveats, reviewer_id, reviewed_at, supersedes) select :lesson, :claim, :hash, :text, :sources, "
                        + ":verdict, 'Fixture, Sec. 1', '', id, current_timestamp, 0 from app_user where username = :reviewer")
                .param("lesson", lessonId).param("claim", judged.id()).param("hash", ClaimHash.of(judged))
                .param("text", judged.text()).param("sources", String.join(", ", judged.sources()))
                .param("verdict", verdict).param("reviewer", reviewer).update();
    }

    /**
     * The forward-process fixture: 2 supported, 1 partially supported, 1 not supported,
     * 1 needing more evidence, 1 stale (eps-is-scaled-score, reviewed as supported when it said
     * "is" for "equals" and did not cite vincent-2011) and 1 never reviewed (proxy-threshold).
     */
    public static void forwardProcess(JdbcClient jdbc, Lesson lesson, String reviewer) {
        clear(jdbc);
        insert(jdbc, reviewer, lesson.id(), claim(lesson, "markov-gaussian-steps"), "SUPPORTED");
        insert(jdbc, reviewer, lesson.id(), claim(lesson, "closed-form-marginal"), "SUPPORTED");
        insert(jdbc, reviewer, lesson.id(), claim(lesson, "linear-schedule"), "PARTIALLY_SUPPORTED");
        insert(jdbc, reviewer, lesson.id(), claim(lesson, "cosine-schedule"), "NOT_SUPPORTED");
        insert(jdbc, reviewer, lesson.id(), claim(lesson, "variance-preserving"), "NEEDS_MORE_EVIDENCE");
        Lesson.Claim now = claim(lesson, "eps-is-scaled-score");
        Lesson.Claim earlier = new Lesson.Claim(now.id(), now.text().replace(EARLIER_EPS_TEXT_FROM, EARLIER_EPS_TEXT_TO),
                List.of("song-2021-score-sde", "ho-2020-ddpm"), now.scope());
        insert(jdbc, reviewer, lesson.id(), earlier, "SUPPORTED");
    }

    /** A reviewer account {@code reviewer} and the forward-process fixture in its name: the set-up of the review tools' tests. */
    public static void forwardProcessBy(UserService users, JdbcClient jdbc, ContentService content, String reviewer) {
        Accounts.ensure(users, jdbc, reviewer, Role.REVIEWER);
        forwardProcess(jdbc, content.course().lesson("forward-process").orElseThrow(), reviewer);
    }

    /** Removes every review: other tests in the same Spring context read badges. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from claim_review").update();
    }

    public static Lesson.Claim claim(Lesson lesson, String id) {
        return lesson.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
