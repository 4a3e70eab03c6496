package org.diffusioncourse.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.diffusioncourse.base.ui.SearchBox;
import org.diffusioncourse.search.SearchHit;
import org.diffusioncourse.search.SearchResults;
import org.diffusioncourse.search.SearchService;

/**
 * The results of a search from the header's box, best first: each names its kind and lesson,
 * links to the exact section, claim or entry, and shows a short excerpt. Everything shown is
 * text: an author's words never reach the page as markup.
 */
@Route(SearchBox.ROUTE)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private String title = "Search";

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> words = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SearchBox.QUERY, List.of());
        show(search.search(words.isEmpty() ? "" : words.getFirst()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Diffusion course";
    }

    private void show(SearchResults results) {
        removeAll();
        title = results.query().isEmpty() ? "Search" : "Search: " + results.query();
        add(new H1(results.query().isEmpty() ? "Search" : "Search results"));
        if (results.query().isEmpty()) {
            add(paragraph("search-hint", "Type a few words in the search box at the top of any page and press Enter. "
                    + "It finds lessons, their sections, claims, notation, common misconceptions and cited sources; "
                    + "related forms of a word count too, so “noising” finds “noise”."));
            return;
        }
        add(paragraph("search-count", count(results)));
        if (!results.notice().isEmpty()) {
            add(paragraph("search-notice", results.notice()));
        }
        OrderedList list = new OrderedList();
        list.setId("search-results");
        list.addClassName("search-results");
        results.hits().forEach(hit -> list.add(item(hit)));
        if (!results.hits().isEmpty()) {
            add(list);
        }
    }

    private static String count(SearchResults results) {
        String what = "“" + results.query() + "”";
        return switch ((int) Math.min(results.total(), 2)) {
            case 0 -> "No results for " + what + ".";
            case 1 -> "1 result for " + what + ".";
            default -> results.total() + " results for " + what + ".";
        };
    }

    private static ListItem item(SearchHit hit) {
        Span kind = new Span(hit.kind().label());
        kind.addClassName("search-kind");
        kind.addClassName("search-kind-" + hit.kind().id());
        Anchor link = new Anchor(hit.link(), hit.title());
        link.addClassName("search-link");
        Span lesson = new Span(" in " + hit.lessonTitle());
        lesson.addClassName("search-lesson");
        Paragraph heading = new Paragraph(kind, new Span(" "), link, lesson);
        heading.addClassName("search-hit-title");
        ListItem item = new ListItem(heading);
        item.addClassName("search-hit");
        if (!hit.snippet().isEmpty()) {
            item.add(paragraph("search-snippet", hit.snippet()));
        }
        return item;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
