package org.diffusioncourse.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.diffusioncourse.lesson.Anchors;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.CourseNotation;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.lesson.Source;

/**
 * What a course offers to search, in page order: per lesson the lesson itself, each section,
 * each claim, the notation, each misconception and each source it cites, linked to the element
 * of the lesson page that shows it. A source is found through the lessons that cite it, since a
 * source has no page of its own. Last, each symbol of the course-wide notation page, with every
 * lesson's meaning of it.
 */
final class SearchDocuments {

    /** The title a result on the course-wide notation page is shown "in". */
    static final String NOTATION_PAGE = "Course-wide notation";

    private SearchDocuments() {
    }

    static List<SearchDocument> of(Course course) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            String id = lesson.id();
            String title = lesson.title();
            documents.add(new SearchDocument(SearchKind.LESSON, id, title, title, PlainText.fromInline(lesson.summary()),
                    Anchors.page(id)));
            for (Lesson.Section section : lesson.sections()) {
                String text = section.blocks().stream().filter(Lesson.Block.Html.class::isInstance)
                        .map(b -> PlainText.fromHtml(((Lesson.Block.Html) b).html())).collect(Collectors.joining(" "));
                documents.add(new SearchDocument(SearchKind.SECTION, id, title, section.kind().heading(), text,
                        Anchors.link(id, section.kind().anchor())));
            }
            for (Lesson.Claim claim : lesson.claims()) {
                documents.add(new SearchDocument(SearchKind.CLAIM, id, title, "Claim: " + claim.id().replace('-', ' '),
                        PlainText.fromInline(claim.text()) + " Scope: " + PlainText.fromInline(claim.scope()),
                        Anchors.link(id, Anchors.claim(claim.id()))));
            }
            for (Lesson.Notation row : lesson.notation()) {
                documents.add(new SearchDocument(SearchKind.NOTATION, id, title, PlainText.texWords(row.symbol()),
                        PlainText.fromInline(row.meaning()), Anchors.link(id, Anchors.NOTATION)));
            }
            for (Lesson.Misconception m : lesson.misconceptions()) {
                documents.add(new SearchDocument(SearchKind.MISCONCEPTION, id, title, "Misconception: " + m.id().replace('-', ' '),
                        PlainText.fromInline(m.text()), Anchors.link(id, Anchors.misconception(m.id()))));
            }
            for (Lesson.SourceUse use : lesson.sources()) {
                Source source = course.sources().get(use.id());
                String cited = source == null ? use.id() : source.title();
                String about = source == null ? "" : String.join(", ", source.authors()) + " " + source.year() + " "
                        + (source.venue() == null ? "" : source.venue()) + ". ";
                documents.add(new SearchDocument(SearchKind.SOURCE, id, title, cited,
                        about + "Supports: " + PlainText.fromInline(use.supports()),
                        Anchors.link(id, Anchors.source(use.id()))));
            }
        }
        for (CourseNotation.Group group : CourseNotation.of(course).groups()) {
            documents.add(new SearchDocument(SearchKind.NOTATION, "", NOTATION_PAGE, PlainText.texWords(group.key()),
                    group.uses().stream().map(u -> u.lessonTitle() + ": " + PlainText.fromInline(u.meaning()))
                            .collect(Collectors.joining(" ")), Anchors.notationSymbol(group.anchor())));
        }
        return documents;
    }
}
