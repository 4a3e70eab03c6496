package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.nio.file.Path;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A lesson body the loader cannot read: the site starts, the home and the lesson's page say which
 * file, and the page still shows what its front matter holds.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-problems;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class ContentProblemsViewTest extends SpringBrowserlessTest {

    private static final String FILE = "content/lessons/forward-process/index.md";
    private static final ContentCopy CONTENT = ContentCopy.of(Path.of("content"));

    static {
        // Nested a hundred thousand quotes deep: commonmark's tree walks run out of stack.
        CONTENT.edit("lessons/forward-process/index.md", "## Math\n", ">".repeat(100_000) + " deep\n\n## Math\n");
    }

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("course.content-dir", () -> CONTENT.root().toString());
    }

    @Test
    void theCourseHomeNamesTheFileTheLoaderCouldNotRead() {
        navigate(CourseHomeView.class);
        assertTheProblemsNameTheFile();
    }

    @Test
    void theLessonsPageShowsItsFrontMatterAndSaysWhyItsBodyCannotBeShown() {
        navigate("lessons/forward-process", LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("The forward process");
        assertTheProblemsNameTheFile();
    }

    @Test
    void theOtherLessonsAreServed() {
        navigate("lessons/ddpm", LessonView.class);
        assertThat($(H1.class).first().getText()).startsWith("DDPM");
    }

    private void assertTheProblemsNameTheFile() {
        assertThat($(Div.class).id("content-problems").getElement().getTextRecursively())
                .containsPattern(FILE + ":\\d+: cannot be read: it nests too deeply");
    }
}
