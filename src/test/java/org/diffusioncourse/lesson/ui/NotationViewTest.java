package org.diffusioncourse.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Stream;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.CourseNotation;
import org.diffusioncourse.search.SearchHit;
import org.diffusioncourse.search.SearchService;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The course-wide notation page, for any visitor: every symbol, its meanings side by side, each linked to its lesson. */
@CourseTest
class NotationViewTest extends SpringBrowserlessTest {

    @Autowired
    ContentService content;
    @Autowired
    SearchService search;

    @Test
    void everySymbolHasASectionWithEachLessonsMeaningLinkedToThatLessonsPanel() {
        navigate("notation", NotationView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Course-wide notation");
        CourseNotation notation = CourseNotation.of(content.course());
        List<Section> sections = $(Section.class).withClassName("notation-symbol").all();
        assertThat(sections).extracting(s -> s.getId().orElse(""))
                .containsExactlyElementsOf(notation.groups().stream().map(CourseNotation.Group::anchor).toList());
        Section sigma = $(Section.class).id("symbol-sigma");
        List<Anchor> lessons = $(Anchor.class, sigma).withClassName("notation-lesson").all();
        assertThat(lessons).extracting(Anchor::getHref)
                .contains("lessons/forward-process#notation", "lessons/langevin#notation", "lessons/sde-view#notation",
                        "lessons/flow-matching#notation", "lessons/maximum-likelihood#notation");
        assertThat($(Paragraph.class, sigma).withClassName("notation-shared-note").first().getText())
                .matches("Written in \\d+ lessons; compare the meanings\\.");
        assertThat($(ListItem.class, sigma).withClassName("notation-use").all()).hasSize(lessons.size());
    }

    @Test
    void theIndexesLinkToSectionsOnThisPageAndTheSharedOnesComeFirst() {
        navigate("notation", NotationView.class);
        Nav shared = $(Nav.class).id("notation-shared");
        Nav all = $(Nav.class).id("notation-index");
        assertThat(shared.getElement().getAttribute("aria-labelledby")).isEqualTo("notation-shared-heading");
        List<String> ids = $(Section.class).withClassName("notation-symbol").all().stream()
                .map(s -> s.getId().orElseThrow()).toList();
        assertThat($(Anchor.class, all).all()).extracting(Anchor::getHref)
                .containsExactlyElementsOf(ids.stream().map(id -> "notation#" + id).toList());
        assertThat($(Anchor.class, shared).all()).extracting(Anchor::getHref).contains("notation#symbol-sigma", "notation#symbol-t");
        assertThat($(Anchor.class, all).all()).allSatisfy(a -> assertThat(a.getText()).isNotBlank());
        assertThat($(Anchor.class, shared).all()).extracting(Anchor::getText).contains("σ", "t");
        assertThat($(Section.class).id("symbol-sigma").getChildren().findFirst().orElseThrow().getElement()
                .getAttribute("aria-label")).isEqualTo("Symbol σ");
        assertThat($(Paragraph.class).id("notation-time").getText()).contains("t = 0 is data").contains("t = 0 is noise");
    }

    @Test
    void authorTextIsTextAndMathIsTypesetFromAnAttributeNeverMarkup() {
        navigate("notation", NotationView.class);
        NotationView view = (NotationView) getCurrentView();
        assertThat(descendants(view)).filteredOn(c -> !c.getElement().isTextNode())
                .allSatisfy(c -> assertThat(c.getElement().getProperty("innerHTML")).isNull());
        assertThat(descendants(view)).filteredOn(c -> !c.getElement().isTextNode() && c.getElement().getTag().equals("course-math"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.getElement().getAttribute("tex")).isNotBlank());
    }

    @Test
    void everyLessonsPanelLinksHereAndSoDoTheHomeAndTheSearch() {
        navigate("lessons/sde-view", LessonView.class);
        Anchor panelLink = $(Anchor.class).id("notation-all");
        assertThat(panelLink.getHref()).isEqualTo("notation");
        assertThat(panelLink.getElement().hasAttribute("router-link")).isTrue();

        navigate(CourseHomeView.class);
        assertThat($(RouterLink.class).id("notation-link").getHref()).isEqualTo("notation");

        assertThat(search.search("sigma").hits()).extracting(SearchHit::link).contains("notation#symbol-sigma");
        assertThat(search.search("sigma").hits()).filteredOn(h -> h.link().startsWith("notation#"))
                .allSatisfy(h -> assertThat(h.lessonTitle()).isEqualTo("Course-wide notation"));
    }

    private static List<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c).stream())).toList();
    }
}
