package org.diffusioncourse.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One recorded review of a claim, as it was when recorded.
 *
 * @param claimHash  the claim's content hash at the time ({@link ClaimHash})
 * @param supersedes the id of the review this one replaced, or 0 for the first
 */
public record ClaimReview(long id, String lessonId, String claimId, String claimHash, String claimText,
                          String claimSources, Verdict verdict, String evidence, String caveats,
                          String reviewerName, String reviewerUsername, Instant reviewedAt, long supersedes) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The source ids the review judged, in the order the claim cited them then. */
    public java.util.List<String> sourceIds() {
        return java.util.Arrays.stream(claimSources.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "2026-11-23 08:41 UTC" */
    public String when() {
        return MINUTE.format(reviewedAt);
    }

    /** "2026-11-23" (UTC) */
    public String day() {
        return DAY.format(reviewedAt);
    }
}
