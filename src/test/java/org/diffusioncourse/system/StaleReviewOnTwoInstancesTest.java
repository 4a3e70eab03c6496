package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one database and one content folder, as behind a proxy: a review recorded on
 * one is current on both, and once an author changes the claim's text in the shared folder, each
 * instance picks the edit up by polling and shows the review as stale.
 */
class StaleReviewOnTwoInstancesTest {

    private static final String SHARED_DATABASE = "--spring.datasource.url=jdbc:h2:mem:course-stale-review;DB_CLOSE_DELAY=-1";
    private static final String LESSON = "forward-process";
    private static final String CLAIM = "markov-gaussian-steps";

    @TempDir
    static Path data;
    @TempDir
    static Path content;
    static AppOnFile a;
    static AppOnFile b;

    @BeforeAll
    static void start() throws IOException {
        copy(Path.of("content"), content);
        String[] arguments = {SHARED_DATABASE, "--course.content-dir=" + content.toAbsolutePath(),
                "--course.content-poll-ms=200"};
        a = new AppOnFile(data, arguments);
        b = new AppOnFile(data, arguments);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aReviewMadeOnOneInstanceTurnsStaleOnBothWhenTheSharedClaimChanges() throws Exception {
        Lesson.Claim claim = claim(a);
        a.as("stale-reviewer", List.of("LEARNER", "REVIEWER"), () -> reviews(a).record(LESSON, claim,
                new ReviewInput(Verdict.SUPPORTED, "Eq. (2)", ""), 0));
        assertThat(stale(a)).as("current on the instance that recorded it").isFalse();
        assertThat(stale(b)).as("current on the other instance").isFalse();

        Path file = content.resolve("lessons").resolve(LESSON).resolve("index.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(claim.text());
        Files.writeString(file, text.replace(claim.text(), claim.text().replace("fixed (not learned)", "fixed, not learned,")),
                StandardCharsets.UTF_8);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((!stale(a) || !stale(b)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stale(a)).as("stale on the instance that recorded it, after the edit").isTrue();
        assertThat(stale(b)).as("stale on the other instance, after the edit").isTrue();
        assertThat(claim(b).text()).contains("fixed, not learned,");
    }

    private static boolean stale(AppOnFile app) {
        Lesson lesson = app.context.getBean(ContentService.class).course().lesson(LESSON).orElseThrow();
        return reviews(app).statuses(lesson).get(CLAIM).stale();
    }

    private static Lesson.Claim claim(AppOnFile app) {
        return app.context.getBean(ContentService.class).course().lesson(LESSON).orElseThrow().claims().stream()
                .filter(c -> c.id().equals(CLAIM)).findFirst().orElseThrow();
    }

    private static ReviewService reviews(AppOnFile app) {
        return app.context.getBean(ReviewService.class);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
