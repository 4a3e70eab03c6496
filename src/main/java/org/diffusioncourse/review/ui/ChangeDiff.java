package org.diffusioncourse.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.review.ClaimReview;
import org.diffusioncourse.review.WordDiff;

/**
 * What changed in a claim since its last review: the text and the cited sources as that
 * review recorded them against the claim as it reads now, word by word. Removed words are
 * {@code <del>}, added ones {@code <ins>}, each built as an element with text children (the
 * claim's words never become markup), and each begins with a visually hidden "removed:" or
 * "added:" because screen readers do not announce the two elements themselves.
 */
final class ChangeDiff extends Div {

    @Tag("del")
    static final class Removed extends HtmlContainer {
        Removed(String text) {
            add(hidden("removed: "), new Text(text));
        }
    }

    @Tag("ins")
    static final class Added extends HtmlContainer {
        Added(String text) {
            add(hidden("added: "), new Text(text));
        }
    }

    ChangeDiff(ClaimReview earlier, Lesson.Claim now) {
        addClassName("claim-diff");
        add(new H3("What changed since the review of " + earlier.day()));
        Paragraph legend = new Paragraph("Struck-through words were removed, underlined words were added.");
        legend.addClassName("claim-diff-legend");
        add(legend);
        if (earlier.claimText().isBlank()) {
            add(new Paragraph("The earlier text was not recorded."));
        } else {
            Paragraph text = pieces(WordDiff.of(earlier.claimText(), now.text()), " ");
            text.addClassName("claim-diff-text");
            add(text);
        }
        Paragraph sources = pieces(WordDiff.ofItems(earlier.sourceIds(), now.sources()), ", ");
        sources.addClassName("claim-diff-sources");
        sources.addComponentAsFirst(new Span("Sources: "));
        add(sources);
    }

    /** The pieces in order; {@code gap} goes where the text had whitespace (or between list items). */
    private static Paragraph pieces(List<WordDiff.Piece> pieces, String gap) {
        Paragraph out = new Paragraph();
        boolean first = true;
        for (WordDiff.Piece p : pieces) {
            if (!first && p.spaceBefore()) {
                out.add(new Text(gap));
            }
            first = false;
            out.add(switch (p.change()) {
                case SAME -> new Text(p.text());
                case REMOVED -> new Removed(p.text());
                case ADDED -> new Added(p.text());
            });
        }
        if (pieces.isEmpty()) {
            out.add(new Text("(none)"));
        }
        return out;
    }

    private static Span hidden(String text) {
        Span span = new Span(text);
        span.addClassName("sr-only");
        return span;
    }
}
