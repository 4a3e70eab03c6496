package org.diffusioncourse.review;

import java.util.Optional;
import org.diffusioncourse.lesson.Lesson;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim stands: its newest review (if any) and whether that review was made for the
 * claim as it reads now.
 */
public record ClaimStatus(String lessonId, Lesson.Claim claim, @Nullable ClaimReview latest, boolean stale) {

    public Optional<ClaimReview> current() {
        return stale || latest == null ? Optional.empty() : Optional.of(latest);
    }

    /** Never reviewed, reviewed before the claim changed, or judged to need more evidence. */
    public boolean needsReview() {
        return current().map(r -> r.verdict() == Verdict.NEEDS_MORE_EVIDENCE).orElse(true);
    }

    /** The badge on the lesson page: "Supported, reviewed by Ada on 2026-11-23" or "Needs review". */
    public String badge() {
        return current().map(r -> r.verdict().label() + ", reviewed by " + r.reviewerName() + " on " + r.day())
                .orElse("Needs review");
    }

    /** Why the claim is in the queue, for reviewers. */
    public String reason() {
        if (latest == null) {
            return "Never reviewed";
        }
        if (stale) {
            return "Changed since " + latest.reviewerName() + " reviewed it on " + latest.day();
        }
        return latest.verdict() == Verdict.NEEDS_MORE_EVIDENCE
                ? "Marked as needing more evidence by " + latest.reviewerName() + " on " + latest.day() : "Reviewed";
    }

    /** The one state the claim is in, for counts and filters. */
    public ReviewState state() {
        return ReviewState.of(this);
    }

    /** The id a new review supersedes: the newest one, stale or not, or 0. */
    public long head() {
        return latest == null ? 0 : latest.id();
    }
}
