package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diffusioncourse.demo.DemoCatalog;
import org.junit.jupiter.api.Test;

/** The real course in {@code content/} passes the validator and every lesson is complete. */
class CourseContentTest {

    private final Course course = new CourseLoader(new DemoCatalog()).load(Path.of("content"));

    @Test
    void theWholeCourseValidatesWithoutProblems() {
        assertThat(course.problems()).as("problems in content/").isEmpty();
    }

    @Test
    void everyWrittenLessonHasEverySectionADemoThreeClaimsAndTwoPracticeItems() {
        assertThat(course.lessons()).isNotEmpty();
        for (Lesson lesson : course.lessons()) {
            assertThat(lesson.sections()).as(lesson.id()).extracting(Lesson.Section::kind)
                    .containsExactly(SectionKind.values());
            assertThat(lesson.directives()).as(lesson.id()).anyMatch(d -> d.name().equals("demo"));
            assertThat(lesson.claims()).as(lesson.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.practice()).as(lesson.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lesson.notation()).as(lesson.id()).isNotEmpty();
            assertThat(lesson.misconceptions()).as(lesson.id()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyCitedSourceIdResolves() {
        for (Lesson lesson : course.lessons()) {
            lesson.sources().forEach(s -> assertThat(course.sources()).containsKey(s.id()));
            lesson.claims().forEach(c -> assertThat(course.sources().keySet()).containsAll(c.sources()));
        }
    }

    @Test
    void theForwardProcessComesSecondAfterMaximumLikelihood() {
        assertThat(course.entries()).extracting(Course.Entry::id).startsWith("maximum-likelihood", "forward-process");
        assertThat(course.lesson("forward-process").orElseThrow().prerequisites()).containsExactly("maximum-likelihood");
    }
}
