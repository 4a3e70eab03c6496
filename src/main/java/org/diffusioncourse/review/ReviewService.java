package org.diffusioncourse.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diffusioncourse.lesson.Course;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.Account;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim reviews. Anyone may see a claim's status (it is the badge on a public page); only
 * reviewers and admins record reviews; reviewers, authors and admins read the history and
 * export it. All of it is method security here, not only hidden buttons.
 */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The status of each of the lesson's claims, by claim id. */
    public Map<String, ClaimStatus> statuses(Lesson lesson) {
        Map<String, ClaimReview> latest = latestByClaim();
        Map<String, ClaimStatus> out = new HashMap<>();
        lesson.claims().forEach(c -> out.put(c.id(), status(lesson.id(), c, latest)));
        return out;
    }

    /** Every claim of every lesson, in course order, with its status. */
    public List<ClaimStatus> all(Course course) {
        Map<String, ClaimReview> latest = latestByClaim();
        List<ClaimStatus> out = new ArrayList<>();
        for (Course.Entry entry : course.entries()) {
            if (entry.lesson() != null) {
                entry.lesson().claims().forEach(c -> out.add(status(entry.id(), c, latest)));
            }
        }
        return out;
    }

    /**
     * Per written lesson, in course order, how many of its claims are in each state. Counts
     * only, so anyone may see them: the course home shows them to every visitor.
     */
    public List<LessonGrounding> grounding(Course course) {
        Map<String, ClaimReview> latest = latestByClaim();
        List<LessonGrounding> out = new ArrayList<>();
        for (Course.Entry entry : course.entries()) {
            if (entry.lesson() != null) {
                Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
                entry.lesson().claims().forEach(c -> counts.merge(status(entry.id(), c, latest).state(), 1, Integer::sum));
                out.add(new LessonGrounding(entry.id(), entry.title(), counts));
            }
        }
        return out;
    }

    /** The claims that need a reviewer: never reviewed, changed since, or needing more evidence. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<ClaimStatus> queue(Course course) {
        return all(course).stream().filter(ClaimStatus::needsReview).toList();
    }

    /** The claim's reviews, newest first. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'AUTHOR', 'ADMIN')")
    public List<ClaimReview> history(String lessonId, String claimId) {
        return reviews.history(lessonId, claimId);
    }

    /**
     * Records a review of the claim as it reads now, superseding {@code seenHead} (the newest
     * review the reviewer saw, 0 for none). If another review was recorded meanwhile,
     * nothing is saved and a {@link ReviewConflict} carries it.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    @Transactional
    public ClaimReview record(String lessonId, Lesson.Claim claim, ReviewInput input, long seenHead) {
        List<String> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Account reviewer = currentUser.require();
        List<ClaimReview> history = reviews.history(lessonId, claim.id());
        long head = history.isEmpty() ? 0 : history.getFirst().id();
        if (head != seenHead) {
            throw new ReviewConflict(history.isEmpty() ? null : history.getFirst());
        }
        try {
            reviews.insert(lessonId, claim.id(), ClaimHash.of(claim), claim.text(), String.join(", ", claim.sources()),
                    input, reviewer.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS), seenHead);
        } catch (DuplicateKeyException raced) {
            throw new ReviewConflict(reviews.history(lessonId, claim.id()).stream().findFirst().orElse(null));
        }
        return reviews.history(lessonId, claim.id()).getFirst();
    }

    /** Every review ever recorded, oldest first. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'AUTHOR', 'ADMIN')")
    public List<ClaimReview> export() {
        return reviews.all();
    }

    private Map<String, ClaimReview> latestByClaim() {
        Map<String, ClaimReview> latest = new HashMap<>();
        reviews.latest().forEach(r -> latest.put(r.lessonId() + "\u0000" + r.claimId(), r));
        return latest;
    }

    private static ClaimStatus status(String lessonId, Lesson.Claim claim, Map<String, ClaimReview> latest) {
        ClaimReview review = latest.get(lessonId + "\u0000" + claim.id());
        return new ClaimStatus(lessonId, claim, review, review != null && !review.claimHash().equals(ClaimHash.of(claim)));
    }
}
