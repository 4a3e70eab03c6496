package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The content's part of readiness: an instance leaves the load balancer only when it cannot
 * serve the course at all, never for a problem in one lesson, which authors see on its page.
 */
class ContentHealthTest {

    private static Health healthOf(Path folder) {
        return new ContentHealth(new ContentService(folder.toString(), 0, new DemoCatalog())).health();
    }

    @Test
    void theRealCourseIsUpWithItsLessonCount() {
        Health health = healthOf(Path.of("content"));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((Integer) health.getDetails().get("lessons")).isGreaterThan(5);
        assertThat(health.getDetails()).containsEntry("errors", 0);
    }

    @Test
    void aBrokenLessonKeepsTheInstanceUpAndIsCountedForAdmins() {
        ContentCopy copy = ContentCopy.of(Path.of("content"));
        copy.edit("lessons/ddpm/index.md", "---", "--- broken: [");
        Health health = healthOf(copy.root());
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((Integer) health.getDetails().get("errors")).isPositive();
    }

    @Test
    void anUnreadableCourseFileTakesTheInstanceOutSayingWhy() throws IOException {
        ContentCopy copy = ContentCopy.of(Path.of("content"));
        Files.delete(copy.root().resolve("course.yml"));
        Health health = healthOf(copy.root());
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("lessons", 0);
        assertThat((String) health.getDetails().get("firstError")).contains("course.yml");
    }

    @Test
    void aMissingContentFolderIsDown() {
        assertThat(healthOf(Path.of("target", "no-such-content-folder")).getStatus()).isEqualTo(Status.DOWN);
    }
}
