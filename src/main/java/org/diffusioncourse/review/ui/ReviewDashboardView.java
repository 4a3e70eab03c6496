package org.diffusioncourse.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.review.LessonGrounding;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.ReviewState;

/**
 * The review dashboard: per lesson, how many claims are in each state (the verdict of the
 * newest review, stale, or never reviewed), with a totals row. A plain table with a caption
 * and header cells, so screen readers name each number by its row and column; each lesson
 * links to its claims in the queue. The table's box scrolls sideways on a narrow screen and
 * can be focused to scroll it with the arrow keys. Reviewers and admins, like the queue.
 */
@Route("reviews/dashboard")
@PageTitle("Review dashboard · Diffusion course")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewDashboardView extends Div {

    public ReviewDashboardView(ReviewService reviews, ContentService content) {
        addClassName("review-dashboard");
        add(new H1("Review dashboard"));
        Paragraph lead = new Paragraph("How many of each lesson's claims are supported by their sources, as the newest "
                + "review of each says. A claim whose text or sources changed since its review counts as stale, "
                + "whatever that review said.");
        lead.addClassName("lead");
        RouterLink queue = new RouterLink("Back to the review queue", ReviewQueueView.class);
        queue.setId("queue-link");
        add(lead, queue);

        List<LessonGrounding> lessons = reviews.grounding(content.course());
        NativeTable table = new NativeTable();
        table.setId("review-dashboard-table");
        table.setCaptionText("Claims per lesson by review state");
        NativeTableRow head = new NativeTableRow();
        head.add(header("Lesson", "col"));
        for (ReviewState s : ReviewState.values()) {
            head.add(header(s.label(), "col"));
        }
        head.add(header("Claims", "col"));
        table.getHead().add(head);
        NativeTableBody body = table.getBody();
        for (LessonGrounding lesson : lessons) {
            RouterLink link = new RouterLink(lesson.title(), ReviewQueueView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("lesson", lesson.lessonId(), "show", "all")));
            NativeTableHeaderCell name = header("", "row");
            name.removeAll();
            name.add(link);
            body.add(row(name, lesson, "dashboard-" + lesson.lessonId()));
        }
        table.getFoot().add(row(header("All lessons", "row"), LessonGrounding.sum("All lessons", lessons), "dashboard-total"));
        Div box = new Div(table);
        box.addClassName("table-scroll");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", "Claims per lesson by review state");
        add(box);
    }

    private static NativeTableRow row(NativeTableHeaderCell name, LessonGrounding counts, String id) {
        NativeTableRow row = new NativeTableRow();
        row.setId(id);
        row.add(name);
        for (ReviewState s : ReviewState.values()) {
            row.add(number(counts.count(s)));
        }
        row.add(number(counts.total()));
        return row;
    }

    private static NativeTableCell number(int n) {
        NativeTableCell cell = new NativeTableCell(Integer.toString(n));
        cell.addClassName("number");
        return cell;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
