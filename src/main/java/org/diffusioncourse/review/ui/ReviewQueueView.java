package org.diffusioncourse.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Source;
import org.diffusioncourse.review.ClaimStatus;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * The review queue: every claim of the course that needs a reviewer (never reviewed, changed
 * since its review, or judged to need more evidence), each in its lesson context with its
 * cited sources and review history, and a form to record a verdict. "All claims" shows the
 * rest too; the lesson, source and state filters narrow the list and live in the address
 * ({@code reviews?lesson=forward-process&state=stale}), so a filtered queue can be linked.
 * Alt+J and Alt+K move the focus from claim to claim. Reviewers and admins only, checked by
 * the route, the security chain and the service.
 */
@Route("reviews")
@Menu(title = "Review queue", order = 30)
@PageTitle("Review queue · Diffusion course")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewQueueView extends Div implements BeforeEnterObserver {

    static final String ALL = "All claims";
    static final String NEEDS_REVIEW = "Needs review";

    private final ReviewService reviews;
    private final ContentService content;
    private final Div claims = new Div();
    private final Paragraph count = new Paragraph();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final Select<String> lesson = new Select<>();
    private final Select<String> source = new Select<>();
    private final Select<ReviewState> state = new Select<>();
    private final List<ClaimReviewCard> cards = new ArrayList<>();
    private int current = -1;
    private boolean applyingAddress;

    public ReviewQueueView(ReviewService reviews, ContentService content) {
        this.reviews = reviews;
        this.content = content;
        addClassName("review-queue");
        add(new H1("Review queue"));
        Paragraph lead = new Paragraph("Check each claim against the sources it cites. Record a verdict, where in the "
                + "source the evidence is (section, equation or page), and any caveats about scope. Reviews are kept "
                + "as history; the newest one sets the claim's badge on the lesson page until the claim changes.");
        lead.addClassName("lead");
        Anchor csv = new Anchor("/export/reviews.csv", "Export all reviews as CSV");
        csv.setRouterIgnore(true);
        csv.setId("export-csv");
        Anchor json = new Anchor("/export/reviews.json", "Export all reviews as JSON");
        json.setRouterIgnore(true);
        json.setId("export-json");
        RouterLink dashboard = new RouterLink("Review dashboard: counts per lesson", ReviewDashboardView.class);
        dashboard.setId("dashboard-link");
        Div exports = new Div(csv, json, dashboard);
        exports.addClassName("export-links");
        Paragraph keys = new Paragraph("Keyboard: Alt+J moves to the next claim and Alt+K to the previous one "
                + "(Option+J and Option+K on a Mac), also from inside a form; Tab then moves through the claim's "
                + "links and form.");
        keys.setId("review-keys");
        keys.addClassName("review-keys");

        scope.setLabel("Show");
        scope.setId("review-scope");
        scope.setItems(NEEDS_REVIEW, ALL);
        scope.setValue(NEEDS_REVIEW);
        lesson.setLabel("Lesson");
        lesson.setId("review-lesson");
        lesson.setEmptySelectionAllowed(true);
        lesson.setEmptySelectionCaption("All lessons");
        source.setLabel("Source");
        source.setId("review-source");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any source");
        state.setLabel("State");
        state.setId("review-state");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any state");
        state.setItems(ReviewState.values());
        state.setItemLabelGenerator(s -> s == null ? "Any state" : s.label());
        state.setHelperText("Choosing a state lists every claim in it");
        fillChoices(content.course());
        scope.addValueChangeListener(e -> filtersChanged());
        lesson.addValueChangeListener(e -> filtersChanged());
        source.addValueChangeListener(e -> filtersChanged());
        state.addValueChangeListener(e -> filtersChanged());
        Div filters = new Div(scope, lesson, source, state);
        filters.addClassName("review-filters");
        filters.setId("review-filters");

        count.setId("review-count");
        count.getElement().setAttribute("aria-live", "polite");
        claims.setId("review-claims");
        add(lead, exports, keys, filters, count, claims);
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K, KeyModifier.ALT);
    }

    /** Sets the filters from the address, ignoring values that name nothing, and draws the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Course course = content.course();
        applyingAddress = true;
        try {
            fillChoices(course);
            scope.setValue(query.getSingleParameter("show").filter("all"::equals).map(s -> ALL).orElse(NEEDS_REVIEW));
            lesson.setValue(query.getSingleParameter("lesson").filter(id -> course.lesson(id).isPresent()).orElse(null));
            source.setValue(query.getSingleParameter("source").filter(id -> sourceIds(course).contains(id)).orElse(null));
            state.setValue(query.getSingleParameter("state").flatMap(ReviewState::ofSlug).orElse(null));
        } finally {
            applyingAddress = false;
        }
        show();
    }

    private void fillChoices(Course course) {
        lesson.setItems(course.entries().stream().filter(e -> e.lesson() != null).map(Course.Entry::id).toList());
        lesson.setItemLabelGenerator(id -> id == null ? "All lessons" : course.entry(id).map(Course.Entry::title).orElse(id));
        source.setItems(sourceIds(course));
        source.setItemLabelGenerator(id -> {
            if (id == null) {
                return "Any source";
            }
            Source s = course.sources().get(id);
            return s == null ? id : s.shortCitation() + " (" + id + ")";
        });
    }

    /** The ids cited by some claim, in the order they are first cited in the course. */
    private static List<String> sourceIds(Course course) {
        return course.lessons().stream().flatMap(l -> l.claims().stream()).flatMap(c -> c.sources().stream())
                .distinct().toList();
    }

    /** A filter changed: write it to the address (which redraws the list through beforeEnter). */
    private void filtersChanged() {
        if (applyingAddress) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (ALL.equals(scope.getValue())) {
            query.put("show", "all");
        }
        put(query, "lesson", lesson.getValue());
        put(query, "source", source.getValue());
        put(query, "state", state.getValue() == null ? null : state.getValue().slug());
        getUI().ifPresentOrElse(ui -> ui.navigate(ReviewQueueView.class, QueryParameters.simple(query)), this::show);
    }

    private static void put(Map<String, String> query, String name, @Nullable String value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    private void show() {
        Course course = content.course();
        ReviewState wanted = state.getValue();
        boolean all = ALL.equals(scope.getValue()) || wanted != null;
        scope.setEnabled(wanted == null);
        List<ClaimStatus> shown = (all ? reviews.all(course) : reviews.queue(course)).stream()
                .filter(s -> lesson.getValue() == null || s.lessonId().equals(lesson.getValue()))
                .filter(s -> source.getValue() == null || s.claim().sources().contains(source.getValue()))
                .filter(s -> wanted == null || s.state() == wanted)
                .toList();
        boolean filtered = lesson.getValue() != null || source.getValue() != null || wanted != null;
        int n = shown.size();
        count.setText(n == 0 ? (filtered ? "No claim matches these filters." : "No claim needs review.")
                : n + (n == 1 ? " claim" : " claims") + (filtered ? (n == 1 ? " matches these filters." : " match these filters.")
                        : all ? " in the course." : (n == 1 ? " needs review." : " need review.")));
        claims.removeAll();
        cards.clear();
        current = -1;
        for (ClaimStatus status : shown) {
            course.lesson(status.lessonId()).ifPresent(l -> {
                ClaimReviewCard card = new ClaimReviewCard(reviews, course, l, status, this::show);
                int index = cards.size();
                // Tabbing or clicking into a card makes it the one Alt+J and Alt+K move from.
                card.getElement().addEventListener("focusin", e -> mark(index));
                cards.add(card);
                claims.add(card);
            });
        }
    }

    /** Moves the focus {@code step} cards on, staying at the first or last. */
    private void move(int step) {
        if (cards.isEmpty()) {
            return;
        }
        int next = current < 0 ? (step > 0 ? 0 : cards.size() - 1) : Math.clamp(current + step, 0, cards.size() - 1);
        mark(next);
        cards.get(next).getElement().callJsFunction("focus");
    }

    private void mark(int index) {
        if (current >= 0 && current < cards.size()) {
            cards.get(current).removeClassName("review-card-current");
        }
        current = index;
        cards.get(index).addClassName("review-card-current");
    }
}
