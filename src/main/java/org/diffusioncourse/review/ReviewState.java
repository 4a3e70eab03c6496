package org.diffusioncourse.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim stands for the dashboard, the course home and the queue's filter: the verdict
 * of its newest review, or stale (the claim changed since that review, whatever it said), or
 * never reviewed. Each claim is in exactly one state.
 */
public enum ReviewState {
    SUPPORTED(Verdict.SUPPORTED, "supported"),
    PARTIALLY_SUPPORTED(Verdict.PARTIALLY_SUPPORTED, "partially supported"),
    NOT_SUPPORTED(Verdict.NOT_SUPPORTED, "not supported"),
    NEEDS_MORE_EVIDENCE(Verdict.NEEDS_MORE_EVIDENCE, "needing more evidence"),
    STALE("stale", "Stale (changed since reviewed)", "stale"),
    NEVER_REVIEWED("never-reviewed", "Never reviewed", "not reviewed");

    private final String slug;
    private final String label;
    private final String phrase;
    private final @Nullable Verdict verdict;

    /** The state of a claim whose current review gave this verdict: label and slug come from the verdict. */
    ReviewState(Verdict verdict, String phrase) {
        this.slug = verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.label = verdict.label();
        this.phrase = phrase;
        this.verdict = verdict;
    }

    ReviewState(String slug, String label, String phrase) {
        this.slug = slug;
        this.label = label;
        this.phrase = phrase;
        this.verdict = null;
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
        Verdict current = status.latest().verdict();
        return Arrays.stream(values()).filter(s -> s.verdict == current).findFirst().orElseThrow();
    }
}
