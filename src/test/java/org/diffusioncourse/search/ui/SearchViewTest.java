package org.diffusioncourse.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.diffusioncourse.base.ui.SearchBox;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The results page, opened by anyone, shows ranked, labelled results as text with links to their elements. */
@CourseTest
@WithAnonymousUser
class SearchViewTest extends SecuredBrowserlessTest {

    /** Opens the results page as the header's form does, with the words in the {@code q} parameter. */
    private void search(String words) {
        UI.getCurrent().navigate(SearchBox.ROUTE, QueryParameters.simple(Map.of(SearchBox.QUERY, words)));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    @Test
    void aSearchListsCountedResultsEachWithItsKindLessonAndExactLink() {
        search("cosine schedule");
        assertThat($(H1.class).first().getText()).isEqualTo("Search results");
        assertThat($(Paragraph.class).withClassName("search-count").first().getText()).matches("\\d+ results? for “cosine schedule”\\.");
        var items = $(ListItem.class).withClassName("search-hit").all();
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> {
            assertThat($(Span.class, item).withClassName("search-kind").first().getText()).isNotBlank();
            assertThat($(Span.class, item).withClassName("search-lesson").first().getText()).startsWith(" in ");
        });
        assertThat($(Anchor.class).withClassName("search-link").all()).extracting(Anchor::getHref)
                .contains("lessons/forward-process#claim-cosine-schedule");
    }

    @Test
    void theHeadersLabelledSearchBoxHoldsTheWordsSearchedFor() {
        search("score matching");
        Input box = $(Input.class).id("site-search");
        assertThat(box.getElement().getAttribute("name")).isEqualTo(SearchBox.QUERY);
        assertThat(box.getElement().getAttribute("value")).isEqualTo("score matching");
        assertThat($(NativeLabel.class).withClassName("site-search-label").first().getFor()).contains("site-search");
        assertThat(box.getParent().orElseThrow().getElement().getAttribute("role")).isEqualTo("search");
        assertThat(box.getParent().orElseThrow().getElement().getAttribute("action")).isEqualTo(SearchBox.ROUTE);
    }

    @Test
    void anEmptySearchShowsAHint() {
        navigate("search", SearchView.class);
        assertThat($(Paragraph.class).withClassName("search-hint").first().getText()).contains("search box");
        assertThat($(ListItem.class).withClassName("search-hit").all()).isEmpty();
    }

    @Test
    void aSearchThatCannotBeParsedOrIsTooLongIsAnsweredWithAMessage() {
        search("\"unbalanced AND (");
        assertThat($(Paragraph.class).withClassName("search-count").first().getText()).contains("“\"unbalanced AND (”");

        search("a".repeat(201));
        assertThat($(Paragraph.class).withClassName("search-notice").first().getText()).contains("limited to 200 characters");
        assertThat($(ListItem.class).withClassName("search-hit").all()).isEmpty();
    }

    @Test
    void markupInASearchIsShownAsText() {
        search("<img src=x onerror=alert(1)>");
        Paragraph count = $(Paragraph.class).withClassName("search-count").first();
        assertThat(count.getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(count.getElement().getProperty("innerHTML")).isNull();
    }
}
