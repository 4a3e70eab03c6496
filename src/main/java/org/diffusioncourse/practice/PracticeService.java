package org.diffusioncourse.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The signed-in learner's practice record. A prediction is committed in its own
 * transaction before the simulation computes the answer; the answer is computed outside any
 * transaction and then stored once, with whether the prediction matched; hints shown only
 * ever go up.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PracticeService {

    public static final int MAX_PREDICTION = 2000;

    private final PracticeRepository attempts;
    private final CurrentUser currentUser;
    private final PracticeAnswers answers;
    private final TransactionOperations transactions;
    private final Clock clock;

    PracticeService(PracticeRepository attempts, CurrentUser currentUser, PracticeAnswers answers,
                    TransactionOperations transactions, Clock clock) {
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.answers = answers;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<PracticeAttempt> find(String lessonId, String itemId) {
        return attempts.find(owner(), lessonId, itemId);
    }

    /**
     * Stores the prediction. Refused when the item already has one (from another tab, say):
     * a committed prediction is never replaced.
     */
    @Transactional
    public PracticeAttempt commit(Lesson lesson, Lesson.PracticeItem item, String prediction) {
        String text = prediction == null ? "" : prediction.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write or choose a prediction before committing.");
        }
        if (text.length() > MAX_PREDICTION) {
            throw new IllegalArgumentException("The prediction has " + text.length() + " characters; at most "
                    + MAX_PREDICTION + " can be saved.");
        }
        if (!item.choices().isEmpty() && !item.choices().contains(text)) {
            throw new IllegalArgumentException("“" + text + "” is not one of the choices: " + String.join(", ", item.choices()) + ".");
        }
        long owner = owner();
        ensure(owner, lesson.id(), item.id());
        if (!attempts.commit(owner, lesson.id(), item.id(), text, now())) {
            PracticeAttempt stored = attempts.find(owner, lesson.id(), item.id()).orElseThrow();
            throw new IllegalStateException("A prediction for this item was already committed: “" + stored.prediction() + "”.");
        }
        return attempts.find(owner, lesson.id(), item.id()).orElseThrow();
    }

    /**
     * Computes the answer with the simulation, then stores it with the verdict. Needs a
     * committed prediction; revealing twice returns the first reveal unchanged. The simulation
     * runs before the transaction opens, so no connection or row is held while it computes;
     * the transaction reads the prediction again and scores that one, since another tab may
     * have revealed the item or started it over meanwhile.
     */
    public PracticeAttempt reveal(Lesson lesson, Lesson.PracticeItem item) {
        long owner = owner();
        PracticeAttempt before = committed(owner, lesson, item);
        if (before.revealed()) {
            return before;
        }
        Optional<ComputedAnswer> computed = Optional.ofNullable(item.answer()).map(answers::answer);
        return Objects.requireNonNull(transactions.execute(status -> {
            PracticeAttempt stored = committed(owner, lesson, item);
            if (!stored.revealed()) {
                attempts.reveal(owner, lesson.id(), item.id(), computed.map(ComputedAnswer::value).orElse(null),
                        computed.map(answer -> answer.matches(stored.prediction())).orElse(null), now());
            }
            return attempts.find(owner, lesson.id(), item.id()).orElseThrow();
        }));
    }

    private PracticeAttempt committed(long owner, Lesson lesson, Lesson.PracticeItem item) {
        return attempts.find(owner, lesson.id(), item.id()).filter(PracticeAttempt::committed)
                .orElseThrow(() -> new IllegalStateException("Commit a prediction before the answer is revealed."));
    }

    /** Records that {@code shown} hints of the item are now visible. */
    @Transactional
    public void hintsShown(Lesson lesson, Lesson.PracticeItem item, int shown) {
        if (shown < 0 || shown > item.hints().size()) {
            throw new IllegalArgumentException("hints shown must be 0 to " + item.hints().size() + "; was " + shown);
        }
        long owner = owner();
        ensure(owner, lesson.id(), item.id());
        attempts.hints(owner, lesson.id(), item.id(), shown, now());
    }

    /** Records which rubric lines (by position, from 0) the learner ticked. */
    @Transactional
    public void rubric(Lesson lesson, Lesson.PracticeItem item, Set<Integer> ticked) {
        for (int line : ticked) {
            if (line < 0 || line >= item.rubric().size()) {
                throw new IllegalArgumentException("rubric line must be 0 to " + (item.rubric().size() - 1) + "; was " + line);
            }
        }
        long owner = owner();
        ensure(owner, lesson.id(), item.id());
        attempts.rubric(owner, lesson.id(), item.id(), ticked, now());
    }

    /** Forgets the item's attempt, so the learner can predict afresh. */
    @Transactional
    public void startOver(Lesson lesson, Lesson.PracticeItem item) {
        attempts.delete(owner(), lesson.id(), item.id());
    }

    /** Progress per lesson id for the given lessons (lessons not started included). */
    public Map<String, LessonProgress> progress(List<Lesson> lessons) {
        Map<String, List<PracticeAttempt>> byLesson = new HashMap<>();
        attempts.all(owner()).forEach(a -> byLesson.computeIfAbsent(a.lessonId(), id -> new java.util.ArrayList<>()).add(a));
        Map<String, LessonProgress> progress = new HashMap<>();
        for (Lesson lesson : lessons) {
            Set<String> items = new java.util.HashSet<>(lesson.practice().stream().map(Lesson.PracticeItem::id).toList());
            List<PracticeAttempt> mine = byLesson.getOrDefault(lesson.id(), List.of()).stream()
                    .filter(a -> items.contains(a.itemId())).toList();
            progress.put(lesson.id(), new LessonProgress(items.size(),
                    (int) mine.stream().filter(PracticeAttempt::committed).count(),
                    (int) mine.stream().filter(a -> Boolean.TRUE.equals(a.correct())).count(),
                    mine.stream().mapToInt(PracticeAttempt::hintsUsed).sum()));
        }
        return progress;
    }

    private void ensure(long owner, String lessonId, String itemId) {
        try {
            attempts.ensure(owner, lessonId, itemId, now());
        } catch (DuplicateKeyException raced) {
            // Another tab created the row between the check and the insert: it exists, which is all we need.
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long owner() {
        return currentUser.require().id();
    }
}
