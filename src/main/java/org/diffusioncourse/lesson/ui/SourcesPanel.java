package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diffusioncourse.base.ui.InlineText;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.Source;
import org.diffusioncourse.notes.PageObject.Kind;
import org.diffusioncourse.review.ClaimStatus;

/**
 * The Source grounding section's lists: each source with what it supports, and the claims
 * with their review badges. Each item carries a button to attach a note to it.
 */
public final class SourcesPanel {

    private SourcesPanel() {
    }

    static Div sources(Course course, Lesson lesson, Function<String, Component> noteButton) {
        Div block = new Div();
        block.addClassName("source-list");
        block.add(new H3("Sources and what each supports here"));
        UnorderedList list = new UnorderedList();
        for (Lesson.SourceUse use : lesson.sources()) {
            ListItem item = new ListItem();
            item.setId(Anchors.source(use.id()));
            Source source = course.sources().get(use.id());
            if (source != null) {
                item.add(citation(source));
            } else {
                item.add(new Span(use.id()));
            }
            Paragraph supports = new Paragraph();
            supports.add(new Span("Supports: "), InlineText.of(use.supports()));
            supports.addClassName("source-supports");
            item.add(supports, noteButton.apply(Kind.SOURCE.key(use.id())));
            list.add(item);
        }
        block.add(list);
        return block;
    }

    /** "Authors (year). Title (linked). Venue. arXiv:id." as text nodes. */
    public static Span citation(Source source) {
        Span citation = new Span();
        citation.addClassName("citation");
        citation.add(new Span(String.join(", ", source.authors()) + " (" + source.year() + "). "));
        Span title = new Span(source.title());
        title.addClassName("citation-title");
        if (source.link().isPresent()) {
            Anchor link = new Anchor(source.link().get(), title.getText());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            citation.add(link);
        } else {
            citation.add(title);
        }
        if (source.venue() != null) {
            citation.add(new Span(". " + source.venue()));
        }
        if (source.arxiv() != null) {
            citation.add(new Span(". arXiv:" + source.arxiv()));
        }
        citation.add(new Span("."));
        return citation;
    }

    static Div claims(Course course, Lesson lesson, Map<String, ClaimStatus> statuses, Function<String, Component> noteButton) {
        Div block = new Div();
        block.addClassName("claim-list");
        block.add(new H3("Claims on this page"));
        block.add(new Paragraph("Each claim names the sources that should support it and the limits of what it says. "
                + "A claim is marked as needing review until a reviewer has checked it against those sources, and "
                + "again whenever its text or sources change after a review."));
        OrderedList list = new OrderedList();
        for (Lesson.Claim claim : lesson.claims()) {
            ListItem item = new ListItem();
            item.setId(Anchors.claim(claim.id()));
            item.addClassName("claim");
            ClaimStatus status = statuses.get(claim.id());
            Span badge = new Span(status == null ? "Needs review" : status.badge());
            badge.addClassName(status != null && status.current().isPresent()
                    ? "badge-" + status.current().get().verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    : "badge-review");
            badge.addClassName("claim-badge");
            Paragraph text = new Paragraph(InlineText.of(claim.text()));
            text.addClassName("claim-text");
            Paragraph cites = new Paragraph("Sources: " + claim.sources().stream()
                    .map(id -> course.sources().containsKey(id) ? course.sources().get(id).shortCitation() : id)
                    .collect(Collectors.joining("; ")) + " · ids: " + String.join(", ", claim.sources()));
            cites.addClassName("claim-sources");
            Paragraph scope = new Paragraph();
            scope.add(new Span("Scope: "), InlineText.of(claim.scope()));
            scope.addClassName("claim-scope");
            item.add(badge, text, cites, scope);
            java.util.Optional.ofNullable(status).flatMap(ClaimStatus::current).filter(r -> !r.caveats().isBlank()).ifPresent(r -> {
                Paragraph caveats = new Paragraph("Reviewer's caveats: " + r.caveats() + " (evidence: " + r.evidence() + ")");
                caveats.addClassName("claim-caveats");
                item.add(caveats);
            });
            item.add(noteButton.apply(Kind.CLAIM.key(claim.id())));
            list.add(item);
        }
        block.add(list);
        return block;
    }
}
