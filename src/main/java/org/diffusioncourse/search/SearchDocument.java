package org.diffusioncourse.search;

/**
 * One thing a search can find, as plain text (no HTML, math as its words).
 *
 * @param link the page and fragment of the element, e.g. {@code lessons/ddpm#claim-eps-pred}
 */
record SearchDocument(SearchKind kind, String lessonId, String lessonTitle, String title, String text, String link) {
}
