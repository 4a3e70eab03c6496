package org.diffusioncourse.practice.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.Set;
import org.diffusioncourse.lesson.Lesson;
import org.diffusioncourse.practice.PracticeAttempt;
import org.jspecify.annotations.Nullable;

/**
 * What a practice card needs to keep a learner's work on an item. A signed-in learner's work
 * is stored ({@link SignedInPractice}); a visitor's is not, and the card says so
 * ({@link AnonymousPractice}).
 */
interface PracticeRecord {

    /** The work stored for the item; empty when nothing is. */
    Optional<PracticeAttempt> find(Lesson lesson, Lesson.PracticeItem item);

    /**
     * Commits the prediction.
     *
     * @return whether it was stored
     * @throws IllegalArgumentException when the prediction cannot be committed, with a message for the learner
     * @throws IllegalStateException    when a prediction was committed already (in another tab, say)
     */
    boolean commit(Lesson lesson, Lesson.PracticeItem item, String prediction);

    /** The simulation's answer to the committed prediction, and whether the prediction matched it. */
    Outcome reveal(Lesson lesson, Lesson.PracticeItem item, String committed);

    void hintsShown(Lesson lesson, Lesson.PracticeItem item, int shown);

    /** @param ticked the rubric lines ticked, by position from 0 */
    void rubric(Lesson lesson, Lesson.PracticeItem item, Set<Integer> ticked);

    void startOver(Lesson lesson, Lesson.PracticeItem item);

    /** What the card says about its work not being kept; empty when it is kept. */
    Optional<Component> notice();

    /**
     * A revealed prediction.
     *
     * @param answer  the simulation's answer; null for an item without a single computed answer
     * @param correct whether the prediction matched; null likewise
     * @param kept    whether the reveal is stored, so the item can be started over
     */
    record Outcome(@Nullable String prediction, @Nullable String answer, @Nullable Boolean correct, boolean kept) {

        /** A reveal as stored. */
        static Outcome of(PracticeAttempt attempt) {
            return new Outcome(attempt.prediction(), attempt.answer(), attempt.correct(), true);
        }
    }
}
