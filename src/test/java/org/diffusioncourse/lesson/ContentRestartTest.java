package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.diffusioncourse.Application;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole site, started as a user starts it, on a content folder that gets a file the loader
 * cannot read: the running site shows it by live reload, and a restart on it still starts.
 */
class ContentRestartTest {

    private static final String LESSON = "lessons/forward-process/index.md";
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(30);

    private final ContentCopy content = ContentCopy.of(Path.of("content"));

    @TempDir
    Path data;

    @Test
    void aFileTheLoaderCannotReadIsShownByLiveReloadAndTheSiteRestartsWithIt() throws InterruptedException {
        try (ConfigurableApplicationContext site = start()) {
            ContentService service = site.getBean(ContentService.class);
            assertThat(service.course().problems()).isEmpty();
            // Nested a hundred thousand quotes deep: commonmark's tree walks run out of stack.
            content.edit(LESSON, "## Math\n", ">".repeat(100_000) + " deep\n\n## Math\n");
            Instant deadline = Instant.now().plus(RELOAD_WAIT);
            while (service.course().problems().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertShowsTheProblemAndServesTheRest(service.course());
        }
        try (ConfigurableApplicationContext site = start()) {
            assertShowsTheProblemAndServesTheRest(site.getBean(ContentService.class).course());
        }
    }

    private static void assertShowsTheProblemAndServesTheRest(Course course) {
        assertThat(course.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/" + LESSON);
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("nests too deeply");
        });
        // Every lesson is served, the broken one as a preview of what could be read (its header).
        assertThat(course.lessons()).hasSize(14);
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, as a user would pass them (see AppOnFile).
        return new SpringApplicationBuilder(Application.class).run(
                "--course.data-dir=" + data.toAbsolutePath(),
                "--course.content-dir=" + content.root().toAbsolutePath(),
                "--course.content-poll-ms=100",
                "--course.admin-password=admin passphrase for restart tests",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }
}
