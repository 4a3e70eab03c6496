package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diffusioncourse.demo.catalog.DemoCatalog;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;

/** An author's save reaches the site without a restart, and a broken save is reported, not fatal. */
class ContentServiceTest {

    private static final String LESSON = "lessons/forward-process/index.md";

    private final ContentCopy content = ContentCopy.of(Path.of("content"));
    private final ContentService service = new ContentService(content.root().toString(), 0, new DemoCatalog());

    @Test
    void anEditedLessonIsReloadedAndListenersAreTold() {
        List<Course> seen = new ArrayList<>();
        service.onChange(seen::add);
        content.edit(LESSON, "title: The forward process", "title: The forward process, revised");
        service.reloadIfChanged();
        assertThat(service.course().lesson("forward-process").orElseThrow().title())
                .isEqualTo("The forward process, revised");
        assertThat(seen).hasSize(1);
    }

    @Test
    void nothingHappensWhenNoFileChanged() {
        List<Course> seen = new ArrayList<>();
        service.onChange(seen::add);
        Course before = service.course();
        service.reloadIfChanged();
        assertThat(service.course()).isSameAs(before);
        assertThat(seen).isEmpty();
    }

    @Test
    void aBrokenSaveIsReportedWithFileAndLineAndTheRestOfTheCourseStays() {
        int entries = service.course().entries().size();
        content.edit(LESSON, "summary:", "summary: [broken\nsummary:");
        service.reloadIfChanged();
        Course course = service.course();
        assertThat(course.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("content/" + LESSON))
                .anySatisfy(p -> assertThat(p.message()).startsWith("malformed YAML"));
        assertThat(course.entries()).hasSize(entries);
    }

    @Test
    void aSaveThatMakesTheLoaderThrowIsShownAsAProblemAfterTheReloadNotHiddenBehindTheOldContent() {
        ContentService throwing = new ContentService(content.root().toString(), 0, new ThrowingCatalog());
        int lessons = throwing.course().lessons().size();
        List<Course> seen = new ArrayList<>();
        throwing.onChange(seen::add);
        content.edit(LESSON, "::demo{id=forward-noising", "::demo{id=" + ThrowingCatalog.DEMO);
        throwing.reloadIfChanged();
        assertThat(seen).singleElement().isSameAs(throwing.course());
        assertThat(throwing.course().problems()).containsExactly(new ContentProblem("content/" + LESSON, 1,
                "cannot be read: the site failed on it with IllegalStateException, a fault in the site that is logged in full"));
        assertThat(throwing.course().lesson("forward-process")).isEmpty();
        assertThat(throwing.course().lessons()).hasSize(lessons - 1);
    }

    @Test
    void theServiceStartsOnContentThatMakesTheLoaderThrow() {
        content.edit(LESSON, "::demo{id=forward-noising", "::demo{id=" + ThrowingCatalog.DEMO);
        ContentService started = new ContentService(content.root().toString(), 0, new ThrowingCatalog());
        assertThat(started.course().problems()).extracting(ContentProblem::toString).singleElement().asString()
                .startsWith("content/" + LESSON + ":1: cannot be read");
        assertThat(started.course().lessons()).hasSize(service.course().lessons().size() - 1);
    }

    @Test
    void onePageThatFailsToTakeAReloadDoesNotKeepTheOthersOnTheOldContent() {
        List<Course> seen = new ArrayList<>();
        service.onChange(course -> {
            throw new IllegalStateException("a page that is gone");
        });
        service.onChange(seen::add);
        content.edit(LESSON, "title: The forward process", "title: The forward process, revised");
        service.reloadIfChanged();
        assertThat(seen).singleElement().satisfies(course ->
                assertThat(course.lesson("forward-process").orElseThrow().title()).isEqualTo("The forward process, revised"));
    }

    @Test
    void unsubscribedListenersAreNotTold() {
        List<Course> seen = new ArrayList<>();
        Runnable unsubscribe = service.onChange(seen::add);
        unsubscribe.run();
        content.edit(LESSON, "title: The forward process", "title: Changed");
        service.reloadIfChanged();
        assertThat(seen).isEmpty();
    }
}
