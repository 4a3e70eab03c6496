package org.diffusioncourse.review;

/** What a reviewer found when checking a claim against its cited sources. */
public enum Verdict {
    SUPPORTED("Supported"),
    PARTIALLY_SUPPORTED("Partially supported"),
    NOT_SUPPORTED("Not supported"),
    NEEDS_MORE_EVIDENCE("Needs more evidence");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
