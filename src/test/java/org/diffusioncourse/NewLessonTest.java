package org.diffusioncourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.lesson.ContentProblem;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseLoader;
import org.diffusioncourse.lesson.Directive;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.SectionKind;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authors' scaffold on a copy of the real content: a new lesson that validates with warnings only, and its refusals. */
class NewLessonTest {

    private Path content;
    private String courseBefore;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyContent() throws IOException {
        content = ContentCopy.of(Path.of("content")).root();
        courseBefore = Files.readString(content.resolve("course.yml"));
    }

    private int newLesson(String... args) {
        return NewLesson.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aNewLessonHasEverySectionAndDirectiveAndCourseYmlKeepsItsCommentsWithTheIdAppended() throws IOException {
        assertThat(newLesson("--new-lesson", "noise-levels", "Noise \"levels\"", content.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(NewLesson.CREATED);

        assertThat(Files.readString(content.resolve("course.yml"))).isEqualTo(courseBefore + "\n  - id: noise-levels\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created " + content.resolve("lessons/noise-levels/index.md"));

        Course course = new CourseLoader(new DemoCatalog()).load(content);
        assertThat(course.errors()).isEmpty();
        assertThat(course.warnings()).isNotEmpty().allSatisfy(w -> {
            assertThat(w.file()).isEqualTo("content/lessons/noise-levels/index.md");
            assertThat(w.message()).startsWith("placeholder still to be replaced: " + ContentProblem.PLACEHOLDER);
        });
        Lesson lesson = course.lesson("noise-levels").orElseThrow();
        assertThat(lesson.title()).isEqualTo("Noise \"levels\"");
        assertThat(lesson.sections()).extracting(Lesson.Section::kind).containsExactly(SectionKind.values());
        assertThat(lesson.directives()).extracting(Directive::kind)
                .containsExactly(Directive.Kind.STORYBOARD, Directive.Kind.CODE, Directive.Kind.DEMO);
        assertThat(course.entries().getLast().id()).isEqualTo("noise-levels");
    }

    @Test
    void theContentCheckPrintsTheNewLessonsPlaceholdersAsWarningsAndExitsZero() {
        newLesson("--new-lesson", "noise-levels", "Noise levels", content.toString());
        ByteArrayOutputStream checkOut = new ByteArrayOutputStream();
        ByteArrayOutputStream checkErr = new ByteArrayOutputStream();
        int status = ContentCheck.run(new String[] {"--check-content", content.toString()}, Map.of(),
                new PrintStream(checkOut, true, StandardCharsets.UTF_8), new PrintStream(checkErr, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(ContentCheck.CLEAN);
        List<String> lines = checkOut.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("content/lessons/noise-levels/index\\.md:\\d+: warning: placeholder still to be replaced: TODO\\(author\\): .*"));
        assertThat(checkErr.toString(StandardCharsets.UTF_8)).contains("no errors, " + lines.size() + " warnings");
    }

    @Test
    void anInvalidIdIsRefusedAndNothingIsWritten() throws IOException {
        assertThat(newLesson("--new-lesson", "Noise_Levels", "Noise levels", content.toString())).isEqualTo(NewLesson.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lesson id 'Noise_Levels' must be lower-case words joined by hyphens");
        assertUnchanged();
    }

    @Test
    void anExistingLessonIsRefused() throws IOException {
        assertThat(newLesson("--new-lesson", "ddpm", "Again", content.toString())).isEqualTo(NewLesson.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lesson 'ddpm' already exists");
        assertUnchanged();
    }

    @Test
    void anIdAlreadyListedInCourseYmlIsRefused() throws IOException {
        Files.writeString(content.resolve("course.yml"), courseBefore
                + "\n  - id: later\n    planned: true\n    title: Later\n    summary: Soon.\n");
        courseBefore = Files.readString(content.resolve("course.yml"));
        assertThat(newLesson("--new-lesson", "later", "Later", content.toString())).isEqualTo(NewLesson.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already lists 'later'");
        assertUnchanged();
    }

    @Test
    void aMissingContentFolderAndAWrongCommandLineAreRefused() {
        Path nowhere = content.resolveSibling("nowhere");
        assertThat(newLesson("--new-lesson", "noise-levels", "Noise levels", nowhere.toString())).isEqualTo(NewLesson.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("content folder " + nowhere + " does not exist");
        assertThat(Files.exists(nowhere)).isFalse();
        assertThat(newLesson("--new-lesson", "noise-levels")).isEqualTo(NewLesson.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: --new-lesson ID \"Title\" [DIR]");
    }

    @Test
    void theJarsEntryPointScaffoldsWithoutStartingTheSite() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Application.class.getName(), "--new-lesson", "noise-levels",
                "Noise levels", content.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(NewLesson.CREATED);
        assertThat(output).contains("created ").doesNotContain("Tomcat").doesNotContain("Started Application");
        assertThat(content.resolve("lessons/noise-levels/index.md")).exists();
    }

    private void assertUnchanged() throws IOException {
        assertThat(Files.readString(content.resolve("course.yml"))).isEqualTo(courseBefore);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
