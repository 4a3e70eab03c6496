package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.router.Location;
import java.util.List;

/**
 * The header's search box: a plain HTML form ({@code role="search"}) that sends its words to the
 * results page as {@code search?q=...}. The browser does the work: Enter in the box or the
 * button submits it, with nothing to keep in step on the server, and it works before the page's
 * scripts have loaded. On the results page the box shows the words searched for. The box sets no
 * {@code maxlength}: the server limits a search's length and says so, where a browser would cut
 * the words silently.
 */
@Tag("form")
public final class SearchBox extends Component {

    /** The results page's route; that view names it too, so the two cannot drift apart. */
    public static final String ROUTE = "search";
    /** The query parameter that carries the learner's words. */
    public static final String QUERY = "q";

    private SearchBox(String words) {
        addClassName("site-search");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("action", ROUTE);
        getElement().setAttribute("method", "get");
        NativeLabel label = new NativeLabel("Search the course");
        label.setFor("site-search");
        label.addClassName("site-search-label");
        Input box = new Input();
        box.setId("site-search");
        box.setType("search");
        box.setPlaceholder("Search lessons, claims, notation…");
        box.getElement().setAttribute("name", QUERY);
        box.getElement().setAttribute("autocomplete", "off");
        box.getElement().setAttribute("value", words);
        NativeButton go = new NativeButton("Search");
        go.getElement().setAttribute("type", "submit");
        go.addClassName("site-search-button");
        getElement().appendChild(label.getElement(), box.getElement(), go.getElement());
    }

    /** The box for the page at this location, holding the words of a search shown there. */
    public static SearchBox at(Location location) {
        boolean results = location.getPath().equals(ROUTE);
        List<String> words = location.getQueryParameters().getParameters().getOrDefault(QUERY, List.of());
        return new SearchBox(results && !words.isEmpty() ? words.getFirst() : "");
    }
}
