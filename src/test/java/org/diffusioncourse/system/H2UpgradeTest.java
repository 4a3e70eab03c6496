package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.notes.NoteService;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An installation made before the move to H2 2.5 keeps everything: the fixture
 * {@code fixtures/h2-2.4.240/course.mv.db} was written by H2 2.4.240 (its script sits beside
 * it), and the site opens it, signs its learner in, finds their work and saves more.
 */
class H2UpgradeTest {

    @TempDir
    Path data;

    @Test
    void aDatabaseWrittenByH2240OpensWithItsAccountsNotesAndReviewsAndTakesNewWork() throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/h2-2.4.240/course.mv.db"), data.resolve("course.mv.db"));
        try (AppOnFile app = new AppOnFile(data)) {
            UserService users = app.context.getBean(UserService.class);
            var olga = users.find("olga-2-4").orElseThrow();
            assertThat(olga.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.REVIEWER);
            String hash = app.context.getBean(JdbcClient.class)
                    .sql("select password_hash from app_user where username = 'olga-2-4'").query(String.class).single();
            assertThat(app.context.getBean(PasswordEncoder.class).matches("old passphrase of olga", hash)).isTrue();

            NoteService notes = app.context.getBean(NoteService.class);
            assertThat(app.as("olga-2-4", () -> notes.find("forward-process", "claim:old-file").orElseThrow().question()))
                    .isEqualTo("written on H2 2.4");
            assertThat(app.saveNote("olga-2-4", "claim:new-file", "written on H2 2.5").version()).isZero();

            Lesson lesson = app.context.getBean(ContentService.class).course().lesson("forward-process").orElseThrow();
            ClaimReview review = app.as("olga-2-4", List.of("LEARNER", "REVIEWER"), () -> app.context
                    .getBean(ReviewService.class).record(lesson.id(), lesson.claims().getFirst(),
                            new ReviewInput(Verdict.PARTIALLY_SUPPORTED, "Ho et al. 2020, Eq. (4)", ""), 0));
            assertThat(review.reviewerName()).isEqualTo("Olga on H2 2.4");
            assertThat(app.context.getBean(JdbcClient.class).sql("select count(*) from claim_review")
                    .query(Integer.class).single()).isEqualTo(2);
        }
    }
}
