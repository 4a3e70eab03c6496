package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.nio.file.Path;
import java.util.List;
import org.diffusioncourse.demo.DemoWidget;
import org.diffusioncourse.lesson.SectionKind;
import org.diffusioncourse.support.ContentCopy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A lesson half-written: a broken directive costs only its own place on the page, placeholders
 * are a quiet notice, and only front matter that cannot be read leaves the problem list alone.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:course-preview;DB_CLOSE_DELAY=-1",
        "course.content-poll-ms=0"
})
class LessonPreviewViewTest extends SpringBrowserlessTest {

    private static final ContentCopy CONTENT = ContentCopy.of(Path.of("content"));

    static {
        CONTENT.edit("lessons/forward-process/index.md", "::code{witness=forward-noising}", "::code{witness=no-such-witness}");
        CONTENT.edit("lessons/ddpm/index.md", "title: \"DDPM", "title: [\"DDPM");
        CONTENT.edit("lessons/langevin/index.md", "## Math\n", "TODO(author): finish this paragraph.\n\n## Math\n");
    }

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("course.content-dir", () -> CONTENT.root().toString());
    }

    @Test
    void aLessonWithABrokenDirectiveShowsItsProblemsOnTopAndEveryOtherPart() {
        navigate("lessons/forward-process", LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("The forward process");
        assertThat($(Div.class).id("content-problems").getElement().getTextRecursively())
                .containsPattern("content/lessons/forward-process/index\\.md:\\d+: .*no-such-witness");
        List<String> sections = $(Section.class).all().stream().map(s -> s.getId().orElse("")).toList();
        assertThat(sections).containsExactly(java.util.Arrays.stream(SectionKind.values()).map(SectionKind::anchor)
                .toArray(String[]::new));

        Section code = $(Section.class).id(SectionKind.CODE.anchor());
        Component inPlace = $(Div.class, code).withClassName("problem-in-place").single();
        assertThat(inPlace.getElement().getTextRecursively()).contains("no-such-witness");
        assertThat($(Div.class, code).withClassName("code-witness").all()).as("the two witnesses that are fine").hasSize(2);
        assertThat($(DemoWidget.class).all()).as("the demo still runs").hasSize(1);
    }

    @Test
    void aLessonWithOnlyPlaceholdersIsServedWithASmallNotice() {
        navigate("lessons/langevin", LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Langevin dynamics");
        assertThat($(Div.class).withId("content-problems").exists()).isFalse();
        assertThat($(Div.class).id("content-warnings").getElement().getTextRecursively())
                .containsPattern("content/lessons/langevin/index\\.md:\\d+: warning: placeholder still to be replaced:"
                        + " TODO\\(author\\): finish this paragraph\\.");
    }

    @Test
    void aLessonWhoseFrontMatterCannotBeReadFallsBackToTheProblemList() {
        navigate("lessons/ddpm", LessonView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Lesson not found");
        assertThat($(Div.class).id("content-problems").getElement().getTextRecursively())
                .containsPattern("content/lessons/ddpm/index\\.md:\\d+: malformed YAML");
        assertThat($(LessonView.class).single().getElement().getTextRecursively())
                .contains("This lesson could not be read: its file is missing, or its front matter");
        assertThat($(Section.class).exists()).isFalse();
    }
}
