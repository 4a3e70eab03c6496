package org.diffusioncourse.notes;

import java.util.Locale;

/**
 * An object of a lesson page a note can attach to.
 *
 * @param key   stable across edits that leave the object itself unchanged, e.g.
 *              {@code claim:closed-form-marginal}, {@code equation:3f9a01c2d4} (from the
 *              TeX), {@code demo:forward-noising?dataset=two-moons&t=250}
 * @param kind  what sort of object: concept, equation, source, code, claim, misconception,
 *              practice or demo
 * @param label how to name it to the learner
 * @param link   the page path (with the demo's query for a demo state) and anchor
 * @param detail the object's content as text (a claim's text and scope, an equation's TeX,
 *               what a source supports), for the handoff prompt
 */
public record PageObject(String key, String kind, String label, String link, String detail) {

    public static final int MAX_KEY = 400;
    public static final int MAX_LABEL = 400;
    public static final int MAX_LINK = 1000;

    /**
     * The sorts of object, each with the prefix of its keys: a key is written in one place,
     * {@link #key}, whether the page object list or a note button on the page makes it.
     */
    public enum Kind {
        CONCEPT, EQUATION, SOURCE, CODE, CLAIM, MISCONCEPTION, PRACTICE, DEMO;

        /** The kind as stored and shown, e.g. {@code claim}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The key of the object of this kind with this id, e.g. {@code claim:closed-form-marginal}. */
        public String key(String objectId) {
            return id() + ":" + objectId;
        }
    }

    /** The object of {@code kind} with {@code objectId}, keyed by {@link Kind#key}. */
    static PageObject of(Kind kind, String objectId, String label, String link, String detail) {
        return new PageObject(kind.key(objectId), kind.id(), label, link, detail);
    }

    public PageObject {
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("an object key must have 1 to " + MAX_KEY + " characters; was " + key.length());
        }
        label = label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
        if (link.length() > MAX_LINK) {
            throw new IllegalArgumentException("an object link may have at most " + MAX_LINK + " characters; was " + link.length());
        }
    }
}
