/**
 * Claim reviews: reviewers record, claim by claim, whether the cited sources support it,
 * with an evidence locator and caveats. Reviews are append-only (Flyway V3's
 * {@code claim_review}); the newest one for a claim drives its badge until the author
 * changes the claim's text or sources, when its content hash no longer matches and the
 * claim returns to the queue.
 */
@NullMarked
package org.diffusioncourse.review;

import org.jspecify.annotations.NullMarked;
