package org.diffusioncourse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.diffusioncourse.support.Accounts;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Claim reviews against the real schema: who may record, the badge, staleness and conflicts. */
@CourseTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ContentService content;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewRepository rows;
    @Autowired
    PlatformTransactionManager transactions;

    private Lesson lesson;

    @BeforeEach
    void accountsAndNoReviews() {
        Accounts.ensure(users, jdbc, "review-rita", Role.REVIEWER);
        Accounts.ensure(users, jdbc, "review-sam", Role.REVIEWER);
        jdbc.sql("delete from claim_review").update();
        lesson = content.course().lesson("forward-process").orElseThrow();
    }

    private Lesson.Claim claim(String id) {
        return lesson.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static ReviewInput supported(String caveats) {
        return new ReviewInput(Verdict.SUPPORTED, "Ho et al. 2020, Section 2, Eq. (4)", caveats);
    }

    @Test
    @WithMockUser(username = "review-rita", roles = {"LEARNER", "REVIEWER"})
    void aRecordedReviewSetsTheBadgeAndLeavesTheQueue() {
        assertThat(reviews.statuses(lesson).get("closed-form-marginal").badge()).isEqualTo("Needs review");
        assertThat(reviews.queue(content.course())).extracting(s -> s.claim().id()).contains("closed-form-marginal");

        ClaimReview saved = reviews.record(lesson.id(), claim("closed-form-marginal"), supported("Conditional on x_0 only."), 0);

        ClaimStatus status = reviews.statuses(lesson).get("closed-form-marginal");
        assertThat(status.badge()).isEqualTo("Supported, reviewed by Name of review-rita on " + saved.day());
        assertThat(status.needsReview()).isFalse();
        assertThat(reviews.queue(content.course())).extracting(s -> s.claim().id()).doesNotContain("closed-form-marginal");
    }

    /**
     * Two reviewers on two instances supersede the same review at once: the loser's insert is
     * refused by the chain constraint, and its transaction must still read the review that won
     * (on PostgreSQL only after the rollback to the savepoint ReviewRepository.insert takes).
     */
    @Test
    void aRefusedSecondSupersedingReviewLeavesTheTransactionAbleToReadTheOneThatWon() {
        long rita = users.find("review-rita").orElseThrow().id();
        long sam = users.find("review-sam").orElseThrow().id();
        Lesson.Claim claim = claim("linear-schedule");
        rows.insert(lesson.id(), claim.id(), ClaimHash.of(claim), claim.text(), "", supported("first"), rita, Instant.now(), 0);
        String read = new TransactionTemplate(transactions).execute(status -> {
            assertThatThrownBy(() -> rows.insert(lesson.id(), claim.id(), ClaimHash.of(claim), claim.text(), "",
                    supported("raced"), sam, Instant.now(), 0)).isInstanceOf(DuplicateKeyException.class);
            return rows.history(lesson.id(), claim.id()).getFirst().caveats();
        });
        assertThat(read).isEqualTo("first");
    }

    @Test
    @WithMockUser(username = "review-rita", roles = {"LEARNER", "REVIEWER"})
    void reviewsAreHistoryAndTheNewestOneCounts() {
        ClaimReview first = reviews.record(lesson.id(), claim("linear-schedule"),
                new ReviewInput(Verdict.NEEDS_MORE_EVIDENCE, "Ho et al. 2020, Appendix B", "Check the ᾱ_T value."), 0);
        assertThat(reviews.statuses(lesson).get("linear-schedule").needsReview()).as("needs more evidence stays queued").isTrue();
        ClaimReview second = reviews.record(lesson.id(), claim("linear-schedule"), supported(""), first.id());
        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(reviews.history(lesson.id(), "linear-schedule")).extracting(ClaimReview::verdict)
                .containsExactly(Verdict.SUPPORTED, Verdict.NEEDS_MORE_EVIDENCE);
        assertThat(reviews.statuses(lesson).get("linear-schedule").badge()).startsWith("Supported, reviewed by");
    }

    @Test
    @WithMockUser(username = "review-rita", roles = {"LEARNER", "REVIEWER"})
    void changingAClaimsTextOrSourcesMakesItsReviewStale() {
        Lesson.Claim original = claim("cosine-schedule");
        reviews.record(lesson.id(), original, supported(""), 0);

        Lesson.Claim reflowed = new Lesson.Claim(original.id(), original.text().replace(" ", "  "),
                original.sources().reversed(), original.scope() + " (scope edits do not matter)");
        Lesson.Claim reworded = new Lesson.Claim(original.id(), original.text().replace("0.008", "0.01"),
                original.sources(), original.scope());
        Lesson.Claim recited = new Lesson.Claim(original.id(), original.text(), List.of("ho-2020-ddpm"), original.scope());
        assertThat(ClaimHash.of(reflowed)).isEqualTo(ClaimHash.of(original));
        assertThat(ClaimHash.of(reworded)).isNotEqualTo(ClaimHash.of(original));
        assertThat(ClaimHash.of(recited)).isNotEqualTo(ClaimHash.of(original));

        Lesson edited = withClaim(reworded);
        ClaimStatus status = reviews.statuses(edited).get("cosine-schedule");
        assertThat(status.stale()).isTrue();
        assertThat(status.badge()).isEqualTo("Needs review");
        assertThat(status.reason()).startsWith("Changed since Name of review-rita reviewed it on");
        // A new review of the new wording supersedes the stale one.
        reviews.record(lesson.id(), reworded, supported(""), status.head());
        assertThat(reviews.statuses(edited).get("cosine-schedule").badge()).startsWith("Supported");
        assertThat(reviews.statuses(lesson).get("cosine-schedule").stale()).as("the old wording is stale now").isTrue();
    }

    private Lesson withClaim(Lesson.Claim replacement) {
        List<Lesson.Claim> claims = lesson.claims().stream().map(c -> c.id().equals(replacement.id()) ? replacement : c).toList();
        return new Lesson(lesson.id(), lesson.title(), lesson.summary(), lesson.prerequisites(), lesson.notation(),
                lesson.sources(), claims, lesson.practice(), lesson.research(), lesson.misconceptions(), lesson.inquiry(), lesson.sections(),
                lesson.file());
    }

    @Test
    @WithMockUser(username = "review-sam", roles = {"LEARNER", "REVIEWER"})
    void aSecondReviewerWorkingFromAStalePageIsToldWhatChangedAndNothingIsLost() {
        jdbc.sql("insert into claim_review (lesson_id, claim_id, claim_hash, claim_text, claim_sources, verdict, evidence, "
                        + "caveats, reviewer_id, reviewed_at, supersedes) select 'forward-process', 'variance-preserving', :hash, "
                        + "'t', 's', 'PARTIALLY_SUPPORTED', 'Song et al. 2021, Sec. 3.4', 'VP only', id, current_timestamp, 0 "
                        + "from app_user where username = 'review-rita'")
                .param("hash", ClaimHash.of(claim("variance-preserving"))).update();
        // Sam opened the claim before Rita's review existed (seen head 0).
        assertThatThrownBy(() -> reviews.record(lesson.id(), claim("variance-preserving"), supported(""), 0))
                .isInstanceOfSatisfying(ReviewConflict.class, conflict -> {
                    assertThat(conflict.newer().verdict()).isEqualTo(Verdict.PARTIALLY_SUPPORTED);
                    assertThat(conflict.getMessage()).startsWith("Name of review-rita recorded “Partially supported”");
                });
        assertThat(reviews.history(lesson.id(), "variance-preserving")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "review-rita", roles = {"LEARNER", "REVIEWER"})
    void aReviewNeedsAVerdictAndAnEvidenceLocator() {
        assertThatThrownBy(() -> reviews.record(lesson.id(), claim("proxy-threshold"), new ReviewInput(null, " ", ""), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose a verdict. Give an evidence locator: the section, equation or page of the source you checked.");
        assertThat(reviews.history(lesson.id(), "proxy-threshold")).isEmpty();
    }

    @Test
    @WithMockUser(username = "review-learner", roles = "LEARNER")
    void aLearnerCannotRecordReadTheQueueOrExport() {
        assertThatThrownBy(() -> reviews.record(lesson.id(), claim("proxy-threshold"), supported(""), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.queue(content.course())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.export()).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.statuses(lesson)).as("badges are public").isNotEmpty();
    }

    @Test
    @WithMockUser(username = "review-author", roles = {"LEARNER", "AUTHOR"})
    void anAuthorReadsHistoryAndExportsButCannotRecord() {
        assertThatThrownBy(() -> reviews.record(lesson.id(), claim("proxy-threshold"), supported(""), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.history(lesson.id(), "proxy-threshold")).isEmpty();
        assertThat(reviews.export()).isEmpty();
    }

    @Test
    @WithMockUser(username = "review-rita", roles = {"LEARNER", "REVIEWER"})
    void theExportsCarryEveryReviewAndDefuseSpreadsheetFormulas() {
        reviews.record(lesson.id(), claim("markov-gaussian-steps"),
                new ReviewInput(Verdict.SUPPORTED, "=HYPERLINK(\"http://evil\")", "says \"fixed\", not learned\nsecond line"), 0);
        List<ClaimReview> all = reviews.export();
        String csv = ReviewExport.csv(all);
        assertThat(csv).startsWith(String.join(",", ReviewExport.COLUMNS) + "\r\n")
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .contains("\"says \"\"fixed\"\", not learned\nsecond line\"");
        JsonNode json = JsonMapper.builder().build().readTree(ReviewExport.json(all, JsonMapper.builder().build()));
        assertThat(json.get("reviews")).hasSize(1);
        assertThat(json.get("reviews").get(0).get("evidence").asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(json.get("reviews").get(0).get("verdict").asString()).isEqualTo("SUPPORTED");
    }
}
