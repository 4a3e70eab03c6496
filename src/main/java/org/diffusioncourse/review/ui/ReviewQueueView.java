package org.diffusioncourse.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.review.ClaimStatus;
import org.diffusioncourse.review.ReviewService;

/**
 * The review queue: every claim of the course that needs a reviewer (never reviewed, changed
 * since its review, or judged to need more evidence), each in its lesson context with its
 * cited sources and review history, and a form to record a verdict. "All claims" shows the
 * rest too. Reviewers and admins only, checked by the route, the security chain and the service.
 */
@Route("reviews")
@Menu(title = "Review queue", order = 30)
@PageTitle("Review queue · Diffusion course")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewQueueView extends Div {

    private final ReviewService reviews;
    private final ContentService content;
    private final Div claims = new Div();
    private final Paragraph count = new Paragraph();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();

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
        Div exports = new Div(csv, json);
        exports.addClassName("export-links");
        scope.setLabel("Show");
        scope.setId("review-scope");
        scope.setItems("Needs review", "All claims");
        scope.setValue("Needs review");
        scope.addValueChangeListener(e -> show());
        count.setId("review-count");
        count.getElement().setAttribute("aria-live", "polite");
        claims.setId("review-claims");
        add(lead, exports, scope, count, claims);
        show();
    }

    private void show() {
        Course course = content.course();
        boolean all = "All claims".equals(scope.getValue());
        List<ClaimStatus> shown = all ? reviews.all(course) : reviews.queue(course);
        count.setText(shown.isEmpty() ? "No claim needs review." : shown.size() + (shown.size() == 1 ? " claim" : " claims")
                + (all ? " in the course." : " need review."));
        claims.removeAll();
        for (ClaimStatus status : shown) {
            course.lesson(status.lessonId()).ifPresent(lesson ->
                    claims.add(new ClaimReviewCard(reviews, course, lesson, status, this::show)));
        }
    }
}
