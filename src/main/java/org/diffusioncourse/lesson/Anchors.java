package org.diffusioncourse.lesson;

/**
 * The fragment ids of the objects on a lesson page, in one place: the page gives its elements
 * these ids, and whatever links into a page (search results, notes) builds its links from them.
 * A section's id is {@link SectionKind#anchor()}.
 */
public final class Anchors {

    /** The notation panel; its rows have no ids of their own. */
    public static final String NOTATION = "notation";
    /** The course-wide notation page, relative to the site root. */
    public static final String NOTATION_PAGE = "notation";

    private Anchors() {
    }

    public static String claim(String id) {
        return "claim-" + id;
    }

    public static String source(String id) {
        return "source-" + id;
    }

    public static String misconception(String id) {
        return "misconception-" + id;
    }

    /** The page of a lesson, relative to the site root, as the router knows it. */
    public static String page(String lessonId) {
        return "lessons/" + lessonId;
    }

    /**
     * A symbol's section on the course-wide notation page. The page is named in full rather than as
     * a bare {@code #fragment}, which the site's base address would resolve against the home page.
     */
    public static String notationSymbol(String symbolAnchor) {
        return NOTATION_PAGE + "#" + symbolAnchor;
    }

    /** A link to one element of a lesson page. */
    public static String link(String lessonId, String anchor) {
        return page(lessonId) + "#" + anchor;
    }
}
