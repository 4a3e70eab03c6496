package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;

@CourseTest
class CourseHomeViewTest extends SpringBrowserlessTest {

    @Test
    void theHomeListsTheLessonsInCourseOrder() {
        navigate(CourseHomeView.class);
        var items = $(ListItem.class).all().stream().filter(li -> li.hasClassName("lesson-item")).toList();
        assertThat(items).hasSize(11);
        assertThat(items.get(0).getElement().getTextRecursively()).startsWith("Maximum likelihood and the normalising constant");
        assertThat(items.get(1).getElement().getTextRecursively()).startsWith("The forward process");
        assertThat(items.get(10).getElement().getTextRecursively()).startsWith("The landscape");
    }

    @Test
    void everyWrittenLessonIsLinkedAndNoneIsMarkedPlanned() {
        navigate(CourseHomeView.class);
        java.util.List<String> links = $(RouterLink.class).all().stream().filter(l -> l.hasClassName("lesson-link"))
                .map(RouterLink::getHref).toList();
        assertThat(links).hasSize(11).startsWith("lessons/maximum-likelihood", "lessons/forward-process")
                .allMatch(href -> java.nio.file.Files.exists(java.nio.file.Path.of("content", href, "index.md")));
        assertThat($(ListItem.class).all()).filteredOn(li -> li.hasClassName("lesson-item"))
                .filteredOn(li -> li.getElement().getTextRecursively().contains("Planned")).hasSize(11 - links.size());
    }

    @Test
    void thePrerequisiteMapIsAnSvgFigureWithATextAlternative() {
        navigate(CourseHomeView.class);
        Div map = $(Div.class).id("course-map");
        assertThat(map.getElement().getProperty("innerHTML")).startsWith("<svg");
        assertThat(map.getElement().getAttribute("role")).isEqualTo("img");
        Paragraph text = $(Paragraph.class).id("course-map-text");
        assertThat(text.getText()).contains("The forward process builds on Maximum likelihood and the normalising constant (available)");
    }
}
