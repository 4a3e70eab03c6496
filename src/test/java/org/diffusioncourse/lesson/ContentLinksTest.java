package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Symbolic links in the content folder, made for real in a scratch copy of the good fixture:
 * followed while they stay inside the folder, refused when they lead out of it, and a refusal
 * shows nothing of what lies outside (problems are public).
 */
class ContentLinksTest {

    private static final String LESSON = "content/lessons/first-steps/index.md";
    private static final String OUTSIDE = "leads outside the content folder through a symbolic link, so it is not read;"
            + " only files inside the content folder are";

    private final CourseLoader loader = new CourseLoader(new DemoCatalog());
    private Path content;
    private Path outside;

    @BeforeEach
    void copyGoodFixtureNextToAFolderOutsideIt() throws URISyntaxException, IOException {
        Path fixture = Path.of(getClass().getResource("/fixtures/course-good/course.yml").toURI()).getParent();
        content = ContentCopy.of(fixture).root().toAbsolutePath();
        outside = Files.createDirectories(content.resolveSibling("outside"));
    }

    @Test
    void aLessonFolderThatLeadsOutsideIsNotServed() throws IOException {
        moveOutAndLink("lessons/first-steps");
        Course course = loader.load(content);
        assertThat(course.lesson("first-steps")).isEmpty();
        assertThat(course.problems()).containsExactly(new ContentProblem(LESSON, 0, "the folder of this file " + OUTSIDE));
    }

    @Test
    void aLessonFileThatLeadsOutsideIsNotServedAndNothingOfItIsShown() throws IOException {
        Path index = content.resolve("lessons/first-steps/index.md");
        String secret = Files.readString(index, StandardCharsets.UTF_8)
                .replace("title: First steps", "title: Private draft\nprivate-key-name: x");
        Files.writeString(outside.resolve("private.md"), secret, StandardCharsets.UTF_8);
        Files.delete(index);
        Files.createSymbolicLink(index, outside.resolve("private.md"));
        Course course = loader.load(content);
        assertThat(course.lesson("first-steps")).isEmpty();
        assertThat(course.problems()).containsExactly(new ContentProblem(LESSON, 0, "this file " + OUTSIDE));
        assertShowsNothingOf(course, "Private draft", "private-key-name", outside.toString());
    }

    @Test
    void aYamlFileThatLeadsOutsideIsNotReadAndItsKeysAreNotShown() throws IOException {
        Path secrets = Files.writeString(outside.resolve("secrets.yml"),
                "database_password: hunter2\naws_secret_access_key: abc\n", StandardCharsets.UTF_8);
        for (String file : List.of("sources.yml", "course.yml")) {
            Files.delete(content.resolve(file));
            Files.createSymbolicLink(content.resolve(file), secrets);
        }
        Course course = loader.load(content);
        assertThat(course.problems()).contains(new ContentProblem("content/sources.yml", 0, "this file " + OUTSIDE),
                new ContentProblem("content/course.yml", 0, "this file " + OUTSIDE));
        assertShowsNothingOf(course, "database_password", "hunter2", "aws_secret_access_key", outside.toString());
    }

    @Test
    void theLessonsFolderThatLeadsOutsideIsNotRead() throws IOException {
        moveOutAndLink("lessons");
        Course course = loader.load(content);
        assertThat(course.lessons()).isEmpty();
        assertThat(course.problems()).contains(new ContentProblem("content/lessons", 0, "this folder " + OUTSIDE));
        assertShowsNothingOf(course, outside.toString());
    }

    @Test
    void linksThatStayInsideTheContentFolderAreFollowed() throws IOException {
        Path index = content.resolve("lessons/first-steps/index.md");
        Path drafts = Files.createDirectories(content.resolve("drafts"));
        Files.move(index, drafts.resolve("first-steps.md"));
        Files.createSymbolicLink(index, Path.of("../../drafts/first-steps.md"));
        Path alias = Files.createSymbolicLink(content.resolveSibling("content-link"), content);
        for (Path folder : List.of(content, alias)) {
            Course course = loader.load(folder);
            assertThat(course.problems()).as("loaded through " + folder.getFileName()).isEmpty();
            assertThat(course.lesson("first-steps")).as("loaded through " + folder.getFileName()).isPresent();
        }
    }

    @Test
    void aLinkThatLoopsIsAProblemThatNamesNoPath() throws IOException {
        Path index = content.resolve("lessons/first-steps/index.md");
        Files.delete(index);
        Files.createSymbolicLink(index, index);
        Course course = loader.load(content);
        assertThat(course.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(LESSON);
            assertThat(p.message()).startsWith("cannot read the file: ");
        });
        assertShowsNothingOf(course, content.toAbsolutePath().toString(), content.toRealPath().toString());
    }

    /** Moves a file or folder of the content folder outside it and leaves a link to it in its place. */
    private void moveOutAndLink(String relative) throws IOException {
        Path inside = content.resolve(relative);
        Path moved = outside.resolve(inside.getFileName());
        Files.move(inside, moved);
        Files.createSymbolicLink(inside, moved);
    }

    private static void assertShowsNothingOf(Course course, String... secrets) {
        for (ContentProblem problem : course.problems()) {
            assertThat(problem.toString()).doesNotContain(secrets);
        }
    }
}
