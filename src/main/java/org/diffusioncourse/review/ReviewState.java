package org.diffusioncourse.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a claim stands for the dashboard, the course home and the queue's filter: the verdict
 * of its newest review, or stale (the claim changed since that review, whatever it said), or
 * never reviewed. Each claim is in exactly one state.
 */
public enum ReviewState {
    SUPPORTED("supported", "Supported", "supported"),
    PARTIALLY_SUPPORTED("partially-supported", "Partially supported", "partially supported"),
    NOT_SUPPORTED("not-supported", "Not supported", "not supported"),
    NEEDS_MORE_EVIDENCE("needs-more-evidence", "Needs more evidence", "needing more evidence"),
    STALE("stale", "Stale (changed since reviewed)", "stale"),
    NEVER_REVIEWED("never-reviewed", "Never reviewed", "not reviewed");

    private final String slug;
    private final String label;
    private final String phrase;

    ReviewState(String slug, String label, String phrase) {
        this.slug = slug;
        this.label = label;
        this.phrase = phrase;
    }

    /** The value in a link: {@code reviews?state=stale}. */
    public String slug() {
        return slug;
    }

    /** "Partially supported": a column heading or a choice. */
    public String label() {
        return label;
    }

    /** "partially supported": inside a sentence such as "5 claims: 3 supported, 2 stale". */
    public String phrase() {
        return phrase;
    }

    public static Optional<ReviewState> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static ReviewState of(ClaimStatus status) {
        if (status.latest() == null) {
            return NEVER_REVIEWED;
        }
        if (status.stale()) {
            return STALE;
        }
        return switch (status.latest().verdict()) {
            case SUPPORTED -> SUPPORTED;
            case PARTIALLY_SUPPORTED -> PARTIALLY_SUPPORTED;
            case NOT_SUPPORTED -> NOT_SUPPORTED;
            case NEEDS_MORE_EVIDENCE -> NEEDS_MORE_EVIDENCE;
        };
    }
}
