package org.diffusioncourse.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.Source;
import org.diffusioncourse.lesson.ui.SourcesPanel;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.ClaimStatus;
import org.diffusioncourse.review.ReviewConflict;
import org.diffusioncourse.review.ReviewInput;
import org.diffusioncourse.review.ReviewService;
import org.diffusioncourse.review.Verdict;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One claim in the queue: the lesson it belongs to, its text, scope and cited sources, its
 * history, and the form that records a review. The form remembers which review was newest
 * when it was drawn; if someone records another first, the save is refused, their review is
 * shown, and what this reviewer typed stays in the form.
 */
final class ClaimReviewCard extends Div {

    static final String NOT_A_REVIEWER = "Not recorded: your account no longer has the Reviewer role (an admin "
            + "changed its roles after you opened this page), so it cannot record reviews. Nothing was saved.";

    private final ReviewService reviews;
    private final Lesson lesson;
    private final Lesson.Claim claim;
    private final Runnable refresh;
    private long seenHead;
    private final Div history = new Div();
    private final Paragraph message = new Paragraph();

    ClaimReviewCard(ReviewService reviews, Course course, Lesson lesson, ClaimStatus status, Runnable refresh) {
        this.reviews = reviews;
        this.lesson = lesson;
        this.claim = status.claim();
        this.refresh = refresh;
        this.seenHead = status.head();
        String id = "review-" + lesson.id() + "-" + claim.id();
        setId(id);
        addClassName("review-card");

        // The card takes focus when the reviewer moves through the queue with the keyboard, and
        // is then announced by its heading.
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "article");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        H2 heading = new H2(claim.id());
        heading.setId(id + "-heading");
        Anchor where = new Anchor("lessons/" + lesson.id() + "#claim-" + claim.id(), "in “" + lesson.title() + "”");
        Paragraph context = new Paragraph();
        context.add(new Span("Claim "), new Span(claim.id() + " "), where);
        context.addClassName("review-context");
        Span reason = new Span(status.reason() + " · badge now: " + status.badge());
        reason.addClassName("review-reason");
        Paragraph text = new Paragraph(InlineText.of(claim.text()));
        text.addClassName("claim-text");
        Paragraph scope = new Paragraph();
        scope.add(new Span("Scope: "), InlineText.of(claim.scope()));
        scope.addClassName("claim-scope");
        add(heading, context, reason);
        if (status.stale() && status.latest() != null) {
            add(new ChangeDiff(status.latest(), claim));
        }
        add(text, scope, new H3("Cited sources"), sources(course));

        history.addClassName("review-history");
        add(new H3("History"), history);
        showHistory();

        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdict::label);
        verdict.setId(id + "-verdict");
        TextField evidence = new TextField("Evidence locator");
        evidence.setHelperText("Where in the source: section, equation or page, e.g. “Ho et al. 2020, Eq. (4)”");
        evidence.setMaxLength(ReviewInput.MAX_EVIDENCE);
        evidence.setWidthFull();
        evidence.setId(id + "-evidence");
        TextArea caveats = new TextArea("Caveats and scope");
        caveats.setMaxLength(ReviewInput.MAX_CAVEATS);
        caveats.setWidthFull();
        caveats.setId(id + "-caveats");
        Button record = new Button("Record review");
        record.setId(id + "-record");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        message.addClassName("review-message");
        message.getElement().setAttribute("aria-live", "polite");
        record.addClickListener(e -> {
            ReviewInput input = new ReviewInput(verdict.getValue(), evidence.getValue(), caveats.getValue());
            List<String> problems = input.problems();
            if (!problems.isEmpty()) {
                message.setText("Not recorded: " + String.join(" ", problems));
                return;
            }
            try {
                ClaimReview saved = reviews.record(lesson.id(), claim, input, seenHead);
                message.setText("Recorded: " + saved.verdict().label() + " at " + saved.when() + ".");
                refresh.run();
            } catch (ReviewConflict conflict) {
                message.setText(conflict.getMessage());
                seenHead = conflict.newer() == null ? 0 : conflict.newer().id();
                showHistory();
            } catch (AccessDeniedException noLongerReviewer) {
                // Roles are read again on every request, so an admin's change reaches a page already open.
                message.setText(NOT_A_REVIEWER);
            } catch (DataAccessException failed) {
                message.setText(SaveFailure.report("Your review", failed));
            }
        });
        Div form = new Div(verdict, evidence, caveats, record, message);
        form.addClassName("review-form");
        add(new H3("Record a review"), form);
    }

    private UnorderedList sources(Course course) {
        UnorderedList list = new UnorderedList();
        for (String sourceId : claim.sources()) {
            Source source = course.sources().get(sourceId);
            ListItem item = new ListItem();
            item.add(source == null ? new Span(sourceId + " (not in sources.yml)") : SourcesPanel.citation(source));
            lesson.sources().stream().filter(u -> u.id().equals(sourceId)).findFirst().ifPresent(use -> {
                Paragraph supports = new Paragraph();
                supports.add(new Span("On this page it supports: "), InlineText.of(use.supports()));
                item.add(supports);
            });
            list.add(item);
        }
        return list;
    }

    private void showHistory() {
        history.removeAll();
        List<ClaimReview> past = reviews.history(lesson.id(), claim.id());
        if (past.isEmpty()) {
            history.add(new Paragraph("No reviews yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ClaimReview r : past) {
            ListItem item = new ListItem();
            item.addClassName("review-entry");
            // Reviewers' words are text nodes only, never markup.
            item.add(new Paragraph(r.verdict().label() + " — " + r.reviewerName() + ", " + r.when()
                    + (r.claimHash().equals(org.diffusioncourse.review.ClaimHash.of(claim)) ? "" : " (for an earlier wording)")));
            item.add(new Paragraph("Evidence: " + r.evidence()));
            if (!r.caveats().isBlank()) {
                item.add(new Paragraph("Caveats: " + r.caveats()));
            }
            list.add(item);
        }
        history.add(list);
    }
}
