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

    @org.springframework.beans.factory.annotation.Autowired
    org.diffusioncourse.security.UserService users;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    org.diffusioncourse.lesson.ContentService content;

    @Test
    void everyVisitorSeesHowWellEachLessonsClaimsAreGroundedAsASentence() {
        org.diffusioncourse.support.Accounts.ensure(users, jdbc, "home-hana", org.diffusioncourse.security.Role.REVIEWER);
        org.diffusioncourse.support.ReviewRows.forwardProcess(jdbc, content.course().lesson("forward-process").orElseThrow(),
                "home-hana");
        try {
            groundingLines();
        } finally {
            jdbc.sql("delete from claim_review").update();
        }
    }

    private void groundingLines() {
        navigate(CourseHomeView.class);
        com.vaadin.flow.component.html.Span line = $(com.vaadin.flow.component.html.Span.class).id("grounding-forward-process");
        assertThat(line.getText()).isEqualTo("Grounding: 7 claims: 2 supported, 1 partially supported, 1 not supported, "
                + "1 needing more evidence, 1 stale, 1 not reviewed.");
        Div bar = $(Div.class).withClassName("grounding-bar").first();
        assertThat(bar.getElement().getAttribute("aria-hidden")).as("the sentence is the text alternative").isEqualTo("true");
        var lessons = $(ListItem.class).all().stream().filter(li -> li.hasClassName("lesson-item"))
                .filter(li -> li.getElement().getTextRecursively().contains("Grounding: ")).toList();
        assertThat(lessons).hasSize(content.course().lessons().size());
        int maximumLikelihood = content.course().lesson("maximum-likelihood").orElseThrow().claims().size();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("grounding-maximum-likelihood").getText())
                .isEqualTo("Grounding: " + maximumLikelihood + (maximumLikelihood == 1 ? " claim: " : " claims: ") + maximumLikelihood + " not reviewed.");
    }

    @Test
    void theHomeListsTheLessonsInCourseOrder() {
        navigate(CourseHomeView.class);
        var items = $(ListItem.class).all().stream().filter(li -> li.hasClassName("lesson-item")).toList();
        assertThat(items).hasSize(14);
        assertThat(items.get(0).getElement().getTextRecursively()).startsWith("The big picture");
        assertThat(items.get(1).getElement().getTextRecursively()).startsWith("Maximum likelihood and the normalising constant");
        assertThat(items.get(2).getElement().getTextRecursively()).startsWith("The forward process");
        assertThat(items.get(12).getElement().getTextRecursively()).startsWith("Consistency models and distillation");
        assertThat(items.get(13).getElement().getTextRecursively()).startsWith("The landscape");
    }

    @Test
    void everyWrittenLessonIsLinkedAndNoneIsMarkedPlanned() {
        navigate(CourseHomeView.class);
        java.util.List<String> links = $(RouterLink.class).all().stream().filter(l -> l.hasClassName("lesson-link"))
                .map(RouterLink::getHref).toList();
        assertThat(links).hasSize(14).startsWith("lessons/big-picture", "lessons/maximum-likelihood", "lessons/forward-process")
                .allMatch(href -> java.nio.file.Files.exists(java.nio.file.Path.of("content", href, "index.md")));
        assertThat($(ListItem.class).all()).filteredOn(li -> li.hasClassName("lesson-item"))
                .filteredOn(li -> li.getElement().getTextRecursively().contains("Planned")).hasSize(14 - links.size());
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
