package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.PracticeAttempt;
import org.diffusioncourse.practice.PracticeService;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.Role;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every save still works after the connection pool has replaced the connections that created
 * the schema. With H2 2.4.240 a CHECK (col IN (...)) constraint stayed tied to the connection
 * that ran the migration, so once the pool retired it (30 minutes by default) sign-up, role
 * changes and reviews failed until a restart. Here the pool's lifetime is 30 s, the shortest
 * Hikari allows, and the test waits past it.
 */
class PoolLifetimeTest {

    private static final Duration LIFETIME = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void signUpRolesReviewsNotesAndPredictionsAllWorkAfterThePoolHasReplacedItsConnections() throws Exception {
        try (AppOnFile app = new AppOnFile(data, "--spring.datasource.hikari.max-lifetime=" + LIFETIME.toMillis())) {
            HikariDataSource pool = app.context.getBean(HikariDataSource.class);
            assertThat(pool.getMaxLifetime()).isEqualTo(LIFETIME.toMillis());
            // Hikari retires a connection up to 2.5 % before its lifetime; wait a little past it.
            Thread.sleep(LIFETIME.plusSeconds(3).toMillis());

            UserService users = app.context.getBean(UserService.class);
            Account learner = users.signUp(new SignUpForm("late-lena", "Lena", AppOnFile.PASSWORD, AppOnFile.PASSWORD));
            assertThat(learner.roles()).containsExactly(Role.LEARNER);

            Account reviewer = app.as("admin", List.of("LEARNER", "ADMIN"), () -> users.grantRole(learner, Role.REVIEWER));
            assertThat(reviewer.roles()).contains(Role.REVIEWER);

            Lesson lesson = app.context.getBean(ContentService.class).course().lesson("forward-process").orElseThrow();
            ClaimReview review = app.as("late-lena", List.of("LEARNER", "REVIEWER"), () -> app.context
                    .getBean(ReviewService.class).record(lesson.id(), lesson.claims().getFirst(),
                            new ReviewInput(Verdict.SUPPORTED, "Ho et al. 2020, Eq. (4)", ""), 0));
            assertThat(review.verdict()).isEqualTo(Verdict.SUPPORTED);

            assertThat(app.saveNote("late-lena", "claim:late", "saved after the pool turned over").question())
                    .isEqualTo("saved after the pool turned over");

            Lesson.PracticeItem item = lesson.practice().getFirst();
            String guess = item.choices().isEmpty() ? "500" : item.choices().getFirst();
            PracticeAttempt attempt = app.as("late-lena",
                    () -> app.context.getBean(PracticeService.class).commit(lesson, item, guess));
            assertThat(attempt.prediction()).isEqualTo(guess);
        }
    }
}
