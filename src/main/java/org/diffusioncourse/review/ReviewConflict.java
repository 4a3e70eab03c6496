package org.diffusioncourse.review;

import org.jspecify.annotations.Nullable;

/**
 * A review made from a stale page: someone recorded another review of the same claim after
 * this reviewer opened it. Nothing was recorded; the newer review is carried so the reviewer
 * can read it before deciding.
 */
public final class ReviewConflict extends RuntimeException {

    private final transient @Nullable ClaimReview newer;

    ReviewConflict(@Nullable ClaimReview newer) {
        super(newer == null ? "The claim's review history changed after you opened it."
                : newer.reviewerName() + " recorded “" + newer.verdict().label() + "” for this claim at "
                        + newer.when() + " after you opened it. Nothing was saved; "
                        + "read their review, then record yours again if you still disagree.");
        this.newer = newer;
    }

    public @Nullable ClaimReview newer() {
        return newer;
    }
}
