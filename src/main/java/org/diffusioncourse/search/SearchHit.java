package org.diffusioncourse.search;

/**
 * A result as the page shows it: all plain text, to be shown as text.
 *
 * @param snippet a short excerpt of the text around the first word that matched, or its start
 * @param link    relative to the site root, with the fragment of the exact element
 */
public record SearchHit(SearchKind kind, String lessonTitle, String title, String snippet, String link) {
}
