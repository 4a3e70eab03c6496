package org.diffusioncourse.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in learner's Visual inquiry picks. A pick names a lesson and one of its options by
 * id, and both are checked against the content the site serves now, whatever the page sent.
 *
 * <p>The first pick is kept. The panel asks for a commitment before the page says what each cue
 * reveals, as a practice prediction does, and after the pick every reveal can be opened anyway,
 * so letting the pick change would lose the one thing it records (which cue the learner trusted
 * first) and win nothing. The one exception is a pick whose option the author has since removed
 * or renamed: it no longer names anything on the page, so the learner may pick again.
 *
 * <p>No method opens a transaction: each statement stands alone, and a pick raced by another tab
 * is refused by the primary key, caught, and read back (on PostgreSQL a refused statement inside a
 * transaction would spoil the read that follows it).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InquiryService {

    private final InquiryRepository picks;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final Clock clock;

    InquiryService(InquiryRepository picks, ContentService content, CurrentUser currentUser, Clock clock) {
        this.picks = picks;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The learner's pick in the lesson, if they made one. */
    public Optional<InquiryPick> find(String lessonId) {
        return picks.inLesson(owner(), lessonId);
    }

    /** Every pick of the learner, by lesson id (lessons no longer in the course included). */
    public Map<String, InquiryPick> mine() {
        return picks.all(owner()).stream().collect(Collectors.toMap(InquiryPick::lessonId, Function.identity()));
    }

    /**
     * Records {@code optionId} as the learner's pick in the lesson, unless a pick is kept there
     * already, and returns the pick that is kept: this one, or the earlier one (from another tab,
     * say), which the caller can tell apart by its option id.
     *
     * @throws IllegalArgumentException naming the id when the course has no such lesson, or the
     *                                  lesson's inquiry no such option
     */
    public InquiryPick pick(String lessonId, String optionId) {
        Lesson lesson = content.course().lesson(lessonId).orElseThrow(() -> new IllegalArgumentException(
                "there is no lesson '" + lessonId + "' in the course, so nothing was picked"));
        Lesson.Inquiry inquiry = lesson.inquiry();
        if (inquiry.option(optionId).isEmpty()) {
            throw new IllegalArgumentException("the visual inquiry of lesson '" + lessonId + "' has no option '" + optionId
                    + "'; its options are " + inquiry.options().stream().map(Lesson.Inquiry.Option::id)
                    .collect(Collectors.joining(", ")));
        }
        long owner = owner();
        Optional<InquiryPick> before = picks.inLesson(owner, lessonId);
        if (before.isPresent()) {
            String stale = before.get().optionId();
            if (inquiry.option(stale).isPresent()) {
                return before.get();
            }
            picks.replaceStale(owner, lessonId, stale, optionId, now());
        } else {
            try {
                picks.insertFirst(owner, lessonId, optionId, now());
            } catch (DuplicateKeyException raced) {
                // Another tab picked between the check and the insert; its pick is the first one.
            }
        }
        return picks.inLesson(owner, lessonId).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long owner() {
        return currentUser.require().id();
    }
}
