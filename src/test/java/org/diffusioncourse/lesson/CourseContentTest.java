package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diffusioncourse.demo.catalog.DemoCatalog;
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
            assertThat(lesson.directives()).as(lesson.id()).anyMatch(d -> d.kind() == Directive.Kind.DEMO);
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
    void theCourseIsCompleteInTheOrderOfTheIssue() {
        assertThat(course.entries()).extracting(Course.Entry::id).containsExactly("big-picture", "maximum-likelihood",
                "forward-process", "ddpm", "score-matching", "training", "langevin", "sde-view", "flow-matching", "fast-samplers",
                "guidance", "evaluation", "consistency-models", "landscape");
        assertThat(course.entries()).as("no lesson is left planned").noneMatch(Course.Entry::planned);
        assertThat(course.lessons()).hasSize(14);
    }

    @Test
    void everyLessonHasAStoryboardBeforeItsExplanationCodeFromTheSourceAndComputedPracticeAnswers() {
        for (Lesson lesson : course.lessons()) {
            Lesson.Section intuition = lesson.section(SectionKind.INTUITION).orElseThrow();
            assertThat(intuition.blocks().getFirst()).as(lesson.id() + ": the storyboard comes first")
                    .isInstanceOfSatisfying(Lesson.Block.DirectiveBlock.class,
                            d -> assertThat(d.directive().kind()).isEqualTo(Directive.Kind.STORYBOARD));
            assertThat(lesson.directives()).as(lesson.id()).anyMatch(d -> d.kind() == Directive.Kind.CODE);
            assertThat(lesson.practice().stream().filter(p -> p.answer() != null).count())
                    .as(lesson.id() + ": practice items answered by the simulation").isGreaterThanOrEqualTo(2);
            lesson.practice().forEach(p -> {
                assertThat(p.hints()).as(lesson.id() + "/" + p.id()).isNotEmpty();
                assertThat(p.rubric()).as(lesson.id() + "/" + p.id()).isNotEmpty();
            });
            lesson.claims().forEach(c -> {
                assertThat(c.sources()).as(lesson.id() + "/" + c.id()).isNotEmpty();
                assertThat(c.scope()).as(lesson.id() + "/" + c.id()).isNotBlank();
            });
        }
    }

    @Test
    void everyNotationPanelSaysWhichWayTimeRuns() {
        for (Lesson lesson : course.lessons()) {
            String panel = String.join(" ", lesson.notation().stream().map(n -> n.symbol() + " " + n.meaning()).toList())
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(panel).as(lesson.id() + " names the time variable").containsPattern("\\bt\\b|t = 0|t=0|time");
            assertThat(panel).as(lesson.id() + " says where noise and data are in time")
                    .contains("noise").containsAnyOf("data", "clean");
        }
    }

    @Test
    void everyPracticeAnswerIsComputedByTheSimulationWithoutError() {
        DemoCatalog catalog = new DemoCatalog();
        for (Lesson lesson : course.lessons()) {
            for (Lesson.PracticeItem item : lesson.practice()) {
                if (item.answer() != null) {
                    var answer = catalog.answer(item.answer());
                    assertThat(answer.value()).as(lesson.id() + "/" + item.id()).isNotBlank();
                    if (!item.choices().isEmpty()) {
                        assertThat(item.choices()).as(lesson.id() + "/" + item.id() + ": the answer is one of the choices")
                                .contains(answer.value());
                    }
                }
            }
        }
    }

    @Test
    void theMapComesFirstThenMaximumLikelihoodAndTheForwardProcess() {
        assertThat(course.entries()).extracting(Course.Entry::id).startsWith("big-picture", "maximum-likelihood", "forward-process");
        assertThat(course.lesson("big-picture").orElseThrow().prerequisites()).isEmpty();
        assertThat(course.lesson("maximum-likelihood").orElseThrow().prerequisites()).containsExactly("big-picture");
        assertThat(course.lesson("forward-process").orElseThrow().prerequisites()).containsExactly("maximum-likelihood");
    }
}
