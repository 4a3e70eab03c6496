package org.diffusioncourse.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which folder the course is served from: the configured one, else {@code ./content}, else the
 * course bundled on the class path, extracted afresh under the data folder.
 */
class BundledContentTest {

    private final PathMatchingResourcePatternResolver classPath = new PathMatchingResourcePatternResolver();

    @Test
    void aConfiguredFolderWinsEvenWhenTheWorkingDirectoryHasContent(@TempDir Path work) throws IOException {
        Files.createDirectories(work.resolve("content"));
        BundledContent.Choice choice = BundledContent.choose("my-course", work, work.resolve("data"), classPath);
        assertThat(choice.folder()).isEqualTo(work.resolve("my-course"));
        assertThat(choice.reason()).contains("COURSE_CONTENT_DIR");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void unsetOrBlankItIsTheContentFolderOfTheWorkingDirectoryWhenThereIsOne(@TempDir Path work) throws IOException {
        Files.createDirectories(work.resolve("content"));
        for (String unset : new String[] {null, "", "  "}) {
            BundledContent.Choice choice = BundledContent.choose(unset, work, work.resolve("data"), classPath);
            assertThat(choice.folder()).isEqualTo(work.resolve("content"));
        }
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void fromAnEmptyFolderTheBundledCourseIsExtractedUnderTheDataFolderAndRefreshedOnEachStart(@TempDir Path work)
            throws IOException {
        Path data = work.resolve("data");
        BundledContent.Choice first = BundledContent.choose(null, work, data, classPath);
        Path extracted = data.resolve(BundledContent.EXTRACTED);
        assertThat(first.folder()).isEqualTo(extracted);
        assertThat(first.reason()).contains("bundled").contains("COURSE_CONTENT_DIR");
        assertThat(extracted.resolve("course.yml")).hasSameTextualContentAs(Path.of("content", "course.yml"));
        assertThat(extracted.resolve("lessons/ddpm/index.md"))
                .hasSameTextualContentAs(Path.of("content", "lessons", "ddpm", "index.md"));

        Files.writeString(extracted.resolve("course.yml"), "edited in place");
        Files.writeString(extracted.resolve("stray.md"), "left over");
        BundledContent.choose(null, work, data, classPath);
        assertThat(extracted.resolve("course.yml")).hasSameTextualContentAs(Path.of("content", "course.yml"));
        assertThat(extracted.resolve("stray.md")).doesNotExist();
        try (var left = Files.list(data)) {
            assertThat(left).as("no half-made copies left beside it").containsExactly(extracted);
        }
    }
}
