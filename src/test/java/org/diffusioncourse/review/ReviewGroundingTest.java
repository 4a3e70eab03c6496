package org.diffusioncourse.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.diffusioncourse.support.ReviewRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The counts behind the dashboard and the course home, against a fixture of every state. */
@CourseTest
class ReviewGroundingTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private Lesson lesson;

    @BeforeEach
    void fixture() {
        Accounts.ensure(users, jdbc, "grounding-gus", Role.REVIEWER);
        lesson = content.course().lesson("forward-process").orElseThrow();
        ReviewRows.forwardProcess(jdbc, lesson, "grounding-gus");
    }

    /** Other tests in this context read badges; leave them no reviews. */
    @AfterEach
    void noReviewsLeft() {
        jdbc.sql("delete from claim_review").update();
    }

    @Test
    void eachClaimCountsOnceInItsStateAndAChangedClaimCountsAsStaleWhateverItsVerdict() {
        LessonGrounding forward = reviews.grounding(content.course()).stream()
                .filter(g -> g.lessonId().equals("forward-process")).findFirst().orElseThrow();
        assertThat(forward.count(ReviewState.SUPPORTED)).isEqualTo(2);
        assertThat(forward.count(ReviewState.PARTIALLY_SUPPORTED)).isEqualTo(1);
        assertThat(forward.count(ReviewState.NOT_SUPPORTED)).isEqualTo(1);
        assertThat(forward.count(ReviewState.NEEDS_MORE_EVIDENCE)).isEqualTo(1);
        assertThat(forward.count(ReviewState.STALE)).isEqualTo(1);
        assertThat(forward.count(ReviewState.NEVER_REVIEWED)).isEqualTo(1);
        assertThat(forward.total()).isEqualTo(lesson.claims().size()).isEqualTo(7);
        assertThat(forward.summary()).isEqualTo("7 claims: 2 supported, 1 partially supported, 1 not supported, "
                + "1 needing more evidence, 1 stale, 1 not reviewed");
    }

    @Test
    void everyOtherLessonIsWhollyUnreviewedAndTheTotalsAddUp() {
        List<LessonGrounding> all = reviews.grounding(content.course());
        assertThat(all).extracting(LessonGrounding::lessonId).containsExactlyElementsOf(
                content.course().lessons().stream().map(Lesson::id).toList());
        all.stream().filter(g -> !g.lessonId().equals("forward-process"))
                .forEach(g -> assertThat(g.count(ReviewState.NEVER_REVIEWED)).as(g.lessonId()).isEqualTo(g.total()));
        LessonGrounding total = LessonGrounding.sum("All lessons", all);
        int claims = content.course().lessons().stream().mapToInt(l -> l.claims().size()).sum();
        assertThat(total.total()).isEqualTo(claims);
        assertThat(total.count(ReviewState.STALE)).isEqualTo(1);
        assertThat(total.count(ReviewState.NEVER_REVIEWED)).isEqualTo(claims - 6);
    }

    @Test
    void aLessonWithOneClaimSaysClaimAndOneWithNoneSaysSo() {
        assertThat(new LessonGrounding("x", "X", java.util.Map.of(ReviewState.STALE, 1)).summary()).isEqualTo("1 claim: 1 stale");
        assertThat(new LessonGrounding("x", "X", java.util.Map.of()).summary()).isEqualTo("No claims to check");
    }

    @Test
    @WithMockUser(username = "grounding-gus", roles = {"LEARNER", "REVIEWER"})
    void eachReviewStoresTheClaimTextAndSourceIdsItJudged() {
        jdbc.sql("delete from claim_review").update();
        Lesson.Claim claim = ReviewRows.claim(lesson, "eps-is-scaled-score");
        ClaimReview saved = reviews.record(lesson.id(), claim, new ReviewInput(Verdict.SUPPORTED, "Vincent 2011, Sec. 4", ""), 0);
        var row = jdbc.sql("select claim_text, claim_sources from claim_review where id = :id").param("id", saved.id())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(row).containsExactly(claim.text(), "song-2021-score-sde, vincent-2011, ho-2020-ddpm");
        assertThat(saved.sourceIds()).containsExactly("song-2021-score-sde", "vincent-2011", "ho-2020-ddpm");
        assertThat(saved.claimText()).isEqualTo(claim.text());
    }
}
